-- Schema of the support module: tickets, their message thread, attachments and SLA targets.

-- Ticket numbers ("TKT-000123") come from one sequence, so they are unique and never reused.
CREATE SEQUENCE ticket_number_seq;
CREATE FUNCTION next_ticket_number() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT 'TKT-' || CASE WHEN v < 1000000 THEN lpad(v::text, 6, '0') ELSE v::text END
    FROM (SELECT nextval('ticket_number_seq') AS v) s
$$;

-- Response and resolution targets per priority, in hours; admins edit them.
CREATE TABLE ticket_sla_targets (
    priority             text PRIMARY KEY CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    first_response_hours int         NOT NULL CHECK (first_response_hours BETWEEN 1 AND 8760),
    resolution_hours     int         NOT NULL CHECK (resolution_hours BETWEEN 1 AND 8760),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           uuid        REFERENCES users (id) ON DELETE SET NULL,
    CHECK (resolution_hours >= first_response_hours)
);
INSERT INTO ticket_sla_targets (priority, first_response_hours, resolution_hours) VALUES
    ('urgent', 1, 8), ('high', 4, 24), ('medium', 8, 48), ('low', 24, 72);

CREATE TABLE tickets (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    number            text        NOT NULL UNIQUE DEFAULT next_ticket_number(),
    owner_id          uuid        NOT NULL REFERENCES users (id),
    owner_role        text        NOT NULL REFERENCES roles (name),
    title             text        NOT NULL CHECK (length(title) BETWEEN 1 AND 150),
    category          text        NOT NULL CHECK (category IN ('akun_login', 'membership_pembayaran', 'kelas',
                                      'affiliate', 'iklan_tracking', 'bug_sistem', 'lainnya')),
    description       text        NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
    priority          text        NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    -- The queue's first sort key (urgent first), kept next to the priority so it can be indexed.
    priority_rank     smallint    GENERATED ALWAYS AS (CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3
                                      WHEN 'medium' THEN 2 ELSE 1 END) STORED,
    status            text        NOT NULL DEFAULT 'open'
                                  CHECK (status IN ('open', 'in_progress', 'waiting_user', 'resolved', 'closed')),
    assignee_id       uuid        REFERENCES users (id) ON DELETE SET NULL,
    membership_id     text        CHECK (length(membership_id) <= 100),
    invoice_number    text        CHECK (length(invoice_number) <= 100),
    course_id         text        CHECK (length(course_id) <= 100),
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    first_response_at timestamptz,
    resolved_at       timestamptz,
    closed_at         timestamptz,
    last_message_at   timestamptz NOT NULL,
    CHECK (status <> 'closed' OR closed_at IS NOT NULL)
);
CREATE INDEX tickets_queue_idx ON tickets (priority_rank DESC, last_message_at DESC, id DESC);
CREATE INDEX tickets_owner_idx ON tickets (owner_id);
CREATE INDEX tickets_assignee_idx ON tickets (assignee_id);
CREATE INDEX tickets_created_idx ON tickets (created_at);

CREATE TABLE ticket_messages (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Insertion order: several messages can share one timestamp, the thread must still be stable.
    seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    ticket_id  uuid        NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    kind       text        NOT NULL CHECK (kind IN ('user', 'staff', 'system')),
    author_id  uuid        REFERENCES users (id) ON DELETE SET NULL,
    body       text        NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    created_at timestamptz NOT NULL
);
CREATE INDEX ticket_messages_thread_idx ON ticket_messages (ticket_id, seq);

-- Uploaded before the reply is sent (message_id NULL), then attached to that reply.
CREATE TABLE ticket_attachments (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ticket_id   uuid        NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    message_id  uuid        REFERENCES ticket_messages (id) ON DELETE SET NULL,
    uploader_id uuid        NOT NULL REFERENCES users (id),
    filename    text        NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    mime        text        NOT NULL,
    size        bigint      NOT NULL CHECK (size BETWEEN 1 AND 10485760),
    storage_key text        NOT NULL UNIQUE,
    sha256      text        NOT NULL CHECK (length(sha256) = 64),
    created_at  timestamptz NOT NULL
);
CREATE INDEX ticket_attachments_ticket_idx ON ticket_attachments (ticket_id);
CREATE INDEX ticket_attachments_message_idx ON ticket_attachments (message_id);
