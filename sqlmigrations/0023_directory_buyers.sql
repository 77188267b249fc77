-- Export buyer directory (issue 5 §1): buyers curated by staff, members' views (the monthly quota),
-- favourites and reports, per-plan limits as data, and server-side imports with their row reports.

-- Keyword and product search use trigram indexes on text the trigger keeps in step with the row.
CREATE TABLE buyers (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    company        text        NOT NULL CHECK (length(company) BETWEEN 1 AND 200),
    contact_person text        CHECK (length(contact_person) <= 200),
    email          citext      CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND length(email) <= 254),
    phone          text        CHECK (phone ~ '^\+?[0-9]{6,20}$'),
    country        char(2)     NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    products       text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(products) <= 50),
    hs_codes       text[]      NOT NULL DEFAULT '{}'
                               CHECK (array_to_string(hs_codes, ',') ~ '^([0-9]{4,10}(,[0-9]{4,10})*)?$'),
    business_scale text        CHECK (business_scale IN ('small', 'medium', 'large', 'enterprise')),
    payment_terms  text[]      NOT NULL DEFAULT '{}'
                               CHECK (payment_terms <@ ARRAY['TT', 'LC', 'DP', 'DA', 'CAD', 'OA', 'CIA']::text[]),
    shipping_terms text[]      NOT NULL DEFAULT '{}'
                               CHECK (shipping_terms <@ ARRAY['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT',
                                                              'CIP', 'DAP', 'DPU', 'DDP']::text[]),
    notes          text        CHECK (length(notes) <= 5000),
    verified       boolean     NOT NULL DEFAULT false,
    rating         smallint    CHECK (rating BETWEEN 1 AND 5),
    source         text        CHECK (length(source) <= 200),
    search_text    text        NOT NULL DEFAULT '',
    product_text   text        NOT NULL DEFAULT '',
    created_by     uuid        REFERENCES users (id) ON DELETE SET NULL,
    date_added     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
-- Duplicates are the same company in the same country, or the same email (issue 5 §1). The service
-- trims and collapses spaces in company names before they reach this index.
CREATE UNIQUE INDEX buyers_company_country_key ON buyers (lower(company), country);
CREATE UNIQUE INDEX buyers_email_key ON buyers (email) WHERE email IS NOT NULL;
CREATE INDEX buyers_added_idx ON buyers (date_added DESC, id DESC);
CREATE INDEX buyers_country_idx ON buyers (country, date_added DESC, id DESC);
CREATE INDEX buyers_search_trgm_idx ON buyers USING gin (search_text gin_trgm_ops);
CREATE INDEX buyers_product_trgm_idx ON buyers USING gin (product_text gin_trgm_ops);
CREATE INDEX buyers_payment_terms_idx ON buyers USING gin (payment_terms);
CREATE INDEX buyers_shipping_terms_idx ON buyers USING gin (shipping_terms);

CREATE FUNCTION buyers_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.product_text := lower(array_to_string(NEW.products, ' | ') || ' ' || array_to_string(NEW.hs_codes, ' '));
    NEW.search_text := lower(concat_ws(' ', NEW.company, NEW.contact_person, NEW.product_text, NEW.notes,
                                       NEW.source));
    RETURN NEW;
END $$;
CREATE TRIGGER buyers_search_text_trg BEFORE INSERT OR UPDATE ON buyers
    FOR EACH ROW EXECUTE FUNCTION buyers_search_text();

-- Every opening of a buyer's detail by a member. The monthly quota counts DISTINCT buyers opened in
-- the Jakarta calendar month, so opening the same buyer again costs nothing.
CREATE TABLE buyer_views (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    buyer_id  uuid        NOT NULL REFERENCES buyers (id) ON DELETE CASCADE,
    user_id   uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    viewed_at timestamptz NOT NULL
);
CREATE INDEX buyer_views_user_idx ON buyer_views (user_id, viewed_at DESC);
CREATE INDEX buyer_views_buyer_idx ON buyer_views (buyer_id, viewed_at DESC);

CREATE TABLE buyer_likes (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    buyer_id   uuid        NOT NULL REFERENCES buyers (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, buyer_id)
);
CREATE INDEX buyer_likes_buyer_idx ON buyer_likes (buyer_id);

-- A member's report that a buyer's data is wrong; staff resolve or dismiss it.
CREATE TABLE buyer_reports (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    buyer_id        uuid        NOT NULL REFERENCES buyers (id) ON DELETE CASCADE,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason          text        NOT NULL CHECK (reason IN ('wrong_contact', 'not_a_buyer', 'closed',
                                                           'duplicate', 'other')),
    message         text        CHECK (length(message) <= 2000),
    status          text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
    resolution_note text        CHECK (length(resolution_note) <= 2000),
    resolved_by     uuid        REFERENCES users (id) ON DELETE SET NULL,
    resolved_at     timestamptz,
    created_at      timestamptz NOT NULL,
    CHECK ((status = 'open') = (resolved_at IS NULL))
);
CREATE INDEX buyer_reports_status_idx ON buyer_reports (status, created_at DESC);
-- One open report per member and buyer: a second click does not flood the queue.
CREATE UNIQUE INDEX buyer_reports_open_key ON buyer_reports (user_id, buyer_id) WHERE status = 'open';

