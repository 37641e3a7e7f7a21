// Database objects Prisma's schema cannot describe: the trigger that keeps Product.searchWords, nameWords
// and the SearchWord vocabulary in step with Product.searchText and the names, whoever writes it (the services, the seed, test
// fixtures, the benchmark's bulk insert, a restore). Applied after the migrations by applyMigrations, one
// statement at a time: the PostgreSQL adapter runs a migration file split at every ';', which would cut a
// function body apart. Every statement is idempotent, so applying them at each start is safe.
//
// Why words at all: a trigram index answers "which products contain 'kopi'" by intersecting long lists of
// three-letter fragments, slow for common ones (hundreds of ms at 100,000 products in PGlite); a word's own
// GIN entry lists its products directly, and typos are corrected against the vocabulary of a few thousand
// words instead of the catalogue (domain/repositories/product-search.ts; bench/, scenario "catalogue").
//
// Product.searchWords also holds the producer's regency as a term ("region:53.09", from etalase_search_words,
// defined by the migration search_region_term), so a search naming a place is one GIN lookup. The term can
// never be a buyer's word: normalised text has no ':' or '.', and the term stays out of the vocabulary.

export const searchWordStatements: string[] = [
  // a name's words: lowercase, apostrophes dropped ("Se'i" → sei, as in searchText), other punctuation a space
  `CREATE OR REPLACE FUNCTION etalase_name_words(name_id text, name_en text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
   SELECT ARRAY(SELECT DISTINCT w FROM unnest(string_to_array(translate(lower(name_id || ' ' || coalesce(name_en, '')), '-.,()/&+:!?"''’ʼ\`', '          '), ' ')) AS w WHERE w <> '')
   $$`,
  `CREATE OR REPLACE FUNCTION etalase_product_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'INSERT' OR NEW."searchText" IS DISTINCT FROM OLD."searchText" OR NEW."producerId" IS DISTINCT FROM OLD."producerId" THEN
       NEW."searchWords" := etalase_search_words(NEW."searchText", (SELECT pr."regionCode" FROM "Producer" pr WHERE pr.id = NEW."producerId"));
     END IF;
     IF TG_OP = 'INSERT' OR NEW."nameId" IS DISTINCT FROM OLD."nameId" OR NEW."nameEn" IS DISTINCT FROM OLD."nameEn" THEN
       NEW."nameWords" := etalase_name_words(NEW."nameId", NEW."nameEn");
     END IF;
     RETURN NEW;
   END
   $$`,
  `CREATE OR REPLACE TRIGGER product_search_words BEFORE INSERT OR UPDATE OF "searchText", "nameId", "nameEn", "producerId" ON "Product"
   FOR EACH ROW EXECUTE FUNCTION etalase_product_search_words()`,
  `CREATE OR REPLACE FUNCTION etalase_search_vocabulary() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO "SearchWord" (word) SELECT DISTINCT w FROM changed, unnest("searchWords") AS w WHERE w NOT LIKE 'region:%' ON CONFLICT DO NOTHING;
     RETURN NULL;
   END
   $$`,
  // one run per statement, over the rows it changed (a bulk insert of 100,000 products adds its words once)
  `CREATE OR REPLACE TRIGGER product_search_vocabulary_insert AFTER INSERT ON "Product"
   REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION etalase_search_vocabulary()`,
  `CREATE OR REPLACE TRIGGER product_search_vocabulary_update AFTER UPDATE ON "Product"
   REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION etalase_search_vocabulary()`,
  // a producer moved to another regency: its products' place term follows, whatever code wrote the move
  // (the services also rebuild the products' searchText then, which recomputes the same words)
  `CREATE OR REPLACE FUNCTION etalase_producer_region_words() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     UPDATE "Product" SET "searchWords" = etalase_search_words("searchText", NEW."regionCode") WHERE "producerId" = NEW.id;
     RETURN NULL;
   END
   $$`,
  `CREATE OR REPLACE TRIGGER producer_region_words AFTER UPDATE OF "regionCode" ON "Producer"
   FOR EACH ROW WHEN (OLD."regionCode" IS DISTINCT FROM NEW."regionCode") EXECUTE FUNCTION etalase_producer_region_words()`,
  // products written before the trigger existed (the vocabulary trigger above picks their words up)
  `UPDATE "Product" p SET "searchWords" = etalase_search_words(p."searchText", (SELECT pr."regionCode" FROM "Producer" pr WHERE pr.id = p."producerId")),
     "nameWords" = etalase_name_words("nameId", "nameEn")
   WHERE ("searchWords" IS NULL OR cardinality("searchWords") = 0 OR "nameWords" IS NULL OR cardinality("nameWords") = 0) AND "searchText" <> ''`,
];
