-- Indonesian administrative areas (provinces, regencies/cities, districts, villages) from the
-- shipped idn-area-data (ODbL). The rows are loaded by RegionsImport after the migrations, so a
-- data release never needs a migration; area_data_version records which copy is loaded.

-- `name` keeps the source's text; `display_name` is how people write it ("Kabupaten Aceh
-- Selatan"); `search_key` is the display name folded to lower-case ASCII words and `bare_key` the
-- same without the kind word ("bandung" for Kota Bandung), so search ranks exact names first.
CREATE TABLE area_provinces (
    code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name text NOT NULL,
    display_name text NOT NULL,
    search_key text NOT NULL,
    bare_key text NOT NULL
);

CREATE TABLE area_regencies (
    code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}\.[0-9]{2}$'),
    province_code text NOT NULL REFERENCES area_provinces (code),
    kind text NOT NULL CHECK (kind IN ('kabupaten', 'kota')),
    name text NOT NULL,
    display_name text NOT NULL,
    search_key text NOT NULL,
    bare_key text NOT NULL,
    CHECK (starts_with(code, province_code || '.'))
);
CREATE INDEX area_regencies_province ON area_regencies (province_code);

CREATE TABLE area_districts (
    code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$'),
    regency_code text NOT NULL REFERENCES area_regencies (code),
    name text NOT NULL,
    display_name text NOT NULL,
    search_key text NOT NULL,
    bare_key text NOT NULL,
    CHECK (starts_with(code, regency_code || '.'))
);
CREATE INDEX area_districts_regency ON area_districts (regency_code);

-- kind follows the code's first digit of the village part: 1 kelurahan, 2 desa, 3 desa adat.
CREATE TABLE area_villages (
    code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$'),
    district_code text NOT NULL REFERENCES area_districts (code),
    kind text NOT NULL CHECK (kind IN ('kelurahan', 'desa', 'desa_adat')),
    name text NOT NULL,
    display_name text NOT NULL,
    search_key text NOT NULL,
    bare_key text NOT NULL,
    CHECK (starts_with(code, district_code || '.'))
);
CREATE INDEX area_villages_district ON area_villages (district_code);

-- Search: trigram indexes answer "contains" (LIKE '%bandung%') without scanning 83,000 villages.
CREATE INDEX area_provinces_search ON area_provinces USING gin (search_key gin_trgm_ops);
CREATE INDEX area_regencies_search ON area_regencies USING gin (search_key gin_trgm_ops);
CREATE INDEX area_districts_search ON area_districts USING gin (search_key gin_trgm_ops);
CREATE INDEX area_villages_search ON area_villages USING gin (search_key gin_trgm_ops);

-- One row: which copy of the data is loaded (its checksum decides whether start-up re-imports).
CREATE TABLE area_data_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    source text NOT NULL,
    checksum text NOT NULL,
    provinces integer NOT NULL,
    regencies integer NOT NULL,
    districts integer NOT NULL,
    villages integer NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now()
);

-- Every area with the names of the areas above it: what a one-line address and search need.
-- Filters on code, level and search_key reach each branch's own index.
CREATE VIEW area_paths AS
SELECT 'province'::text AS level, 1 AS depth, p.code, p.display_name, p.search_key, p.bare_key,
       p.code AS province_code, p.display_name AS province_name,
       NULL::text AS regency_code, NULL::text AS regency_name, NULL::text AS regency_kind,
       NULL::text AS district_code, NULL::text AS district_name,
       NULL::text AS village_code, NULL::text AS village_name, NULL::text AS village_kind
  FROM area_provinces p
UNION ALL
SELECT 'regency', 2, r.code, r.display_name, r.search_key, r.bare_key,
       p.code, p.display_name, r.code, r.display_name, r.kind, NULL, NULL, NULL, NULL, NULL
  FROM area_regencies r
  JOIN area_provinces p ON p.code = r.province_code
UNION ALL
SELECT 'district', 3, d.code, d.display_name, d.search_key, d.bare_key,
       p.code, p.display_name, r.code, r.display_name, r.kind, d.code, d.display_name,
       NULL, NULL, NULL
  FROM area_districts d
  JOIN area_regencies r ON r.code = d.regency_code
  JOIN area_provinces p ON p.code = r.province_code
UNION ALL
SELECT 'village', 4, v.code, v.display_name, v.search_key, v.bare_key,
       p.code, p.display_name, r.code, r.display_name, r.kind, d.code, d.display_name,
       v.code, v.display_name, v.kind
  FROM area_villages v
  JOIN area_districts d ON d.code = v.district_code
  JOIN area_regencies r ON r.code = d.regency_code
  JOIN area_provinces p ON p.code = r.province_code;
