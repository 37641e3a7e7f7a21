-- GIN indexes with fastupdate keep new entries in a pending list that every search reads in full until a
-- vacuum merges it into the index. The embedded database (PGlite) has no autovacuum, so the list only
-- grew: at 10,000 generated products a two-word search read 136 pending pages and took 8.7 ms instead of
-- 4.7 (bench/tools, BENCHMARKS.md). Entries now go straight into the index, and what is pending is merged
ALTER INDEX "Product_searchWords_idx" SET (fastupdate = off);
ALTER INDEX "Product_nameWords_idx" SET (fastupdate = off);
ALTER INDEX "SearchWord_word_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"Product_searchWords_idx"'::regclass), gin_clean_pending_list('"Product_nameWords_idx"'::regclass), gin_clean_pending_list('"SearchWord_word_idx"'::regclass);