-- What each membership tier gets from the export directories; admins change the rows. The tier is
-- the duration of the membership the member last bought ('free' without an active membership).
-- buyers_per_month NULL means unlimited.
CREATE TABLE directory_plan_limits (
    tier             text        PRIMARY KEY CHECK (tier IN ('free', '1m', '3m', '6m', '12m', 'lifetime')),
    buyers_per_month int         CHECK (buyers_per_month >= 0),
    full_contact     boolean     NOT NULL,
    csv_download     boolean     NOT NULL,
    api_access       boolean     NOT NULL,
    priority_listing boolean     NOT NULL,
    verified_badge   boolean     NOT NULL,
    updated_by       uuid        REFERENCES users (id) ON DELETE SET NULL,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
INSERT INTO directory_plan_limits
    (tier, buyers_per_month, full_contact, csv_download, api_access, priority_listing, verified_badge) VALUES
    ('free',        5, false, false, false, false, false),
    ('1m',         20, true,  false, false, false, false),
    ('3m',         50, true,  true,  false, false, false),
    ('6m',        100, true,  true,  true,  false, false),
    ('12m',      NULL, true,  true,  true,  true,  true),
    ('lifetime', NULL, true,  true,  true,  true,  true);

-- An import runs on the server in batches: the desk uploads, maps columns, previews, starts, polls
-- progress and may cancel between batches. Rows committed before a cancel stay (the report says so).
CREATE TABLE buyer_imports (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    created_by       uuid        NOT NULL REFERENCES users (id),
    file_key         text        NOT NULL,
    file_name        text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    format           text        NOT NULL CHECK (format IN ('csv', 'xlsx')),
    headers          jsonb       NOT NULL CHECK (jsonb_typeof(headers) = 'array'),
    -- The first 20 data rows, kept so the mapping screen never re-reads the file.
    sample_rows      jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sample_rows) = 'array'),
    total_rows       int         NOT NULL CHECK (total_rows >= 0),
    mapping          jsonb       CHECK (jsonb_typeof(mapping) = 'object'),
    on_duplicate     text        CHECK (on_duplicate IN ('skip', 'update')),
    status           text        NOT NULL DEFAULT 'uploaded'
                                 CHECK (status IN ('uploaded', 'queued', 'running', 'done', 'cancelled', 'failed')),
    cancel_requested boolean     NOT NULL DEFAULT false,
    processed_rows   int         NOT NULL DEFAULT 0,
    inserted_rows    int         NOT NULL DEFAULT 0,
    updated_rows     int         NOT NULL DEFAULT 0,
    skipped_rows     int         NOT NULL DEFAULT 0,
    failed_rows      int         NOT NULL DEFAULT 0,
    failure          text,
    -- The worker running the import renews this after every batch; a running import whose
    -- heartbeat went stale (its server died) is claimed again and resumed from processed_rows.
    heartbeat_at     timestamptz,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz
);
CREATE INDEX buyer_imports_created_idx ON buyer_imports (created_at DESC, id DESC);
CREATE INDEX buyer_imports_queue_idx ON buyer_imports (created_at) WHERE status IN ('queued', 'running');

-- The per-row report: row is the 1-based data row in the file (the header row not counted).
CREATE TABLE buyer_import_issues (
    import_id uuid NOT NULL REFERENCES buyer_imports (id) ON DELETE CASCADE,
    row_no    int  NOT NULL CHECK (row_no >= 1),
    field     text NOT NULL,
    outcome   text NOT NULL CHECK (outcome IN ('error', 'skipped_duplicate', 'updated_duplicate')),
    reason    text NOT NULL,
    reason_en text NOT NULL, -- the same reason in English (the API answers in the asker's language)
    PRIMARY KEY (import_id, row_no, field)
);

INSERT INTO permissions (name, description) VALUES
    ('directory.buyers.browse', 'Search export buyers within one''s plan quota, like and report them'),
    ('directory.buyers.manage', 'Create, edit, delete, import and export buyers; see buyer statistics'),
    ('directory.limits.manage', 'Change what each membership tier gets from the export directories');

-- Seed 003 "Role Access": mentors and admins have full access to the buyer database.
INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'directory.buyers.browse'), ('admin', 'directory.buyers.manage'),
    ('admin', 'directory.limits.manage'),
    ('mentor', 'directory.buyers.manage'),
    ('member_free', 'directory.buyers.browse'), ('member_premium', 'directory.buyers.browse');
