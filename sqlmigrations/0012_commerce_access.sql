-- Commerce access: entitlements, membership upgrades, refunds, manual bank transfer proofs and
-- the agent's affiliate fee on transactions; the permissions these need.

-- The upgrade a checkout prices (snapshot), the agent fee (seed 004), refunds so far, and the
-- buyer's proof of a manual bank transfer.
ALTER TABLE transactions
    ADD COLUMN upgrade_from_membership_id uuid REFERENCES memberships (id) ON DELETE SET NULL,
    ADD COLUMN upgrade_mode      text   CHECK (upgrade_mode IN ('accumulate', 'full')),
    ADD COLUMN upgrade_credit    bigint NOT NULL DEFAULT 0 CHECK (upgrade_credit >= 0),
    ADD COLUMN fee_affiliate     bigint NOT NULL DEFAULT 0 CHECK (fee_affiliate >= 0),
    ADD COLUMN refunded_amount   bigint NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0),
    ADD COLUMN proof_key         text,
    ADD COLUMN proof_mime        text,
    ADD COLUMN proof_uploaded_at timestamptz,
    -- A refund can never take back more than was paid, whatever runs at the same time.
    ADD CONSTRAINT transactions_refund_within_amount CHECK (refunded_amount <= amount),
    ADD CONSTRAINT transactions_proof_complete
        CHECK ((proof_key IS NULL) = (proof_mime IS NULL) AND (proof_key IS NULL) = (proof_uploaded_at IS NULL));

-- What a user may open. Rows are never deleted: expiry or revocation locks access, and progress
-- kept elsewhere (course progress, group posts) keeps pointing at the same (kind, ref).
CREATE TABLE user_entitlements (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind           text        NOT NULL CHECK (kind IN ('group', 'course', 'product', 'feature')),
    ref            text        NOT NULL CHECK (length(ref) BETWEEN 1 AND 200),
    -- Granted by a membership (ends when it ends) or by a purchase (ends at ends_at).
    membership_id  uuid        REFERENCES memberships (id) ON DELETE CASCADE,
    transaction_id uuid        REFERENCES transactions (id) ON DELETE SET NULL,
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz, -- NULL: unbounded (or as long as the membership)
    revoked_at     timestamptz,
    created_at     timestamptz NOT NULL,
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX user_entitlements_lookup_idx ON user_entitlements (user_id, kind, ref);
CREATE INDEX user_entitlements_membership_idx ON user_entitlements (membership_id);
CREATE INDEX user_entitlements_transaction_idx ON user_entitlements (transaction_id);

-- One row per paid upgrade from one plan to another (seed 003 §4.2).
CREATE TABLE membership_upgrade_logs (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    old_plan_id       uuid        NOT NULL REFERENCES membership_plans (id),
    new_plan_id       uuid        NOT NULL REFERENCES membership_plans (id),
    old_membership_id uuid        NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    new_membership_id uuid        NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    upgrade_date      timestamptz NOT NULL,
    payment_mode      text        NOT NULL CHECK (payment_mode IN ('accumulate', 'full')),
    total_paid        bigint      NOT NULL CHECK (total_paid >= 0),
    credit            bigint      NOT NULL DEFAULT 0 CHECK (credit >= 0),
    transaction_id    uuid        NOT NULL UNIQUE REFERENCES transactions (id) ON DELETE CASCADE
);
CREATE INDEX membership_upgrade_logs_user_idx ON membership_upgrade_logs (user_id, upgrade_date DESC);

CREATE TABLE transaction_refunds (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    transaction_id uuid        NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    seq            int         NOT NULL CHECK (seq > 0),
    amount         bigint      NOT NULL CHECK (amount > 0),
    reason         text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    revoke_access  boolean     NOT NULL,
    actor_id       uuid        REFERENCES users (id) ON DELETE SET NULL,
    journal_reference text     NOT NULL UNIQUE,
    created_at     timestamptz NOT NULL,
    UNIQUE (transaction_id, seq)
);

-- sales.manage is defined by 0013_sales.sql too; whichever runs first creates it.
INSERT INTO permissions (name, description) VALUES
    ('sales.manage', 'Refund transactions and confirm or reject manual bank transfers')
ON CONFLICT DO NOTHING;
INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'sales.manage'), ('finance', 'sales.manage')
ON CONFLICT DO NOTHING;

-- The agent (reseller) role and its checkout permission come from 0010_affiliate.sql too.
INSERT INTO roles (name, label_id, label_en, position)
SELECT 'reseller', 'Agen/Reseller', 'Agent/Reseller', coalesce(max(position), 0) + 1 FROM roles
ON CONFLICT (name) DO NOTHING;
INSERT INTO permissions (name, description) VALUES
    ('agent.checkout', 'Buy as an agent (reseller) at agent prices')
ON CONFLICT DO NOTHING;
INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'agent.checkout'), ('reseller', 'agent.checkout')
ON CONFLICT DO NOTHING;
