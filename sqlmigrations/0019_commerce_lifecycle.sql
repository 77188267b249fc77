-- The ends of a transaction's life that were missing: a zero total is activated at once (gateway
-- 'free': free products, a coupon or an upgrade credit covering the whole price), an unpaid manual
-- transfer expires, a seat taken at checkout comes back when the order does not go through, and a
-- refunded renewal takes back the time it added.
ALTER TABLE transactions DROP CONSTRAINT transactions_gateway_check;
ALTER TABLE transactions ADD CONSTRAINT transactions_gateway_check
    CHECK (gateway IN ('xendit', 'manual', 'free'));
ALTER TABLE transactions ADD CONSTRAINT transactions_free_is_zero CHECK (gateway <> 'free' OR amount = 0);

-- Until when a manual transfer may be paid; the sweep expires what is still PENDING without proof.
ALTER TABLE transactions ADD COLUMN pay_before timestamptz;
CREATE INDEX transactions_manual_due_idx ON transactions (pay_before)
    WHERE status = 'PENDING' AND gateway = 'manual';

-- The product whose seat this order holds; cleared (in the same statement that gives the seat back)
-- so a seat is returned at most once.
ALTER TABLE transactions ADD COLUMN seat_product_id uuid REFERENCES products (id) ON DELETE SET NULL;

-- What each renewal added to a membership, so refunding it can take exactly that back.
CREATE TABLE membership_extensions (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    membership_id    uuid        NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    transaction_id   uuid        NOT NULL UNIQUE REFERENCES transactions (id) ON DELETE CASCADE,
    previous_ends_at timestamptz NOT NULL,
    new_ends_at      timestamptz, -- NULL: the renewal made it lifetime
    reverted_at      timestamptz,
    created_at       timestamptz NOT NULL
);
CREATE INDEX membership_extensions_membership_idx ON membership_extensions (membership_id);
