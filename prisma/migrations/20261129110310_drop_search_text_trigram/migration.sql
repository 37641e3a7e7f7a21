-- Search reads Product.searchWords and nameWords now (api/repositories/product-search.ts), so the trigram
-- index over the whole search text only cost writes and space
-- DropIndex
DROP INDEX "Product_searchText_idx";
