-- Personal API tokens: a member's own scripts call the data APIs their plan includes (issue 5 §1,
-- "API akses untuk member premium"). Unlike api_keys (which identify apps) a personal token acts
-- as its user, limited to one scope a module registered at start-up ("buyers"), so it draws on
-- the same monthly quota as the member's sessions.
CREATE TABLE personal_tokens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Deleting a user removes their tokens; deactivating revokes them (see IdentityService).
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    -- A scope name registered in code; kept as text so a module can add scopes without a
    -- migration. A token whose scope is no longer registered simply stops authenticating.
    scope        text        NOT NULL CHECK (scope ~ '^[a-z][a-z0-9_.-]{0,39}$'),
    -- The first characters of the token ("eyp_4fJkQ2"), so the owner can tell tokens apart.
    prefix       text        NOT NULL CHECK (char_length(prefix) BETWEEN 4 AND 16),
    -- SHA-256 (lowercase hex) of the whole token; the token itself is shown once and never stored.
    token_hash   text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- Refreshed at most once a minute, so a busy script does not write on every request.
    last_used_at timestamptz,
    expires_at   timestamptz CHECK (expires_at IS NULL OR expires_at > created_at),
    revoked_at   timestamptz
);

-- One index serves every per-user statement: the owner's list (newest first, keyset paged), the
-- count of live tokens taken under the user's row lock before a new one is made (at most 5 live),
-- and revoking them all when the account is deactivated or its password changes. A user has few
-- tokens, so a separate partial index for the live ones would only cost writes.
CREATE INDEX personal_tokens_user_idx ON personal_tokens (user_id, created_at DESC, id DESC);
