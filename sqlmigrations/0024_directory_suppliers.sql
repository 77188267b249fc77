-- Suppliers (issue 5 §2): onboarding profile in tabs, documents, a type-dependent assessment,
-- mentor review and admin decision, audited edits, free/premium limits as data, product catalog.

-- A new supplier holds only this role until an admin verifies or limits it, so the router itself
-- keeps an unfinished supplier inside onboarding (seed 003: "tidak boleh akses fitur lain").
INSERT INTO roles (name, label_id, label_en, position)
SELECT 'supplier_onboarding', 'Supplier (onboarding)', 'Supplier (onboarding)', coalesce(max(position), 0) + 1
FROM roles;

-- Status machine (seed 003 "Aturan Edit Profil"):
--   draft -> onboarding (type chosen) -> waiting_review (submitted; profile and assessment locked)
--   waiting_review -> recommended (mentor) | onboarding (mentor asks for changes)
--   recommended -> verified | limited | suspended (admin); verified/limited <-> suspended (admin)
CREATE TABLE suppliers (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid        NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    slug           citext      UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    supplier_type  text        CHECK (supplier_type IN ('produsen', 'pabrik', 'trader', 'aggregator')),
    status         text        NOT NULL DEFAULT 'draft'
                               CHECK (status IN ('draft', 'onboarding', 'waiting_review', 'recommended',
                                                 'verified', 'limited', 'suspended')),
    tier           text        NOT NULL DEFAULT 'free' CHECK (tier IN ('free', 'premium')),
    premium_until  timestamptz,
    assessment_score int,      -- never shown to the supplier
    submitted_at   timestamptz,
    recommended_at timestamptz,
    recommended_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    decided_at     timestamptz,
    decided_by     uuid        REFERENCES users (id) ON DELETE SET NULL,
    views          bigint      NOT NULL DEFAULT 0 CHECK (views >= 0),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CHECK (status = 'draft' OR supplier_type IS NOT NULL)
);
CREATE INDEX suppliers_status_idx ON suppliers (status, updated_at DESC, id DESC);

-- The profile tabs. Contact columns are never part of any public answer.
CREATE TABLE supplier_profiles (
    supplier_id     uuid PRIMARY KEY REFERENCES suppliers (id) ON DELETE CASCADE,
    -- identity
    company_name    text  CHECK (length(company_name) BETWEEN 1 AND 200),
    legal_form      text  CHECK (legal_form IN ('PT', 'CV', 'UD', 'Koperasi', 'Firma', 'Perorangan', 'Lainnya')),
    business_field  text  CHECK (length(business_field) <= 200),
    main_products   text  CHECK (length(main_products) <= 500),
    year_founded    int   CHECK (year_founded BETWEEN 1900 AND 2100),
    -- address
    address_line    text  CHECK (length(address_line) <= 500),
    province_code   text  REFERENCES area_provinces (code),
    regency_code    text  REFERENCES area_regencies (code),
    district_code   text  REFERENCES area_districts (code),
    postal_code     text  CHECK (postal_code ~ '^[0-9]{5}$'),
    production_site text  CHECK (length(production_site) <= 500),
    -- company contact (private)
    pic_name        text  CHECK (length(pic_name) <= 200),
    pic_position    text  CHECK (length(pic_position) <= 200),
    whatsapp        text  CHECK (whatsapp ~ '^\+?[0-9]{8,16}$'),
    business_email  citext CHECK (business_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    website         text  CHECK (website ~ '^https?://' AND length(website) <= 300),
    social_media    jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(social_media) = 'object'),
    -- legal
    nib             text  CHECK (nib ~ '^[0-9]{13}$'),
    npwp            text  CHECK (npwp ~ '^[0-9]{15,16}$'),
    siup            text  CHECK (length(siup) <= 100),
    -- bio
    description     text  CHECK (length(description) <= 2000),
    advantages      text  CHECK (length(advantages) <= 2000),
    unique_value    text  CHECK (length(unique_value) <= 2000),
    logo_key        text,
    banner_key      text,
    updated_at      timestamptz NOT NULL
);

