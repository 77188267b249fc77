-- Schema of the finance module: double-entry ledger, revenue split config, bank accounts, withdrawals.

-- Accounts: one wallet per (person, role), plus the company's own accounts (owner_id NULL).
-- A wallet whose role has nobody assigned yet (no founder user, say) has owner_id NULL too, so the
-- money waits there visibly instead of being dropped; hence NULLS NOT DISTINCT.
CREATE TABLE ledger_accounts (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind       text        NOT NULL CHECK (kind IN ('wallet', 'company_operational', 'gateway_fees', 'tax',
                                'customer_receivable', 'refunds', 'payouts')),
    owner_id   uuid        REFERENCES users (id),
    role       text        CHECK (role IN ('affiliate', 'mentor', 'founder', 'cofounder')),
    -- Cached sum of the account's postings and its posting count, maintained only by the posting
    -- trigger below in the same statement that inserts the posting.
    balance    bigint      NOT NULL DEFAULT 0,
    postings   bigint      NOT NULL DEFAULT 0,
    -- Money promised to pending withdrawals; changed only by guarded single statements.
    held       bigint      NOT NULL DEFAULT 0 CHECK (held >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'wallet') = (role IS NOT NULL)),
    CHECK (kind = 'wallet' OR owner_id IS NULL),
    CONSTRAINT ledger_accounts_identity UNIQUE NULLS NOT DISTINCT (kind, owner_id, role)
);
CREATE INDEX ledger_accounts_owner_idx ON ledger_accounts (owner_id);

CREATE TABLE journal_entries (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind       text        NOT NULL CHECK (kind IN ('sale', 'refund', 'withdrawal_paid', 'adjustment')),
    reference  text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
    -- The sale a refund reverses.
    reverses   uuid        REFERENCES journal_entries (id),
    memo       text        NOT NULL DEFAULT '' CHECK (length(memo) <= 500),
    created_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL,
    -- The same business event can never post twice.
    CONSTRAINT journal_entries_event UNIQUE (kind, reference),
    CHECK ((kind = 'refund') = (reverses IS NOT NULL))
);
CREATE INDEX journal_entries_reverses_idx ON journal_entries (reverses);
CREATE INDEX journal_entries_created_idx ON journal_entries (created_at);

CREATE TABLE ledger_postings (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entry_id      uuid   NOT NULL REFERENCES journal_entries (id),
    account_id    uuid   NOT NULL REFERENCES ledger_accounts (id),
    -- Positive credits the account's balance, negative debits it.
    amount        bigint NOT NULL CHECK (amount <> 0),
    -- Position in the account's history and the balance right after this posting (set by trigger).
    account_seq   bigint NOT NULL DEFAULT 0,
    balance_after bigint NOT NULL DEFAULT 0,
    UNIQUE (entry_id, account_id)
);
CREATE UNIQUE INDEX ledger_postings_account_idx ON ledger_postings (account_id, account_seq);

-- One statement moves the cached balance and numbers the posting: the account row lock orders
-- concurrent postings, so account_seq and balance_after always agree with each other.
CREATE FUNCTION ledger_apply_posting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ledger_accounts SET balance = balance + NEW.amount, postings = postings + 1
     WHERE id = NEW.account_id
    RETURNING balance, postings INTO NEW.balance_after, NEW.account_seq;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ledger account % does not exist', NEW.account_id USING ERRCODE = '23503';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ledger_postings_apply BEFORE INSERT ON ledger_postings
    FOR EACH ROW EXECUTE FUNCTION ledger_apply_posting();

-- The books are append-only: corrections are new entries, never edits.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger rows are append-only; post a correcting entry instead'
        USING ERRCODE = '55000';
END $$;
CREATE TRIGGER ledger_postings_immutable BEFORE UPDATE OR DELETE ON ledger_postings
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER journal_entries_immutable BEFORE UPDATE OR DELETE ON journal_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();

-- Checked at commit, when all postings of the entry are in: at least two, summing to zero.
CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entry uuid;
    total numeric;
    lines bigint;
