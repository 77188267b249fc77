-- Premium Supplier bought through Xendit (issue 5 §2, seed 003 supplier §7–§12): plans staff
-- price, orders that Xendit settles by callback, and the expiry reminders already sent.
-- Premium itself stays suppliers.tier 'premium' + premium_until (0024); a paid order extends it.

-- What a supplier can buy; staff edit the price, label and length. Rows are never deleted (an
-- order keeps its plan code), a plan is retired by `active = false`.
CREATE TABLE supplier_premium_plans (
    code       text        PRIMARY KEY CHECK (code ~ '^[a-z0-9-]{2,30}$'),
    label      text        NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    months     int         NOT NULL CHECK (months BETWEEN 1 AND 36),
    price      bigint      NOT NULL CHECK (price >= 10000),  -- Xendit refuses tiny IDR invoices
    currency   text        NOT NULL DEFAULT 'IDR' CHECK (currency = 'IDR'),
    active     boolean     NOT NULL DEFAULT true,
    updated_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO supplier_premium_plans (code, label, months, price) VALUES
    ('monthly', 'Premium Bulanan', 1, 99000),
    ('yearly', 'Premium Tahunan', 12, 990000);

-- Numbers people can quote to support: SP-YYYYMMDD-0001 (Jakarta date of the order, a global
-- sequence like partner's PT- numbers; never truncated past 9999). The Xendit external_id.
CREATE SEQUENCE supplier_premium_order_number_seq;

-- One checkout of one plan. The price and length are copied from the plan, so a later price
-- change never alters what an open invoice asks or what a paid one gave.
CREATE TABLE supplier_premium_orders (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    number             text        NOT NULL UNIQUE CHECK (number ~ '^SP-[0-9]{8}-[0-9]{4,}$'),
    supplier_id        uuid        NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    plan_code          text        NOT NULL REFERENCES supplier_premium_plans (code),
    months             int         NOT NULL CHECK (months BETWEEN 1 AND 36),
    amount             bigint      NOT NULL CHECK (amount > 0),
    currency           text        NOT NULL DEFAULT 'IDR' CHECK (currency = 'IDR'),
    -- pending: invoice open; paid: premium extended; expired: Xendit's invoice lapsed unpaid;
    -- failed: Xendit could not create the invoice (nothing to pay).
    status             text        NOT NULL DEFAULT 'pending'
                                   CHECK (status IN ('pending', 'paid', 'expired', 'failed')),
    xendit_invoice_id  text        UNIQUE,
    invoice_url        text,
    expires_at         timestamptz,         -- the invoice's payment deadline
    failure_reason     text,
    created_by         uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at         timestamptz NOT NULL,
    paid_at            timestamptz,
    callback_payload   jsonb,               -- the PAID callback as Xendit sent it
    -- What the payment did to suppliers.premium_until, written once with the paid status. NULL
    -- premium_until_after: the supplier already had premium without an end (granted by staff).
    premium_until_before timestamptz,
    premium_until_after  timestamptz,
    CHECK ((status = 'paid') = (paid_at IS NOT NULL)),
    CHECK (status <> 'paid' OR callback_payload IS NOT NULL),
    CHECK (status <> 'failed' OR failure_reason IS NOT NULL),
    CHECK (premium_until_after IS NULL OR status = 'paid')
);
CREATE INDEX supplier_premium_orders_supplier_idx
    ON supplier_premium_orders (supplier_id, created_at DESC, id DESC);
-- One open invoice per supplier, plan and price: a repeated checkout is answered with it (the
-- service also holds the supplier row while it looks), so two clicks never make two invoices.
CREATE UNIQUE INDEX supplier_premium_orders_one_pending_idx
    ON supplier_premium_orders (supplier_id, plan_code, amount, months)
    WHERE status = 'pending';

-- A paid order is final: its status, money and premium extension can never change again, so one
-- payment can extend premium only once, whatever arrives later (duplicate or late callbacks).
CREATE FUNCTION supplier_premium_orders_paid_is_final() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'paid' THEN
        RAISE EXCEPTION 'supplier premium order % is paid and cannot change', OLD.number
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER supplier_premium_orders_paid_is_final
    BEFORE UPDATE ON supplier_premium_orders
    FOR EACH ROW EXECUTE FUNCTION supplier_premium_orders_paid_is_final();

-- Expiry reminders sent (7 and 1 days before premium_until). Keyed by the end date they were
-- about, so a renewal (a new premium_until) gets its own reminders, and a worker pass on any
-- instance, repeated or after a restart, sends each one at most once (insert wins or skips).
CREATE TABLE supplier_premium_reminders (
    supplier_id   uuid        NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    premium_until timestamptz NOT NULL,
    days_before   int         NOT NULL CHECK (days_before IN (1, 7)),
    sent_at       timestamptz NOT NULL,
    PRIMARY KEY (supplier_id, premium_until, days_before)
);
