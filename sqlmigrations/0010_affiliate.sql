-- Schema of the affiliate module: referral codes, clicks, conversions, agents (resellers) and their
-- pricing with the affiliate fee of seed 004.

-- One referral code per affiliate; the code is what ?ref=CODE carries (compared case-insensitively).
CREATE TABLE affiliate_profiles (
    user_id    uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    code       citext      NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{3,20}$'),
    status     text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX affiliate_profiles_list_idx ON affiliate_profiles (created_at DESC, user_id DESC);

-- Visits through a referral link. The visitor's IP is kept only as its SHA-256 (never the address).
CREATE TABLE affiliate_clicks (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    affiliate_id uuid        NOT NULL REFERENCES affiliate_profiles (user_id) ON DELETE CASCADE,
    -- The code as it was at click time (an affiliate may change their code later).
    code         citext      NOT NULL,
    path         text        NOT NULL CHECK (length(path) <= 500),
    ip_hash      text        NOT NULL CHECK (ip_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL
);
CREATE INDEX affiliate_clicks_affiliate_idx ON affiliate_clicks (affiliate_id, created_at);

-- A paid transaction credited to an affiliate; refunds add to `reversed`, never edit `commission`.
-- affiliate_id points at users, not profiles: a coupon owner earns even without a referral code.
CREATE TABLE affiliate_conversions (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    transaction_id uuid        NOT NULL UNIQUE REFERENCES transactions (id) ON DELETE CASCADE,
    affiliate_id   uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    gross          bigint      NOT NULL CHECK (gross >= 0),
    commission     bigint      NOT NULL CHECK (commission >= 0),
    reversed       bigint      NOT NULL DEFAULT 0 CHECK (reversed >= 0 AND reversed <= commission),
    status         text        NOT NULL DEFAULT 'recorded'
                               CHECK (status IN ('recorded', 'partially_reversed', 'reversed')),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX affiliate_conversions_affiliate_idx
    ON affiliate_conversions (affiliate_id, created_at DESC, id DESC);

-- Agents (resellers, seed 004). referred_by NULL is a "host" agent: their purchases carry no fee.
CREATE TABLE agent_profiles (
    user_id     uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    referred_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CHECK (referred_by IS NULL OR referred_by <> user_id)
);
CREATE INDEX agent_profiles_referred_by_idx ON agent_profiles (referred_by);

-- What an agent pays per unit and what the referring affiliate earns per unit, per buying mode.
CREATE TABLE agent_pricings (
    product_id    uuid        NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    mode          text        NOT NULL CHECK (mode IN ('individual', 'bulk')),
    unit_price    bigint      NOT NULL CHECK (unit_price >= 0),
    fee_affiliate bigint      NOT NULL DEFAULT 0 CHECK (fee_affiliate >= 0),
    min_quantity  int         NOT NULL DEFAULT 1 CHECK (min_quantity >= 1),
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (product_id, mode),
    CHECK (mode = 'bulk' OR min_quantity = 1)
);

INSERT INTO roles (name, label_id, label_en, position)
SELECT 'reseller', 'Agen/Reseller', 'Agent/Reseller', coalesce(max(position), 0) + 1 FROM roles
ON CONFLICT (name) DO NOTHING;

-- The commerce module may insert the same permissions; whichever runs first wins, both are equal.
INSERT INTO permissions (name, description) VALUES
    ('affiliate.use',    'Own a referral code, see one''s own clicks, conversions and commission'),
    ('affiliate.manage', 'See every affiliate, suspend them, assign agents, set agent pricing'),
    ('agent.checkout',   'Buy as an agent (reseller) at agent prices')
ON CONFLICT (name) DO NOTHING;

INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'affiliate.use'), ('admin', 'affiliate.manage'), ('admin', 'agent.checkout'),
    ('affiliate', 'affiliate.use'),
    ('reseller', 'agent.checkout'), ('reseller', 'tickets.use')
ON CONFLICT DO NOTHING;
