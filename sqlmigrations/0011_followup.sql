-- Schema of the follow-up module: the WhatsApp messages a paid purchase schedules.

-- One row per step of a plan's sequence for one transaction; the sales desk counts
-- "3/5 terkirim" from the rows with status 'sent' (handed to the WhatsApp queue; the queue row
-- it became says whether the provider took it).
CREATE TABLE followup_messages (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    transaction_id      uuid        NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    user_id             uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    step                int         NOT NULL CHECK (step > 0),
    due_at              timestamptz NOT NULL,
    status              text        NOT NULL DEFAULT 'pending'
                                    CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
    body                text        NOT NULL,
    attempts            int         NOT NULL DEFAULT 0,
    error               text,
    sent_at             timestamptz,
    created_at          timestamptz NOT NULL,
    -- The latest WhatsApp queue row this message became (a resend points at the new one).
    outbound_message_id uuid        REFERENCES outbound_messages (id) ON DELETE SET NULL,
    UNIQUE (transaction_id, step)
);
CREATE INDEX followup_messages_due_idx ON followup_messages (due_at) WHERE status = 'pending';
CREATE INDEX followup_messages_outbound_idx ON followup_messages (outbound_message_id);

-- Resending a follow-up is a sales action; 0013_sales.sql defines the same permission, so
-- whichever runs first creates it.
INSERT INTO permissions (name, description) VALUES
    ('sales.manage', 'Resend purchase notices, confirm manual payments and refund transactions')
ON CONFLICT DO NOTHING;
INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'sales.manage'), ('finance', 'sales.manage')
ON CONFLICT DO NOTHING;