CREATE TABLE supplier_documents (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    supplier_id uuid        NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('nib', 'npwp', 'siup', 'certificate', 'catalog', 'other')),
    title       text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    file_key    text        NOT NULL,
    mime        text        NOT NULL,
    size_bytes  bigint      NOT NULL CHECK (size_bytes > 0),
    uploaded_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    uploaded_at timestamptz NOT NULL
);
CREATE INDEX supplier_documents_supplier_idx ON supplier_documents (supplier_id, uploaded_at);

-- Assessment questions per supplier type (NULL: every type); mentors add and retire questions.
-- options: [{"key": "a", "label": "...", "score": 0..10}]
CREATE TABLE supplier_assessment_questions (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    supplier_type text        CHECK (supplier_type IN ('produsen', 'pabrik', 'trader', 'aggregator')),
    position      int         NOT NULL CHECK (position >= 0),
    text          text        NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
    options       jsonb       NOT NULL CHECK (jsonb_typeof(options) = 'array' AND jsonb_array_length(options) >= 2),
    active        boolean     NOT NULL DEFAULT true,
    created_by    uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL
);
CREATE INDEX supplier_assessment_questions_type_idx ON supplier_assessment_questions (supplier_type, position);

CREATE TABLE supplier_assessment_answers (
    supplier_id uuid        NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    question_id uuid        NOT NULL REFERENCES supplier_assessment_questions (id),
    option_key  text        NOT NULL,
    answered_at timestamptz NOT NULL,
    PRIMARY KEY (supplier_id, question_id)
);

