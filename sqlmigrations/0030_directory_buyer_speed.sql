-- Member buyer search speed (issue 5 §5): keyword + country in one index.
--
-- The member search filters a keyword (search_text ILIKE '%word%') and usually a country, newest
-- first. PostgreSQL estimates '%word%' patterns at a handful of rows whatever the word, so with
-- the keyword index alone it fetched every buyer holding a common word (2,400 heap pages for
-- "black" at 100,000 buyers) and threw away the other countries' rows afterwards: 20-50 ms per
-- search where the matching rows were 40. A GIN index over (country, search_text) answers both
-- conditions inside the index (btree_gin supplies GIN support for the plain country column), so
-- the heap is only read for rows that match both: the same searches take about 1 ms.
--
-- A multicolumn GIN index serves a condition on any of its columns equally well, so it also
-- takes over searches without a country, and the keyword-only index goes: each import row still
-- maintains one trigram index, not two.
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX buyers_country_search_trgm_idx ON buyers USING gin (country, search_text gin_trgm_ops);
DROP INDEX buyers_search_trgm_idx;
