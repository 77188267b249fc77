-- Paying for partner quota and add-ons: quota packages, a readable number and a payment method on
-- every partner transaction, and post-paid credits for executive summaries as well as reports.

-- What a pre-paid partner can buy in one go; the price comes from the partner's pricing.
CREATE TABLE partner_quota_packages (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    quota            int         NOT NULL CHECK (quota BETWEEN 1 AND 100000),
    discount_percent int         NOT NULL DEFAULT 0 CHECK (discount_percent BETWEEN 0 AND 90),
    active           boolean     NOT NULL DEFAULT true,
    position         int         NOT NULL DEFAULT 0 CHECK (position >= 0),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_quota_packages_position_idx ON partner_quota_packages (position, name);

-- Numbers people can quote on a bank transfer or the phone: PT-YYYYMMDD-000123 (Jakarta date).
CREATE SEQUENCE partner_transaction_number_seq;
ALTER TABLE partner_transactions
    ADD COLUMN number text NOT NULL
        DEFAULT ('PT-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYYMMDD') || '-'
                 || lpad(nextval('partner_transaction_number_seq')::text, 6, '0')),
    ADD COLUMN method text CHECK (method IN ('manual', 'xendit')),
    ADD COLUMN package_id uuid REFERENCES partner_quota_packages (id) ON DELETE SET NULL,
    ADD COLUMN gateway_invoice_id text,
    ADD COLUMN invoice_url text,
    ADD COLUMN pay_before timestamptz,
    ADD COLUMN paid_at timestamptz,
    ADD COLUMN paid_note text;
CREATE UNIQUE INDEX partner_transactions_number_key ON partner_transactions (number);
CREATE INDEX partner_transactions_package_idx ON partner_transactions (package_id);

-- A post-paid client can owe for its report and, separately, for its executive summary.
ALTER TABLE partner_credits
    ADD COLUMN kind text NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'executive'));
ALTER TABLE partner_credits DROP CONSTRAINT partner_credits_partner_client_assessment_id_key;
ALTER TABLE partner_credits
    ADD CONSTRAINT partner_credits_client_kind_key UNIQUE (partner_client_assessment_id, kind);

-- The clients an executive add-on pays for, with each one's price. Kept when the transaction is
-- rejected or cancelled (the clients themselves are released), so its history still shows them.
CREATE TABLE partner_transaction_clients (
    partner_transaction_id       uuid   NOT NULL REFERENCES partner_transactions (id) ON DELETE CASCADE,
    partner_client_assessment_id uuid   NOT NULL REFERENCES partner_client_assessments (id),
    amount                       bigint NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (partner_transaction_id, partner_client_assessment_id)
);
CREATE INDEX partner_transaction_clients_client_idx
    ON partner_transaction_clients (partner_client_assessment_id);
-- Xendit callbacks find their transaction by the invoice id too.
CREATE INDEX partner_transactions_gateway_invoice_idx ON partner_transactions (gateway_invoice_id)
    WHERE gateway_invoice_id IS NOT NULL;