-- Default assessment (seed 003: "Format ABC", "Dinamis sesuai tipe supplier"): five questions per
-- type, options scored 0/5/10; mentors add and retire questions from the desk.
INSERT INTO supplier_assessment_questions (supplier_type, position, text, options, created_at)
SELECT t, p, x, o::jsonb, now() FROM (VALUES
    ('produsen', 0, 'Berapa kapasitas produksi rutin Anda per bulan?',
     '[{"key": "a", "label": "Belum tetap / musiman", "score": 0}, {"key": "b", "label": "Tetap, skala kecil (di bawah 1 ton atau 1.000 unit)", "score": 5}, {"key": "c", "label": "Tetap, skala menengah ke atas", "score": 10}]'),
    ('produsen', 1, 'Bagaimana Anda menjaga mutu produk?',
     '[{"key": "a", "label": "Belum ada standar tertulis", "score": 0}, {"key": "b", "label": "Ada standar internal tertulis", "score": 5}, {"key": "c", "label": "Bersertifikat (SNI, HACCP, ISO, organik, dll.)", "score": 10}]'),
    ('produsen', 2, 'Dari mana bahan baku Anda berasal?',
     '[{"key": "a", "label": "Dibeli tidak tetap", "score": 0}, {"key": "b", "label": "Pemasok tetap", "score": 5}, {"key": "c", "label": "Kebun/lahan sendiri atau mitra petani terikat kontrak", "score": 10}]'),
    ('produsen', 3, 'Apakah produk Anda pernah dijual ke luar daerah atau luar negeri?',
     '[{"key": "a", "label": "Belum pernah", "score": 0}, {"key": "b", "label": "Antarprovinsi", "score": 5}, {"key": "c", "label": "Sudah ekspor (langsung atau lewat pihak lain)", "score": 10}]'),
    ('produsen', 4, 'Bagaimana kemasan produk Anda?',
     '[{"key": "a", "label": "Belum dikemas", "score": 0}, {"key": "b", "label": "Kemasan sederhana", "score": 5}, {"key": "c", "label": "Kemasan siap ekspor dengan label lengkap", "score": 10}]'),
    ('pabrik', 0, 'Berapa kapasitas terpasang pabrik Anda?',
     '[{"key": "a", "label": "Di bawah 30% terpakai / belum terukur", "score": 0}, {"key": "b", "label": "Terukur dan tercatat", "score": 5}, {"key": "c", "label": "Terukur, tercatat, dan siap menambah pesanan besar", "score": 10}]'),
    ('pabrik', 1, 'Sistem manajemen mutu apa yang berjalan?',
     '[{"key": "a", "label": "Belum ada", "score": 0}, {"key": "b", "label": "Standar internal", "score": 5}, {"key": "c", "label": "ISO 9001 / GMP / HACCP atau setara", "score": 10}]'),
    ('pabrik', 2, 'Apakah izin industri (IUI) dan izin lingkungan lengkap?',
     '[{"key": "a", "label": "Belum", "score": 0}, {"key": "b", "label": "Sebagian", "score": 5}, {"key": "c", "label": "Lengkap dan masih berlaku", "score": 10}]'),
    ('pabrik', 3, 'Berapa lama waktu produksi untuk satu kontainer pesanan?',
     '[{"key": "a", "label": "Lebih dari 2 bulan / belum tahu", "score": 0}, {"key": "b", "label": "1-2 bulan", "score": 5}, {"key": "c", "label": "Kurang dari 1 bulan", "score": 10}]'),
    ('pabrik', 4, 'Apakah pabrik bisa membuat produk dengan merek pembeli (OEM)?',
     '[{"key": "a", "label": "Tidak", "score": 0}, {"key": "b", "label": "Bisa untuk jumlah tertentu", "score": 5}, {"key": "c", "label": "Ya, sudah pernah melayani OEM", "score": 10}]'),
    ('trader', 0, 'Berapa lama Anda menjalankan usaha perdagangan ini?',
     '[{"key": "a", "label": "Kurang dari 1 tahun", "score": 0}, {"key": "b", "label": "1-3 tahun", "score": 5}, {"key": "c", "label": "Lebih dari 3 tahun", "score": 10}]'),
    ('trader', 1, 'Apakah Anda sudah pernah mengekspor?',
     '[{"key": "a", "label": "Belum pernah", "score": 0}, {"key": "b", "label": "Pernah lewat pihak lain", "score": 5}, {"key": "c", "label": "Pernah ekspor atas nama sendiri", "score": 10}]'),
    ('trader', 2, 'Bagaimana hubungan Anda dengan pemasok barang?',
     '[{"key": "a", "label": "Tidak tetap", "score": 0}, {"key": "b", "label": "Beberapa pemasok tetap", "score": 5}, {"key": "c", "label": "Kontrak tertulis dengan pemasok tetap", "score": 10}]'),
    ('trader', 3, 'Dokumen ekspor apa yang bisa Anda urus?',
     '[{"key": "a", "label": "Belum paham", "score": 0}, {"key": "b", "label": "Sebagian (invoice, packing list)", "score": 5}, {"key": "c", "label": "Lengkap (PEB, COO, sertifikat, B/L)", "score": 10}]'),
    ('trader', 4, 'Cara pembayaran internasional apa yang pernah Anda terima?',
     '[{"key": "a", "label": "Belum pernah", "score": 0}, {"key": "b", "label": "T/T", "score": 5}, {"key": "c", "label": "T/T dan L/C", "score": 10}]'),
    ('aggregator', 0, 'Berapa banyak petani atau produsen yang Anda himpun?',
     '[{"key": "a", "label": "Kurang dari 10", "score": 0}, {"key": "b", "label": "10-50", "score": 5}, {"key": "c", "label": "Lebih dari 50", "score": 10}]'),
    ('aggregator', 1, 'Bagaimana Anda memeriksa mutu barang dari para pemasok?',
     '[{"key": "a", "label": "Tidak diperiksa khusus", "score": 0}, {"key": "b", "label": "Diperiksa manual sebelum dikirim", "score": 5}, {"key": "c", "label": "Ada standar sortir dan grading tertulis", "score": 10}]'),
    ('aggregator', 2, 'Apakah Anda punya gudang atau tempat pengumpulan?',
     '[{"key": "a", "label": "Belum", "score": 0}, {"key": "b", "label": "Sewa / sementara", "score": 5}, {"key": "c", "label": "Milik sendiri dengan pencatatan stok", "score": 10}]'),
    ('aggregator', 3, 'Seberapa rutin pasokan Anda sepanjang tahun?',
     '[{"key": "a", "label": "Hanya musim tertentu", "score": 0}, {"key": "b", "label": "Sebagian besar tahun", "score": 5}, {"key": "c", "label": "Sepanjang tahun dengan jadwal tetap", "score": 10}]'),
    ('aggregator', 4, 'Apakah barang dari pemasok bisa dilacak asalnya?',
     '[{"key": "a", "label": "Tidak", "score": 0}, {"key": "b", "label": "Sebagian", "score": 5}, {"key": "c", "label": "Ya, tercatat per pemasok/lot", "score": 10}]')) AS q (t, p, x, o);

