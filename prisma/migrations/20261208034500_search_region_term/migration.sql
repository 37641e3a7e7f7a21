-- The producer's regency as a term of the product's words ("region:53.09"), so a search naming a place is
-- answered by the words' GIN index alone: as a separate filter on producerId the planner, misjudging how
-- often correlated words meet ("gula lontar": 5 rows estimated, 2,334 found), read every product with the
-- words before checking the place ("gula lontar rote" 20-25 ms at 100,000 products, BENCHMARKS.md).
-- A term holds ':' and '.', which normalised text never does, and it is kept out of the SearchWord
-- vocabulary (prisma/engine/search-words.ts), so no word a buyer types can resolve to it.
-- The function is also what the triggers in prisma/engine/search-words.ts use.
CREATE OR REPLACE FUNCTION etalase_search_words(search_text text, region_code text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY(SELECT DISTINCT w FROM unnest(string_to_array(search_text, ' ')) AS w WHERE w <> '')
    || CASE WHEN region_code IS NULL THEN ARRAY[]::text[] ELSE ARRAY['region:' || region_code] END
$$;

-- the products already written, with their producer's regency
UPDATE "Product" p SET "searchWords" = etalase_search_words(p."searchText", pr."regionCode")
FROM "Producer" pr WHERE pr.id = p."producerId";

-- the vocabulary trigger of an existing database (replaced after the migrations) took the terms as words
DELETE FROM "SearchWord" WHERE word LIKE 'region:%';

-- the planner's statistics for the new terms
ANALYZE "Product";
