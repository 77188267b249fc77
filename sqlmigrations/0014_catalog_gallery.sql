-- Schema of the product gallery: up to eight ordered images per product (the limit is the
-- service's rule, so its refusal can say what to do).

CREATE TABLE product_images (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    product_id uuid        NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    file_key   text        NOT NULL UNIQUE CHECK (file_key ~ '^[0-9a-f]{32}$'),
    position   int         NOT NULL CHECK (position >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    -- Deferrable so a reorder can permute the positions in one statement (checked at its end
    -- instead of row by row).
    CONSTRAINT product_images_position_key UNIQUE (product_id, position) DEFERRABLE INITIALLY IMMEDIATE
);
