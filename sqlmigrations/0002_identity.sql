-- Users, roles, permissions, sessions, login throttling and API keys.
CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email         citext      NOT NULL UNIQUE CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    full_name     text        NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    whatsapp      text        CHECK (whatsapp ~ '^\+?[0-9]{8,16}$'),
    password_hash text,
    status        text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_created_idx ON users (created_at DESC, id DESC);

CREATE TABLE roles (
    name     text PRIMARY KEY,
    label_id text NOT NULL,
    label_en text NOT NULL,
    position int  NOT NULL
);

CREATE TABLE permissions (
    name        text PRIMARY KEY,
    description text NOT NULL
);

CREATE TABLE role_permissions (
    role       text NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    permission text NOT NULL REFERENCES permissions (name) ON DELETE CASCADE,
    PRIMARY KEY (role, permission)
);
CREATE INDEX role_permissions_permission_idx ON role_permissions (permission);

CREATE TABLE user_roles (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       text        NOT NULL REFERENCES roles (name),
    granted_at timestamptz NOT NULL DEFAULT now(),
    granted_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (user_id, role)
);
CREATE INDEX user_roles_role_idx ON user_roles (role);

CREATE TABLE sessions (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash   text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    ip           text,
    user_agent   text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- One row per throttled key ("account:<email>" or "ip:<address>").
CREATE TABLE login_throttle (
    key              text PRIMARY KEY,
    failures         int         NOT NULL DEFAULT 0 CHECK (failures >= 0),
    window_start     timestamptz NOT NULL,
    locked_until     timestamptz
);

CREATE TABLE api_keys (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    prefix              text        NOT NULL,
    key_hash            text        NOT NULL UNIQUE,
    requests_per_minute int         NOT NULL DEFAULT 600 CHECK (requests_per_minute BETWEEN 1 AND 100000),
    created_by          uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    revoked_at          timestamptz
);

INSERT INTO roles (name, label_id, label_en, position) VALUES
    ('admin',            'Admin',               'Admin',               1),
    ('founder',          'Founder',             'Founder',             2),
    ('cofounder',        'Co-Founder',          'Co-founder',          3),
    ('finance',          'Keuangan',            'Finance',             4),
    ('support',          'Support',             'Support',             5),
    ('mentor',           'Mentor',              'Mentor',              6),
    ('affiliate',        'Affiliate',           'Affiliate',           7),
    ('member_premium',   'Member Premium',      'Premium member',      8),
    ('member_free',      'Member Free',         'Free member',         9),
    ('supplier',         'Supplier',            'Supplier',           10),
    ('partner',          'Partner',             'Partner',            11),
    ('partner_operator', 'Operator Partner',    'Partner operator',   12);

INSERT INTO permissions (name, description) VALUES
    ('users.read',        'See users, their roles and sessions'),
    ('users.manage',      'Create users, assign roles, deactivate, revoke sessions'),
    ('api_keys.manage',   'Issue and revoke API keys for mobile apps'),
    ('activity.read',     'Read the activity log of admin actions'),
    ('branding.manage',   'Change logos, colours, texts and component styles'),
    ('tickets.use',       'Open support tickets and follow one''s own'),
    ('tickets.handle',    'Work the support queue: assigned and unassigned tickets'),
    ('tickets.manage',    'See every ticket, assign staff, reopen, set SLA targets');

-- Admin holds every permission; other roles get what their work needs.
INSERT INTO role_permissions (role, permission) SELECT 'admin', name FROM permissions;
INSERT INTO role_permissions (role, permission) VALUES
    ('founder', 'users.read'), ('founder', 'activity.read'), ('founder', 'tickets.use'),
    ('cofounder', 'users.read'), ('cofounder', 'activity.read'), ('cofounder', 'tickets.use'),
    ('finance', 'tickets.use'),
    ('support', 'users.read'), ('support', 'tickets.use'), ('support', 'tickets.handle'),
    ('mentor', 'tickets.use'),
    ('affiliate', 'tickets.use'),
    ('member_premium', 'tickets.use'),
    ('member_free', 'tickets.use'),
    ('supplier', 'tickets.use'),
    ('partner', 'tickets.use'),
    ('partner_operator', 'tickets.use');
