-- Notify: in-app notifications, the realtime event log behind SSE, and the outbound message queue.
CREATE TABLE notifications (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type       text        NOT NULL CHECK (type IN ('CHAT', 'COMMENT', 'POST', 'EVENT', 'SYSTEM', 'TICKET')),
    title      text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    message    text        NOT NULL CHECK (length(message) <= 2000),
    redirect   text        CHECK (length(redirect) <= 500),
    source_id  text        CHECK (length(source_id) <= 100),
    read_at    timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
-- The list is always one user's, newest first, keyset-paged on (created_at, id).
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC);
-- The unread badge is asked for on every client start and after every change.
CREATE INDEX notifications_unread_idx ON notifications (user_id, created_at DESC, id DESC) WHERE read_at IS NULL;

-- The replay log of Server-Sent Events: the id is the SSE event id clients send back in Last-Event-ID.
-- A row is visible to a user named in user_ids, to holders of permission, or to everyone.
CREATE TABLE realtime_events (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event      text        NOT NULL CHECK (event ~ '^[a-z][a-z0-9_.-]{0,63}$'),
    user_ids   uuid[]      NOT NULL DEFAULT '{}',
    permission text,
    everyone   boolean     NOT NULL DEFAULT false,
    data       jsonb       NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX realtime_events_created_idx ON realtime_events (created_at);
CREATE INDEX realtime_events_users_idx ON realtime_events USING gin (user_ids);

-- The notify queue: rows are claimed with FOR UPDATE SKIP LOCKED by any server instance.
-- 'sending' rows carry a lease in next_attempt_at so a crashed sender's rows come back.
CREATE TABLE outbound_messages (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    channel             text        NOT NULL CHECK (channel IN ('email', 'whatsapp', 'push')),
    user_id             uuid        REFERENCES users (id) ON DELETE SET NULL,
    notification_id     uuid        REFERENCES notifications (id) ON DELETE SET NULL,
    recipient           text        NOT NULL CHECK (length(recipient) BETWEEN 1 AND 320),
    subject             text        NOT NULL DEFAULT '',
    body                text        NOT NULL,
    status              text        NOT NULL DEFAULT 'queued'
                                    CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts            int         NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at     timestamptz NOT NULL DEFAULT now(),
    last_error          text,
    provider            text,
    provider_message_id text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    sent_at             timestamptz,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX outbound_messages_due_idx ON outbound_messages (channel, next_attempt_at)
    WHERE status IN ('queued', 'sending');
CREATE INDEX outbound_messages_status_idx ON outbound_messages (channel, status);
CREATE INDEX outbound_messages_user_idx ON outbound_messages (user_id);
CREATE INDEX outbound_messages_notification_idx ON outbound_messages (notification_id);

INSERT INTO permissions (name, description) VALUES
    ('notify.manage', 'See message providers and the outbound queue');
INSERT INTO role_permissions (role, permission) VALUES ('admin', 'notify.manage');
