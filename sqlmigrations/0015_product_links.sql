-- Product links: what a paid product grants (groups, courses, events, files) and the WhatsApp
-- follow-ups it schedules, as membership plans do (seed 003 §5.5).

-- What a paid product grants besides itself (by reference).
CREATE TABLE product_grants (
    product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    kind       text NOT NULL CHECK (kind IN ('group', 'course', 'event', 'file')),
    ref        text NOT NULL CHECK (length(ref) BETWEEN 1 AND 200),
    PRIMARY KEY (product_id, kind, ref)
);

-- WhatsApp follow-up sequence after a product purchase (delay in days + message template).
CREATE TABLE product_followups (
    product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position   int  NOT NULL CHECK (position >= 0),
    delay_days int  NOT NULL CHECK (delay_days BETWEEN 0 AND 3650),
    template   text NOT NULL CHECK (length(template) BETWEEN 1 AND 4000),
    PRIMARY KEY (product_id, position)
);

-- Products can now grant events and files, so entitlements must be able to hold them.
ALTER TABLE user_entitlements DROP CONSTRAINT user_entitlements_kind_check;
ALTER TABLE user_entitlements ADD CONSTRAINT user_entitlements_kind_check
    CHECK (kind IN ('group', 'course', 'product', 'feature', 'event', 'file'));
