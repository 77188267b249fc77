-- Schema of the catalog module: membership plans, products (and bundles), coupons.

-- Membership plans ("paket membership"); prices, grants and follow-ups hang off them.
CREATE TABLE membership_plans (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title                 text        NOT NULL CHECK (length(title) BETWEEN 1 AND 150),
    slug                  citext      NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
    -- Already sanitized by the service (a small allow-list of tags), safe to render as HTML.
    description_html      text        NOT NULL DEFAULT '' CHECK (length(description_html) <= 100000),
    logo_key              text,
    banner_key            text,
    status                text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
    badge                 text        NOT NULL DEFAULT 'none' CHECK (badge IN ('none', 'paling_laris', 'paling_murah')),
    salespage_url         text        CHECK (salespage_url ~ '^https?://' AND length(salespage_url) <= 500),
    commission_type       text        NOT NULL DEFAULT 'percent' CHECK (commission_type IN ('fixed', 'percent')),
    commission_value      bigint      NOT NULL DEFAULT 0,
    upgrade_payment_mode  text        NOT NULL DEFAULT 'accumulate' CHECK (upgrade_payment_mode IN ('accumulate', 'full')),
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CHECK ((commission_type = 'percent' AND commission_value BETWEEN 0 AND 100)
           OR (commission_type = 'fixed' AND commission_value >= 0))
);
CREATE INDEX membership_plans_list_idx ON membership_plans (created_at DESC, id DESC);

CREATE TABLE membership_plan_prices (
    plan_id  uuid   NOT NULL REFERENCES membership_plans (id) ON DELETE CASCADE,
    duration text   NOT NULL CHECK (duration IN ('1m', '3m', '6m', '12m', 'lifetime')),
    price    bigint NOT NULL CHECK (price >= 0),
    PRIMARY KEY (plan_id, duration)
);

-- What activation grants: community groups, courses, products, features (by reference).
CREATE TABLE membership_plan_grants (
    plan_id uuid NOT NULL REFERENCES membership_plans (id) ON DELETE CASCADE,
    kind    text NOT NULL CHECK (kind IN ('group', 'course', 'product', 'feature')),
    ref     text NOT NULL CHECK (length(ref) BETWEEN 1 AND 200),
    PRIMARY KEY (plan_id, kind, ref)
);

-- WhatsApp follow-up sequence after a purchase (delay in days + message template).
CREATE TABLE membership_plan_followups (
    plan_id    uuid NOT NULL REFERENCES membership_plans (id) ON DELETE CASCADE,
    position   int  NOT NULL CHECK (position >= 0),
    delay_days int  NOT NULL CHECK (delay_days BETWEEN 0 AND 3650),
    template   text NOT NULL CHECK (length(template) BETWEEN 1 AND 4000),
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE products (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title                    text        NOT NULL CHECK (length(title) BETWEEN 1 AND 150),
    slug                     citext      NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
    short_description        text        NOT NULL DEFAULT '' CHECK (length(short_description) <= 500),
    description_html         text        NOT NULL DEFAULT '' CHECK (length(description_html) <= 100000),
    cover_key                text,
    category                 text        NOT NULL CHECK (category IN ('ebook', 'kelas', 'webinar', 'template', 'jasa',
                                             'event', 'tool', 'lainnya')),
    tags                     text[]      NOT NULL DEFAULT '{}',
    status                   text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'publish', 'coming_soon')),
    pricing_type             text        NOT NULL DEFAULT 'one_time' CHECK (pricing_type IN ('one_time', 'subscription', 'free')),
    base_price               bigint      NOT NULL CHECK (base_price >= 0),
    promo_price              bigint      CHECK (promo_price >= 0),
    promo_ends_at            timestamptz,
    affiliate_percent        int         NOT NULL DEFAULT 0 CHECK (affiliate_percent BETWEEN 0 AND 100),
    premium_discount_percent int         NOT NULL DEFAULT 0 CHECK (premium_discount_percent BETWEEN 0 AND 100),
    tax_percent              int         NOT NULL DEFAULT 0 CHECK (tax_percent BETWEEN 0 AND 100),
    access_level             text        NOT NULL DEFAULT 'public' CHECK (access_level IN ('public', 'member', 'premium')),
    access_days              int         CHECK (access_days > 0),
    -- Seats left (webinars, events); NULL means unlimited.
    stock                    int         CHECK (stock >= 0),
    creator_id               uuid        REFERENCES users (id) ON DELETE SET NULL,
    seo_title                text        CHECK (length(seo_title) <= 200),
    seo_description          text        CHECK (length(seo_description) <= 500),
    cta_text                 text        CHECK (length(cta_text) <= 100),
    faq                      jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(faq) = 'array'),
    bonus                    jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(bonus) = 'array'),
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    CHECK (promo_price IS NULL OR promo_price < base_price),
    CHECK (promo_ends_at IS NULL OR promo_price IS NOT NULL),
    CHECK (pricing_type <> 'free' OR (base_price = 0 AND promo_price IS NULL))
);
CREATE INDEX products_list_idx ON products (created_at DESC, id DESC);
CREATE INDEX products_creator_idx ON products (creator_id);

