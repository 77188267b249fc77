-- Forwarders with their rate entries (issue 5 §3) and the member directory's privacy settings.

CREATE TABLE forwarders (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    company             text        NOT NULL CHECK (length(company) BETWEEN 1 AND 200),
    services            text[]      NOT NULL DEFAULT '{}'
                                    CHECK (services <@ ARRAY['sea_freight', 'air_freight', 'customs',
                                                             'shipping_agent', 'trucking', 'warehousing']::text[]),
    origin_ports        text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(origin_ports) <= 50),
    destination_regions text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(destination_regions) <= 50),
    contact_person      text        CHECK (length(contact_person) <= 200),
    email               citext      CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    phone               text        CHECK (phone ~ '^\+?[0-9]{6,20}$'),
    website             text        CHECK (website ~ '^https?://' AND length(website) <= 300),
    notes               text        CHECK (length(notes) <= 5000),
    verified            boolean     NOT NULL DEFAULT false,
    rating              smallint    CHECK (rating BETWEEN 1 AND 5),
    created_by          uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE UNIQUE INDEX forwarders_company_key ON forwarders (lower(company));
CREATE INDEX forwarders_list_idx ON forwarders (created_at DESC, id DESC);

-- One quoted price. Prices compare only within the same mode, unit and currency; amounts are in
-- the currency's minor unit (rupiah, US cents).
CREATE TABLE forwarder_rates (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    forwarder_id uuid        NOT NULL REFERENCES forwarders (id) ON DELETE CASCADE,
    origin       text        NOT NULL CHECK (length(origin) BETWEEN 1 AND 100),
    destination  text        NOT NULL CHECK (length(destination) BETWEEN 1 AND 100),
    mode         text        NOT NULL CHECK (mode IN ('sea_fcl', 'sea_lcl', 'air', 'courier', 'land')),
    unit         text        NOT NULL CHECK (unit IN ('container_20', 'container_40', 'container_40hc',
                                                      'cbm', 'kg', 'shipment')),
    currency     text        NOT NULL CHECK (currency IN ('IDR', 'USD')),
    price_minor  bigint      NOT NULL CHECK (price_minor > 0),
    transit_days int         CHECK (transit_days BETWEEN 0 AND 365),
    valid_until  date        NOT NULL,
    notes        text        CHECK (length(notes) <= 1000),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX forwarder_rates_route_idx ON forwarder_rates (lower(origin), lower(destination), mode, valid_until);
CREATE INDEX forwarder_rates_forwarder_idx ON forwarder_rates (forwarder_id);

-- The member directory: nobody is listed until they choose to be (privacy by default).
CREATE TABLE member_directory_profiles (
    user_id        uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    visibility     text        NOT NULL DEFAULT 'hidden' CHECK (visibility IN ('hidden', 'members')),
    province_code  text        REFERENCES area_provinces (code),
    regency_code   text        REFERENCES area_regencies (code),
    headline       text        CHECK (length(headline) <= 200),
    business_field text        CHECK (length(business_field) <= 200),
    show_whatsapp  boolean     NOT NULL DEFAULT false,
    show_email     boolean     NOT NULL DEFAULT false,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX member_directory_area_idx ON member_directory_profiles (province_code, regency_code)
    WHERE visibility = 'members';

INSERT INTO permissions (name, description) VALUES
    ('forwarders.browse', 'See forwarders and compare their rates'),
    ('forwarders.manage', 'Create, edit and delete forwarders and their rates'),
    ('directory.members', 'Find other members by province and city and set one''s own listing');

INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'forwarders.browse'), ('admin', 'forwarders.manage'), ('admin', 'directory.members'),
    ('mentor', 'forwarders.browse'), ('mentor', 'forwarders.manage'), ('mentor', 'directory.members'),
    ('member_free', 'forwarders.browse'), ('member_premium', 'forwarders.browse'),
    ('member_free', 'directory.members'), ('member_premium', 'directory.members');
