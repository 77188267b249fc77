-- Schema of the commerce module: invoice numbers, transactions, payment events, memberships.

-- One row: the last invoice number handed out. Taken with UPDATE ... RETURNING inside the checkout
-- transaction, so the row lock orders concurrent checkouts and a rollback gives the number back.
CREATE TABLE invoice_counter (
    id   boolean PRIMARY KEY DEFAULT true CHECK (id),
    last bigint  NOT NULL DEFAULT 0 CHECK (last >= 0)
);
INSERT INTO invoice_counter (id, last) VALUES (true, 0);

CREATE TABLE transactions (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    invoice_number     text        NOT NULL UNIQUE CHECK (invoice_number ~ '^INV[0-9]{3,}$'),
    buyer_id           uuid        NOT NULL REFERENCES users (id),
    status             text        NOT NULL DEFAULT 'PENDING'
                                   CHECK (status IN ('PENDING', 'PAID', 'EXPIRED', 'FAILED', 'REFUNDED')),
    amount             bigint      NOT NULL CHECK (amount >= 0),
    currency           text        NOT NULL DEFAULT 'IDR' CHECK (currency = 'IDR'),
    coupon_id          uuid        REFERENCES coupons (id) ON DELETE SET NULL,
    affiliate_id       uuid        REFERENCES users (id) ON DELETE SET NULL,
    -- The affiliate commission and mentor as they were at checkout (the split uses this snapshot).
    commission_kind    text        NOT NULL DEFAULT 'percent' CHECK (commission_kind IN ('fixed', 'percent')),
    commission_value   bigint      NOT NULL DEFAULT 0 CHECK (commission_value >= 0), -- rupiah or basis points
    mentor_id          uuid        REFERENCES users (id) ON DELETE SET NULL,
    gateway            text        NOT NULL DEFAULT 'xendit' CHECK (gateway IN ('xendit', 'manual')),
    gateway_invoice_id text,
    payment_url        text,
    -- Why the gateway could not be used (FAILED at checkout), kept for the sales desk.
    failure_reason     text,
    flagged            boolean     NOT NULL DEFAULT false,
    flag_reason        text,
    created_at         timestamptz NOT NULL,
    paid_at            timestamptz,
    CHECK (flagged = (flag_reason IS NOT NULL))
);
CREATE INDEX transactions_list_idx ON transactions (created_at DESC, id DESC);
CREATE INDEX transactions_buyer_idx ON transactions (buyer_id, created_at DESC);
CREATE INDEX transactions_status_idx ON transactions (status, created_at DESC);

CREATE TABLE transaction_items (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    transaction_id uuid   NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    kind           text   NOT NULL CHECK (kind IN ('plan', 'product')),
    ref            uuid   NOT NULL,
    title          text   NOT NULL,
    duration       text   CHECK (duration IN ('1m', '3m', '6m', '12m', 'lifetime')),
    unit_price     bigint NOT NULL CHECK (unit_price >= 0),
    quantity       int    NOT NULL DEFAULT 1 CHECK (quantity > 0),
    discount       bigint NOT NULL DEFAULT 0 CHECK (discount >= 0),
    CHECK ((kind = 'plan') = (duration IS NOT NULL))
);
CREATE INDEX transaction_items_tx_idx ON transaction_items (transaction_id);

CREATE TABLE transaction_status_history (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    transaction_id uuid        NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    from_status    text,
    to_status      text        NOT NULL,
    -- The raw gateway body that caused the change (NULL for our own steps).
    payload        jsonb,
    note           text,
    created_at     timestamptz NOT NULL
);
CREATE INDEX transaction_status_history_tx_idx ON transaction_status_history (transaction_id, created_at);

-- Every webhook delivery we accepted; the unique key makes a repeated delivery a no-op.
CREATE TABLE payment_events (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    provider       text        NOT NULL,
    event_key      text        NOT NULL,
    payload        jsonb       NOT NULL,
    transaction_id uuid        REFERENCES transactions (id) ON DELETE SET NULL,
    flagged        boolean     NOT NULL DEFAULT false,
    flag_reason    text,
    received_at    timestamptz NOT NULL,
    UNIQUE (provider, event_key)
);

CREATE TABLE memberships (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id               uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    plan_id               uuid        NOT NULL REFERENCES membership_plans (id),
    status                text        NOT NULL CHECK (status IN ('active', 'expired')),
    starts_at             timestamptz NOT NULL,
    ends_at               timestamptz, -- NULL: lifetime
    source_transaction_id uuid        REFERENCES transactions (id) ON DELETE SET NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE UNIQUE INDEX memberships_one_active_idx ON memberships (user_id) WHERE status = 'active';
CREATE INDEX memberships_user_idx ON memberships (user_id, created_at DESC);

INSERT INTO permissions (name, description) VALUES
    ('sales.read', 'See every transaction in the sales workspace');

INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'sales.read'), ('founder', 'sales.read'), ('cofounder', 'sales.read'),
    ('finance', 'sales.read');
