-- Partners, assessments, events (partner_assessments), clients, quota, credit and billing (issue 4).

-- Assessment products: sections of questions answered on a template's scale, scored by data rules.
CREATE TABLE assessments (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code        text        NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    title       text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description text,
    status      text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    published_at timestamptz,
    created_by  uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX assessments_code_key ON assessments (code);
CREATE INDEX assessments_created_idx ON assessments (created_at DESC, id DESC);

-- Answer templates belong to one assessment, so editing one product never changes another's scale.
CREATE TABLE assessment_answer_templates (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    assessment_id uuid  NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    position      int   NOT NULL CHECK (position >= 0),
    key           text  NOT NULL,
    name          text  NOT NULL,
    options       jsonb NOT NULL CHECK (jsonb_typeof(options) = 'array'),
    UNIQUE (assessment_id, key)
);

CREATE TABLE assessment_sections (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    assessment_id      uuid  NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    position           int   NOT NULL CHECK (position >= 0),
    key                text  NOT NULL,
    title              text  NOT NULL,
    description        text,
    time_limit_seconds int   CHECK (time_limit_seconds > 0),
    template_id        uuid  NOT NULL REFERENCES assessment_answer_templates (id),
    scoring            jsonb NOT NULL CHECK (jsonb_typeof(scoring) = 'object'),
    UNIQUE (assessment_id, key),
    UNIQUE (assessment_id, position)
);
CREATE INDEX assessment_sections_template_idx ON assessment_sections (template_id);

CREATE TABLE assessment_questions (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    section_id     uuid    NOT NULL REFERENCES assessment_sections (id) ON DELETE CASCADE,
    position       int     NOT NULL CHECK (position >= 0),
    text           text    NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    scale_key      text    NOT NULL,
    reverse_scored boolean NOT NULL DEFAULT false,
    template_id    uuid    REFERENCES assessment_answer_templates (id),
    UNIQUE (section_id, position)
);
CREATE INDEX assessment_questions_template_idx ON assessment_questions (template_id);

-- Partners: corporates, schools and resellers; owned by one user with role partner.
CREATE TABLE partners (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_user_id      uuid        NOT NULL UNIQUE REFERENCES users (id),
    type               text        NOT NULL CHECK (type IN ('corporate', 'school', 'reseller')),
    payment_model      text        NOT NULL DEFAULT 'after_payment'
                                   CHECK (payment_model IN ('after_payment', 'before_payment')),
    is_special_partner boolean     NOT NULL DEFAULT false,
    credit_limit       bigint      NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    institution        text        NOT NULL CHECK (length(institution) BETWEEN 1 AND 200),
    contact_name       text,
    contact_phone      text        CHECK (contact_phone ~ '^\+?[0-9]{8,16}$'),
    contact_email      citext      CHECK (contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    address_line       text,
    area_code          text,
    postal_code        text        CHECK (postal_code ~ '^[0-9]{5}$'),
    status             text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partners_created_idx ON partners (created_at DESC, id DESC);

-- An operator acts for exactly one partner.
CREATE TABLE partner_operators (
    user_id    uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    partner_id uuid        NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    added_by   uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_operators_partner_idx ON partner_operators (partner_id);

CREATE TABLE partner_pricings (
    partner_id      uuid   NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    assessment_id   uuid   NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    price           bigint NOT NULL CHECK (price >= 0),
    executive_price bigint CHECK (executive_price >= 0),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (partner_id, assessment_id)
);
CREATE INDEX partner_pricings_assessment_idx ON partner_pricings (assessment_id);

-- What happened in one partner's account, for the partner's own history view.
CREATE TABLE partner_logs (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner_id uuid        NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    actor_id   uuid        REFERENCES users (id) ON DELETE SET NULL,
    action     text        NOT NULL,
    details    jsonb       NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_logs_partner_idx ON partner_logs (partner_id, created_at DESC, id DESC);

-- Events: a partner's campaign of one assessment, joined by its reference code.
CREATE TABLE partner_assessments (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner_id             uuid        NOT NULL REFERENCES partners (id),
    assessment_id          uuid        NOT NULL REFERENCES assessments (id),
    title                  text        CHECK (length(title) BETWEEN 1 AND 200),
    reference_code         text        NOT NULL CHECK (reference_code ~ '^[A-Za-z0-9-]{4,32}$'),
    status                 text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    price                  bigint      CHECK (price >= 0),
    is_special_price       boolean     NOT NULL DEFAULT false,
    end_date_special_price timestamptz,
    created_by             uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX partner_assessments_reference_code_key ON partner_assessments (lower(reference_code));
CREATE INDEX partner_assessments_partner_idx ON partner_assessments (partner_id, created_at DESC, id DESC);
CREATE INDEX partner_assessments_assessment_idx ON partner_assessments (assessment_id);

-- Billing rows come before clients so clients can point at their executive-summary payment.
CREATE TABLE partner_transactions (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner_id        uuid        NOT NULL REFERENCES partners (id),
    partner_assessment_id uuid    REFERENCES partner_assessments (id),
    kind              text        NOT NULL CHECK (kind IN ('topup', 'monthly_invoice', 'executive')),
    status            text        NOT NULL DEFAULT 'pending'
                                  CHECK (status IN ('pending', 'awaiting_confirmation', 'paid',
                                                    'rejected', 'cancelled')),
    amount            bigint      NOT NULL CHECK (amount >= 0),
    quota             int         NOT NULL DEFAULT 0 CHECK (quota >= 0),
    period_start      date,
    period_end        date,
    due_at            timestamptz,
    proof_file_key    text,
    proof_mime        text,
    confirmed_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
    confirmed_at      timestamptz,
    rejection_reason  text,
    idempotency_key   text,
    created_by        uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (period_end IS NULL OR period_start <= period_end)
);
CREATE INDEX partner_transactions_partner_idx ON partner_transactions (partner_id, created_at DESC, id DESC);
CREATE INDEX partner_transactions_status_idx ON partner_transactions (status, created_at)
    WHERE status IN ('pending', 'awaiting_confirmation');
CREATE UNIQUE INDEX partner_transactions_invoice_period_key ON partner_transactions (partner_id, period_start)
    WHERE kind = 'monthly_invoice';
CREATE UNIQUE INDEX partner_transactions_idempotency_key ON partner_transactions (partner_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- One person taking one event's assessment; drafts and timers while in progress, the result after.
CREATE TABLE partner_client_assessments (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner_assessment_id    uuid        NOT NULL REFERENCES partner_assessments (id),
    client_email             citext      NOT NULL CHECK (client_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    client_full_name         text        NOT NULL CHECK (length(client_full_name) BETWEEN 1 AND 200),
    client_organization      text,
    client_position          text,
    resume_token_hash        text        NOT NULL UNIQUE,
    draft_answers            jsonb       NOT NULL DEFAULT '{}',  -- {"TM": [5,4,null,...]}
    section_timers           jsonb       NOT NULL DEFAULT '{}',  -- {"TM": {"started_at":..., "duration_seconds":...}}
    status                   text        NOT NULL DEFAULT 'in_progress'
                                         CHECK (status IN ('in_progress', 'completed')),
    started_at               timestamptz NOT NULL DEFAULT now(),
    completed_at             timestamptz,
    content_result           jsonb,
    report_file_key          text,
    first_downloaded_at      timestamptz,
    download_status          text        NOT NULL DEFAULT 'pending_download'
                                         CHECK (download_status IN ('pending_download', 'complete')),
    executive_available      boolean     NOT NULL DEFAULT false,
    executive_transaction_id uuid        REFERENCES partner_transactions (id),
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'completed' OR (completed_at IS NOT NULL AND content_result IS NOT NULL))
);
CREATE INDEX partner_clients_event_idx ON partner_client_assessments (partner_assessment_id, created_at DESC, id DESC);
CREATE INDEX partner_clients_email_idx ON partner_client_assessments (client_email);
CREATE INDEX partner_clients_executive_idx ON partner_client_assessments (executive_transaction_id);

-- Pre-paid quota per event: a single guarded UPDATE consumes it, never below zero.
CREATE TABLE partner_quota_downloads (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner_assessment_id uuid        NOT NULL UNIQUE REFERENCES partner_assessments (id),
    quota                 int         NOT NULL DEFAULT 0 CHECK (quota >= 0),
    updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE partner_quota_logs (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner_assessment_id uuid        NOT NULL REFERENCES partner_assessments (id),
    delta                 int         NOT NULL CHECK (delta <> 0),
    balance_after         int         NOT NULL CHECK (balance_after >= 0),
    reason                text        NOT NULL CHECK (reason IN ('topup', 'download', 'adjustment', 'refund')),
    actor_id              uuid        REFERENCES users (id) ON DELETE SET NULL,
    client_id             uuid        REFERENCES partner_client_assessments (id),
    transaction_id        uuid        REFERENCES partner_transactions (id),
    note                  text,
    created_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_quota_logs_event_idx ON partner_quota_logs (partner_assessment_id, created_at DESC, id DESC);
CREATE INDEX partner_quota_logs_client_idx ON partner_quota_logs (client_id);
CREATE INDEX partner_quota_logs_transaction_idx ON partner_quota_logs (transaction_id);

-- Post-paid usage: one pending credit per downloaded client, rolled into a monthly invoice.
CREATE TABLE partner_credits (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner_id             uuid        NOT NULL REFERENCES partners (id),
    partner_client_assessment_id uuid  NOT NULL UNIQUE REFERENCES partner_client_assessments (id),
    amount                 bigint      NOT NULL CHECK (amount >= 0),
    status                 text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'billed', 'paid')),
    partner_transaction_id uuid        REFERENCES partner_transactions (id),
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CHECK (status = 'pending' OR partner_transaction_id IS NOT NULL)
);
CREATE INDEX partner_credits_partner_idx ON partner_credits (partner_id, status, created_at);
CREATE INDEX partner_credits_transaction_idx ON partner_credits (partner_transaction_id);

-- Scheduled reminders for unpaid monthly invoices; claimed with FOR UPDATE SKIP LOCKED.
CREATE TABLE partner_invoice_reminders (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner_transaction_id uuid        NOT NULL REFERENCES partner_transactions (id) ON DELETE CASCADE,
    due_at                 timestamptz NOT NULL,
    channel                text        NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'whatsapp', 'in_app')),
    status                 text        NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'sent', 'cancelled')),
    sent_at                timestamptz,
    created_at             timestamptz NOT NULL DEFAULT now(),
    UNIQUE (partner_transaction_id, due_at, channel)
);
CREATE INDEX partner_invoice_reminders_due_idx ON partner_invoice_reminders (due_at) WHERE status = 'scheduled';

-- Foreign keys to users get an index each, so deleting or merging a user never scans these tables.
CREATE INDEX assessments_created_by_idx ON assessments (created_by);
CREATE INDEX partner_operators_added_by_idx ON partner_operators (added_by);
CREATE INDEX partner_logs_actor_idx ON partner_logs (actor_id);
CREATE INDEX partner_assessments_created_by_idx ON partner_assessments (created_by);
CREATE INDEX partner_transactions_event_idx ON partner_transactions (partner_assessment_id);
CREATE INDEX partner_transactions_confirmed_by_idx ON partner_transactions (confirmed_by);
CREATE INDEX partner_transactions_created_by_idx ON partner_transactions (created_by);
CREATE INDEX partner_quota_logs_actor_idx ON partner_quota_logs (actor_id);

INSERT INTO permissions (name, description) VALUES
    ('partner.use',        'Run one''s own partner account: events, clients and report downloads'),
    ('partner.billing',    'Top up quota and see pricing and invoices of one''s own partner account'),
    ('partner.manage',     'Manage every partner: profiles, operators, pricing, payment confirmation'),
    ('assessments.manage', 'Create, edit and publish assessment products and their scoring rules');

INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'partner.use'), ('admin', 'partner.billing'), ('admin', 'partner.manage'),
    ('admin', 'assessments.manage'),
    ('partner', 'partner.use'), ('partner', 'partner.billing'),
    ('partner_operator', 'partner.use');
