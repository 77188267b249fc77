-- Weekly "new buyers in your product category" alerts (seed 003 PRD Buyer v.1, "Notifikasi Buyer
-- Baru"): what each member wants to hear about, and which weeks each member has been told.

-- One row per member who saved interests. A member without a row (or with both lists empty) is
-- alerted from the products and HS codes of the buyers they favourited (buyer_likes), so the
-- feature works before anyone configures it; enabled = false silences the alert either way.
CREATE TABLE buyer_alert_subscriptions (
    user_id    uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    -- Free words matched case-insensitively anywhere in buyers.product_text ("kopi", "kelapa").
    products   text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(products) <= 20),
    -- HS code prefixes (2 = chapter ... 10 digits) matched against the start of a buyer's codes.
    hs_codes   text[]      NOT NULL DEFAULT '{}'
                           CHECK (cardinality(hs_codes) <= 20
                                  AND array_to_string(hs_codes, ',') ~ '^([0-9]{2,10}(,[0-9]{2,10})*)?$'),
    -- ISO 3166-1 alpha-2 codes the buyer must be in; empty means every country.
    countries  text[]      NOT NULL DEFAULT '{}'
                           CHECK (cardinality(countries) <= 20
                                  AND array_to_string(countries, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
    enabled    boolean     NOT NULL DEFAULT true,
    -- Also send the alert by email (the in-app notification is always written).
    email      boolean     NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL
);

-- One row per member and reported week, written in the same transaction as the notification.
-- The primary key is what makes a week told once: the pass inserts with ON CONFLICT DO NOTHING and
-- only the inserter notifies, across passes, restarts and any number of server instances. A week
-- with no matching buyers is recorded too (buyer_count 0, nothing sent) so it is not re-counted.
CREATE TABLE buyer_alert_digests (
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Monday (Asia/Jakarta) that starts the reported week [week_start, week_start + 7 days).
    week_start  date        NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    buyer_count int         NOT NULL CHECK (buyer_count >= 0),
    -- Which interests were used ('saved' or 'favourites'), for support questions ("why did I get this?").
    source      text        NOT NULL CHECK (source IN ('saved', 'favourites')),
    -- When the member was told (NULL when buyer_count = 0: nothing was sent).
    sent_at     timestamptz,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, week_start),
    CHECK ((buyer_count = 0) = (sent_at IS NULL))
);
-- No further index: "not yet told this week" is a primary-key probe per member, and the pass finds
-- the buyers of a week through buyers_added_idx (date_added), a week being a small slice.