-- A bundle is a product whose items are other products.
CREATE TABLE product_bundle_items (
    bundle_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    item_id   uuid NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    position  int  NOT NULL CHECK (position >= 0),
    PRIMARY KEY (bundle_id, item_id),
    CHECK (bundle_id <> item_id)
);
CREATE INDEX product_bundle_items_item_idx ON product_bundle_items (item_id);

CREATE TABLE coupons (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code               citext      NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{3,40}$'),
    kind               text        NOT NULL CHECK (kind IN ('percent', 'nominal')),
    value              bigint      NOT NULL,
    starts_at          timestamptz,
    ends_at            timestamptz,
    max_uses_total     int         CHECK (max_uses_total > 0),
    max_uses_per_user  int         CHECK (max_uses_per_user > 0),
    scope              text        NOT NULL DEFAULT 'all' CHECK (scope IN ('all', 'plans', 'products')),
    -- Using this coupon attributes the sale to its affiliate (overrides the referral cookie).
    owner_affiliate_id uuid        REFERENCES users (id) ON DELETE SET NULL,
    active             boolean     NOT NULL DEFAULT true,
    used_count         int         NOT NULL DEFAULT 0 CHECK (used_count >= 0),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CHECK ((kind = 'percent' AND value BETWEEN 1 AND 100) OR (kind = 'nominal' AND value > 0)),
    CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at),
    CHECK (max_uses_total IS NULL OR used_count <= max_uses_total)
);
CREATE INDEX coupons_list_idx ON coupons (created_at DESC, id DESC);
CREATE INDEX coupons_owner_idx ON coupons (owner_affiliate_id);

-- The plans or products a scoped coupon is limited to; none listed means every item in its scope.
CREATE TABLE coupon_targets (
    coupon_id  uuid NOT NULL REFERENCES coupons (id) ON DELETE CASCADE,
    plan_id    uuid REFERENCES membership_plans (id) ON DELETE CASCADE,
    product_id uuid REFERENCES products (id) ON DELETE CASCADE,
    CHECK ((plan_id IS NULL) <> (product_id IS NULL)),
    UNIQUE (coupon_id, plan_id),
    UNIQUE (coupon_id, product_id)
);
CREATE INDEX coupon_targets_plan_idx ON coupon_targets (plan_id);
CREATE INDEX coupon_targets_product_idx ON coupon_targets (product_id);

CREATE TABLE coupon_redemptions (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    coupon_id       uuid        NOT NULL REFERENCES coupons (id) ON DELETE CASCADE,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    transaction_ref text        NOT NULL CHECK (length(transaction_ref) BETWEEN 1 AND 100),
    created_at      timestamptz NOT NULL,
    UNIQUE (coupon_id, transaction_ref)
);
CREATE INDEX coupon_redemptions_user_idx ON coupon_redemptions (coupon_id, user_id);

INSERT INTO permissions (name, description) VALUES
    ('catalog.read',   'See membership plans, products and coupons in the back office'),
    ('catalog.manage', 'Create and change membership plans, products and coupons');

INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'catalog.read'), ('admin', 'catalog.manage'),
    ('founder', 'catalog.read'), ('cofounder', 'catalog.read'), ('finance', 'catalog.read'),
    ('support', 'catalog.read'), ('mentor', 'catalog.read');
