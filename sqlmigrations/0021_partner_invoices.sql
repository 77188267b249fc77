-- Post-paid partners' monthly invoices: who may settle them, and the indexes the roll-up and the
-- reminder sender scan by.

INSERT INTO permissions (name, description) VALUES
    ('partner.invoices', 'See post-paid partners'' monthly invoices and mark them paid');

INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'partner.invoices'), ('finance', 'partner.invoices');

-- The roll-up looks for pending credits of closed months across every partner.
CREATE INDEX partner_credits_pending_idx ON partner_credits (created_at) WHERE status = 'pending';
-- Finance lists monthly invoices across partners, newest first, by status.
CREATE INDEX partner_transactions_invoices_idx ON partner_transactions (status, created_at DESC, id DESC)
    WHERE kind = 'monthly_invoice';
