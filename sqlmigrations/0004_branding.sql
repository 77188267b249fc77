-- Schema of the branding module: one settings row every client reads its look from.
CREATE TABLE branding_settings (
    -- Exactly one row: the key can only ever be 1.
    id                      smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    brand_name              text        NOT NULL CHECK (length(brand_name) BETWEEN 1 AND 100),
    short_name              text        NOT NULL CHECK (length(short_name) BETWEEN 1 AND 30),
    tagline                 text        NOT NULL CHECK (length(tagline) <= 200),
    primary_color           text        NOT NULL CHECK (primary_color ~ '^#[0-9A-F]{6}$'),
    secondary_color         text        NOT NULL CHECK (secondary_color ~ '^#[0-9A-F]{6}$'),
    neutral_light_color     text        NOT NULL CHECK (neutral_light_color ~ '^#[0-9A-F]{6}$'),
    neutral_dark_color      text        NOT NULL CHECK (neutral_dark_color ~ '^#[0-9A-F]{6}$'),
    text_on_primary_color   text        NOT NULL CHECK (text_on_primary_color ~ '^#[0-9A-F]{6}$'),
    text_on_secondary_color text        NOT NULL CHECK (text_on_secondary_color ~ '^#[0-9A-F]{6}$'),
    text_color              text        NOT NULL CHECK (text_color ~ '^#[0-9A-F]{6}$'),
    background_color        text        NOT NULL CHECK (background_color ~ '^#[0-9A-F]{6}$'),
    -- {"heading_size","body_size","font_family"}
    typography_json         jsonb       NOT NULL CHECK (jsonb_typeof(typography_json) = 'object'),
    -- {"button_primary_bg", ..., "hover_bg", "border_radius"}
    component_style_json    jsonb       NOT NULL CHECK (jsonb_typeof(component_style_json) = 'object'),
    -- {"popup_enabled","popup_seconds","sound"}
    notification_json       jsonb       NOT NULL CHECK (jsonb_typeof(notification_json) = 'object'),
    -- Uploaded files: FileStore key (never a public path), content type, SHA-256 of the bytes.
    logo_main               text,
    logo_main_mime          text,
    logo_main_sha256        text,
    logo_affiliate          text,
    logo_affiliate_mime     text,
    logo_affiliate_sha256   text,
    favicon                 text,
    favicon_mime            text,
    favicon_sha256          text,
    version                 bigint      NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_by              uuid        REFERENCES users (id) ON DELETE SET NULL,
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK ((logo_main IS NULL) = (logo_main_mime IS NULL) AND (logo_main IS NULL) = (logo_main_sha256 IS NULL)),
    CHECK ((logo_affiliate IS NULL) = (logo_affiliate_mime IS NULL)
           AND (logo_affiliate IS NULL) = (logo_affiliate_sha256 IS NULL)),
    CHECK ((favicon IS NULL) = (favicon_mime IS NULL) AND (favicon IS NULL) = (favicon_sha256 IS NULL))
);
CREATE INDEX branding_settings_updated_by_idx ON branding_settings (updated_by);

-- The seed's defaults (PRD Branding Settings): primary #2047FC, secondary #FFC30D, white and black
-- neutrals, platform name EksporYuk. They match the member defaults in modules/branding/Branding.h.
INSERT INTO branding_settings (
    id, brand_name, short_name, tagline,
    primary_color, secondary_color, neutral_light_color, neutral_dark_color,
    text_on_primary_color, text_on_secondary_color, text_color, background_color,
    typography_json, component_style_json, notification_json)
VALUES (
    1, 'EksporYuk', 'EksporYuk', 'Komunitas ekspor Indonesia',
    '#2047FC', '#FFC30D', '#FFFFFF', '#111827',
    '#FFFFFF', '#111827', '#111827', '#FFFFFF',
    '{"heading_size": 24, "body_size": 14, "font_family": "Inter"}',
    '{"button_primary_bg": "#2047FC", "button_primary_text": "#FFFFFF",
      "button_secondary_bg": "#FFC30D", "button_secondary_text": "#111827",
      "sidebar_bg": "#FFFFFF", "sidebar_text": "#111827",
      "sidebar_active_bg": "#2047FC", "sidebar_active_text": "#FFFFFF",
      "card_bg": "#FFFFFF", "card_text": "#111827", "hover_bg": "#EEF2FF", "border_radius": 8}',
    '{"popup_enabled": true, "popup_seconds": 5, "sound": false}');
