-- Sign-in with Google (issue 5 §2): accounts linked by Google's stable subject, and the short-lived
-- state of a web authorization-code flow (state, nonce and PKCE verifier), used once.

CREATE TABLE user_external_logins (
    provider   text        NOT NULL CHECK (provider IN ('google')),
    subject    text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email      citext      NOT NULL,
    created_at timestamptz NOT NULL,
    last_used_at timestamptz NOT NULL,
    PRIMARY KEY (provider, subject)
);
CREATE INDEX user_external_logins_user_idx ON user_external_logins (user_id);

CREATE TABLE oauth_flows (
    state_hash    text PRIMARY KEY,
    provider      text        NOT NULL CHECK (provider IN ('google')),
    nonce         text        NOT NULL,
    code_verifier text        NOT NULL,
    -- 'login' or the name of a signup intent a module registered (IdentityService::addSignupIntent);
    -- the service checks the name against the registered ones, so a new intent needs no migration.
    intent        text        NOT NULL CHECK (intent ~ '^[a-z][a-z_]{0,39}$'),
    return_to     text        NOT NULL CHECK (return_to ~ '^/([^/\\]|$)'),
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL
);
CREATE INDEX oauth_flows_expiry_idx ON oauth_flows (expires_at);