-- Mentor notes and recommendations, admin decisions: the review history shown in the desk.
CREATE TABLE supplier_reviews (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    supplier_id uuid        NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    reviewer_id uuid        REFERENCES users (id) ON DELETE SET NULL,
    action      text        NOT NULL CHECK (action IN ('submit', 'note', 'recommend', 'request_changes',
                                                       'verify', 'limit', 'suspend', 'reinstate',
                                                       'change_type')),
    from_status text        NOT NULL,
    to_status   text        NOT NULL,
    note        text        CHECK (length(note) <= 5000),
    created_at  timestamptz NOT NULL
);
CREATE INDEX supplier_reviews_supplier_idx ON supplier_reviews (supplier_id, created_at);

-- Every edit after verification, with the values before and after (seed 003: "Dengan audit").
CREATE TABLE supplier_audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    supplier_id uuid        NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    actor_id    uuid        REFERENCES users (id) ON DELETE SET NULL,
    section     text        NOT NULL,
    before      jsonb       NOT NULL,
    after       jsonb       NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX supplier_audit_supplier_idx ON supplier_audit (supplier_id, created_at DESC);

-- Free vs premium supplier limits; admins change the rows. NULL: unlimited.
CREATE TABLE supplier_limits (
    tier               text        PRIMARY KEY CHECK (tier IN ('free', 'premium')),
    max_products       int         CHECK (max_products >= 0),
    max_images         int         CHECK (max_images >= 0),   -- per product
    max_documents      int         CHECK (max_documents >= 0),
    receive_chats      boolean     NOT NULL,
    public_profile     boolean     NOT NULL,
    updated_by         uuid        REFERENCES users (id) ON DELETE SET NULL,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
INSERT INTO supplier_limits (tier, max_products, max_images, max_documents, receive_chats, public_profile) VALUES
    ('free', 1, 3, 3, false, false),
    ('premium', NULL, NULL, NULL, true, true);

CREATE TABLE supplier_products (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    supplier_id      uuid        NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    title            text        NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    -- Already sanitized by the service (the catalog's allow-list), safe to render as HTML.
    description_html text        NOT NULL DEFAULT '' CHECK (length(description_html) <= 20000),
    categories       text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(categories) <= 10),
    status           text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active')),
    views            bigint      NOT NULL DEFAULT 0 CHECK (views >= 0),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX supplier_products_supplier_idx ON supplier_products (supplier_id, created_at DESC);

CREATE TABLE supplier_product_images (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    product_id uuid NOT NULL REFERENCES supplier_products (id) ON DELETE CASCADE,
    position   int  NOT NULL CHECK (position >= 0),
    file_key   text NOT NULL,
    mime       text NOT NULL,
    UNIQUE (product_id, position)
);

CREATE TABLE supplier_likes (
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    supplier_id uuid        NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, supplier_id)
);
CREATE INDEX supplier_likes_supplier_idx ON supplier_likes (supplier_id);

INSERT INTO permissions (name, description) VALUES
    ('suppliers.onboard', 'Fill in one''s own supplier profile and assessment and submit it for review'),
    ('suppliers.own',     'Run one''s own verified supplier account: profile, products, documents'),
    ('suppliers.browse',  'See verified suppliers'' profiles and products, like them'),
    ('suppliers.review',  'Review submitted suppliers, write notes, recommend or ask for changes'),
    ('suppliers.decide',  'Verify, limit or suspend suppliers and change their type or tier'),
    ('suppliers.assessment', 'Add and retire supplier assessment questions');

INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'suppliers.onboard'), ('admin', 'suppliers.own'), ('admin', 'suppliers.browse'),
    ('admin', 'suppliers.review'), ('admin', 'suppliers.decide'), ('admin', 'suppliers.assessment'),
    ('mentor', 'suppliers.review'), ('mentor', 'suppliers.browse'), ('mentor', 'suppliers.assessment'),
    ('supplier_onboarding', 'suppliers.onboard'),
    ('supplier', 'suppliers.onboard'), ('supplier', 'suppliers.own'),
    ('member_free', 'suppliers.browse'), ('member_premium', 'suppliers.browse');
