-- Schema of the sales module: the manage permission and the indexes the admin sales list needs.

-- Trigram indexes let the sales search (invoice, buyer name, buyer email; case-insensitive,
-- anywhere in the text) stay an index lookup with a million transactions. pg_trgm is a trusted
-- extension (PostgreSQL 13+), so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX IF NOT EXISTS users_full_name_trgm_idx ON users USING gin (full_name gin_trgm_ops);
CREATE INDEX IF NOT EXISTS users_email_trgm_idx ON users USING gin ((email::text) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS transactions_invoice_trgm_idx ON transactions USING gin (invoice_number gin_trgm_ops);

-- Keyset orders of the list besides created_at (transactions_list_idx): amount and invoice number
-- (numeric part, so INV1000 sorts after INV999).
CREATE INDEX IF NOT EXISTS transactions_amount_idx ON transactions (amount, id);
CREATE INDEX IF NOT EXISTS transactions_invoice_seq_idx ON transactions ((substr(invoice_number, 4)::bigint), id);
-- Filters: the affiliate's sales, the paid revenue buckets, a product's sales.
CREATE INDEX IF NOT EXISTS transactions_affiliate_idx ON transactions (affiliate_id, created_at DESC)
    WHERE affiliate_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS transactions_paid_idx ON transactions (paid_at) WHERE status = 'PAID';
CREATE INDEX IF NOT EXISTS transaction_items_ref_idx ON transaction_items (ref, transaction_id);
-- The detail pane's payment events of one transaction.
CREATE INDEX IF NOT EXISTS payment_events_tx_idx ON payment_events (transaction_id);

INSERT INTO permissions (name, description) VALUES
    ('sales.manage', 'Resend purchase notices, confirm manual payments and refund transactions')
ON CONFLICT DO NOTHING;

INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'sales.manage'), ('finance', 'sales.manage')
ON CONFLICT DO NOTHING;