BEGIN
    -- Separate branches: each table's NEW only has its own columns.
    IF TG_TABLE_NAME = 'journal_entries' THEN
        entry := NEW.id;
    ELSE
        entry := NEW.entry_id;
    END IF;
    SELECT coalesce(sum(amount), 0), count(*) INTO total, lines
      FROM ledger_postings WHERE entry_id = entry;
    IF total <> 0 OR lines < 2 THEN
        RAISE EXCEPTION 'journal entry % is unbalanced: % postings summing to %', entry, lines, total
            USING ERRCODE = '23514', CONSTRAINT = 'ledger_entry_balanced';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER ledger_postings_balanced AFTER INSERT ON ledger_postings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced();
CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT ON journal_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced();

-- The revenue split and withdrawal settings; one row, admin-editable, every change audited.
CREATE TABLE finance_config (
    singleton          boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    split_enabled      boolean     NOT NULL DEFAULT true,
    company_fee_bps    int         NOT NULL DEFAULT 1500 CHECK (company_fee_bps BETWEEN 0 AND 10000),
    founder_bps        int         NOT NULL DEFAULT 6000 CHECK (founder_bps BETWEEN 0 AND 10000),
    cofounder_bps      int         NOT NULL DEFAULT 4000 CHECK (cofounder_bps BETWEEN 0 AND 10000),
    mentor_bps         int         NOT NULL DEFAULT 0 CHECK (mentor_bps BETWEEN 0 AND 10000),
    withdrawal_minimum bigint      NOT NULL DEFAULT 50000 CHECK (withdrawal_minimum >= 1),
    withdrawal_fee     bigint      NOT NULL DEFAULT 0 CHECK (withdrawal_fee >= 0),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    updated_by         uuid        REFERENCES users (id) ON DELETE SET NULL,
    CHECK (founder_bps + cofounder_bps = 10000),
    CHECK (withdrawal_fee < withdrawal_minimum)
);
INSERT INTO finance_config DEFAULT VALUES;

-- Where a wallet owner wants payouts to go.
CREATE TABLE bank_accounts (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id       uuid        NOT NULL REFERENCES users (id),
    bank           text        NOT NULL CHECK (length(bank) BETWEEN 1 AND 100),
    account_number text        NOT NULL CHECK (account_number ~ '^[0-9]{5,20}$'),
    holder         text        NOT NULL CHECK (length(holder) BETWEEN 1 AND 200),
    npwp           text        CHECK (npwp ~ '^[0-9]{15,16}$'),
    created_at     timestamptz NOT NULL,
    removed_at     timestamptz
);
CREATE INDEX bank_accounts_owner_idx ON bank_accounts (owner_id);

CREATE TABLE withdrawals (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    wallet_id       uuid        NOT NULL REFERENCES ledger_accounts (id),
    owner_id        uuid        NOT NULL REFERENCES users (id),
    bank_account_id uuid        NOT NULL REFERENCES bank_accounts (id),
    amount          bigint      NOT NULL CHECK (amount > 0),
    fee             bigint      NOT NULL CHECK (fee >= 0 AND fee < amount),
    status          text        NOT NULL DEFAULT 'requested'
                                CHECK (status IN ('requested', 'approved', 'rejected', 'paid')),
    requested_at    timestamptz NOT NULL,
    decided_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
    decided_at      timestamptz,
    reason          text        CHECK (length(reason) <= 500),
    paid_by         uuid        REFERENCES users (id) ON DELETE SET NULL,
    paid_at         timestamptz,
    proof_note      text        CHECK (length(proof_note) <= 1000),
    entry_id        uuid        REFERENCES journal_entries (id),
    CHECK ((status = 'paid') = (entry_id IS NOT NULL))
);
CREATE INDEX withdrawals_queue_idx ON withdrawals (requested_at DESC, id DESC);
CREATE INDEX withdrawals_owner_idx ON withdrawals (owner_id, requested_at DESC);
CREATE INDEX withdrawals_wallet_idx ON withdrawals (wallet_id);

INSERT INTO permissions (name, description) VALUES
    ('finance.read',   'See wallets, ledger entries, the withdrawal queue and finance settings'),
    ('finance.manage', 'Change finance settings and approve, reject or pay out withdrawals');
INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'finance.read'), ('admin', 'finance.manage'),
    ('founder', 'finance.read'), ('cofounder', 'finance.read'),
    ('finance', 'finance.read'), ('finance', 'finance.manage');
