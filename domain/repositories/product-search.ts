// Ranked text search over the public catalogue, built to stay fast as the catalogue grows (bench/,
// scenario "catalogue"). Products are found by their words (Product.searchWords, GIN-indexed, kept by a
// trigger from the normalised searchText: prisma/engine/search-words.ts), never by scanning text:
// - each query word is first resolved against the vocabulary of all words (SearchWord, a few thousand rows):
//   the word itself when it is one, plus up to PREFIX_WORDS words it begins ("kop" → kopi); a word that is
//   neither is a typo, corrected to the TYPO_WORDS most similar words (pg_trgm on the vocabulary: "arabka"
//   → arabika; "coffe" begins coffee); a word close to nothing is left out of the search;
// - a product matches a query word when it has one of the word's resolutions; it scores 1 for the word
//   itself, 0.8 for a completion or a correction, plus half a point when the product's own name or its
//   category's name has it (a strong match: "kopi" puts coffees before a palm syrup whose description
//   mentions coffee);
// - weak tails are cut: when some public product matches a query word strongly, products matching no word
//   strongly (only through a description, a producer's or a region's name) are left out ("tenun sumb" no
//   longer lists the canarium nuts of a producer called "Tenun dan Kenari ..."); a query naming only a place
//   ("ruteng") still finds that place's products;
// - products matching every word come first (a page is filled from them before any product matching only
//   some); the candidates ranked are the first RANKED_CANDIDATES whose names have every word (Product.
//   nameWords, also GIN-indexed) together with the first RANKED_CANDIDATES of any matches (plus the page's
//   offset), so a common word ("kopi": 11,500 of 100,000 generated products) costs a bounded amount of
//   work and products named by the query are not crowded out by ones that merely mention it; a buyer who
//   wants a particular one among thousands narrows the query ("kopi bajawa");
// - the caller passes the product words only: question words and the regency named were read before
//   (domain/understanding/search-query.ts, through the catalogue service), the regency as a filter.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';
import { normalizeText, queryWords } from '../search/normalize.ts';
import { sqlRows } from '../db/direct-sql.ts';
import type { ProductFilter } from './product-filter.ts';

/** matches ranked per query (plus the page's offset) */
const RANKED_CANDIDATES = 100;
const PREFIX_WORDS = 20;
const TYPO_WORDS = 5;

/** One query word and the vocabulary words standing for it. */
interface Term {
  word: string;
  /** the word itself, when it is in the vocabulary */
  exact: boolean;
  /** every word a product may have to match this term (the word itself included when exact) */
  words: string[];
  /** categories whose names have one of the words */
  categoryIds: string[];
}

export interface SearchResult {
  ids: string[];
  /** how many products match in all, counted up to a cap (asked for with `countUpTo`) */
  total?: { count: number; capped: boolean };
}

/** A regency's term among a product's words (see prisma/engine/search-words.ts). */
export const regionTerm = (code: string): string => `region:${code}`;

function publicConditions(filter: ProductFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [Prisma.sql`p.status = 'APPROVED'`, Prisma.sql`p.paused = false`];
  if (filter.categoryId) conditions.push(Prisma.sql`p."categoryId" = ${filter.categoryId}`);
  // the place as a term of the product's words ("region:53.09", kept by the database: prisma/engine/search-
  // words.ts), so the words' GIN index answers words and place together: as a filter on producerId the
  // planner, misjudging how often correlated words meet, read every product with the words before checking
  // the place ("gula lontar rote": 2,334 products read for ~100, 20-25 ms at 100,000 products)
  if (filter.regionCode) conditions.push(Prisma.sql`p."searchWords" @> ARRAY[${regionTerm(filter.regionCode)}]::text[]`);
  if (filter.regionCodes?.length) conditions.push(Prisma.sql`p."searchWords" && ARRAY[${Prisma.join(filter.regionCodes.map(regionTerm))}]::text[]`);
  if (filter.producerId) conditions.push(Prisma.sql`p."producerId" = ${filter.producerId}`);
  if (filter.ids) conditions.push(filter.ids.length ? Prisma.sql`p.id IN (${Prisma.join(filter.ids)})` : Prisma.sql`false`);
  if (filter.permit) {
    const types = filter.permit === 'HALAL' ? ['HALAL_SELF_DECLARE', 'HALAL_REGULAR'] : [filter.permit];
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "LicensingCase" lc WHERE lc."productId" = p.id AND lc.verified AND lc.status = 'ISSUED' AND lc.type::text IN (${Prisma.join(types)}))`,
    );
  }
  return conditions;
}

function termScore(t: Term): Prisma.Sql {
  const words = Prisma.sql`ARRAY[${Prisma.join(t.words)}]::text[]`;
  const inText = t.exact ? Prisma.sql`(CASE WHEN p."searchWords" @> ARRAY[${t.word}]::text[] THEN 1 WHEN p."searchWords" && ${words} THEN 0.8 ELSE 0 END)` : Prisma.sql`(CASE WHEN p."searchWords" && ${words} THEN 0.8 ELSE 0 END)`;
  return Prisma.sql`(${inText} + CASE WHEN ${strongMatch(t)} THEN 0.5 ELSE 0 END)`;
}

/** the product's name or its category's name has the term */
function strongMatch(t: Term): Prisma.Sql {
  const named = Prisma.sql`p."nameWords" && ARRAY[${Prisma.join(t.words)}]::text[]`;
  return t.categoryIds.length ? Prisma.sql`(${named} OR p."categoryId" IN (${Prisma.join(t.categoryIds)}))` : Prisma.sql`(${named})`;
}

const termMatch = (t: Term) => Prisma.sql`p."searchWords" && ARRAY[${Prisma.join(t.words)}]::text[]`;

/** Resolves every query word against the vocabulary in one statement (see the comment at the top). */
async function resolveTerms(prisma: PrismaClient, words: string[]): Promise<Term[]> {
  // the (costlier) similarity search only for words that are no word and begin none
  const rows = await sqlRows<{ query: string; word: string; kind: number }>(prisma, Prisma.sql`
    WITH q AS (SELECT unnest(${words}::text[]) AS word),
    known AS (
      SELECT q.word AS query, v.word, v.kind FROM q CROSS JOIN LATERAL (
        (SELECT s.word, 0 AS kind FROM "SearchWord" s WHERE s.word = q.word)
        UNION ALL
        (SELECT s.word, 1 AS kind FROM "SearchWord" s WHERE s.word LIKE q.word || '%' AND s.word <> q.word ORDER BY length(s.word), s.word LIMIT ${PREFIX_WORDS})
      ) v
    )
    SELECT query, word, kind FROM known
    UNION ALL
    SELECT q.word, t.word, 2 FROM q CROSS JOIN LATERAL (
      SELECT s.word FROM "SearchWord" s WHERE s.word % q.word ORDER BY similarity(s.word, q.word) DESC, s.word LIMIT ${TYPO_WORDS}
    ) t WHERE NOT EXISTS (SELECT 1 FROM known k WHERE k.query = q.word)
    UNION ALL
    SELECT c.id, c."nameId" || ' ' || c."nameEn", 3 FROM "Category" c`);
  // the categories' names, normalised like the words (a dozen rows, read with the vocabulary in one trip)
  const categories = rows.filter((r) => r.kind === 3).map((r) => ({ id: r.query, words: new Set(normalizeText(r.word).split(' ')) }));
  const terms: Term[] = [];
  for (const word of words) {
    const mine = rows.filter((r) => r.query === word && r.kind !== 3);
    const exact = mine.some((r) => r.kind === 0);
    const completions = mine.filter((r) => r.kind === 1).map((r) => r.word);
    // a correction only for a word that is no word and begins none
    const chosen = exact || completions.length > 0 ? [...(exact ? [word] : []), ...completions] : mine.filter((r) => r.kind === 2).map((r) => r.word);
    const words = [...new Set(chosen)];
    if (words.length > 0) terms.push({ word, exact, words, categoryIds: categories.filter((c) => words.some((w) => c.words.has(w))).map((c) => c.id) });
  }
  return terms;
}

/** Ranked ids of public products for a text query, `take` from `offset` (see the comment at the top). */
export async function searchPublic(prisma: PrismaClient, query: string, filter: ProductFilter, take: number, offset: number, countUpTo?: number): Promise<SearchResult> {
  const nothing: SearchResult = { ids: [], ...(countUpTo ? { total: { count: 0, capped: false } } : {}) };
  const words = queryWords(query);
  if (words.length === 0) return nothing;
  const terms = await resolveTerms(prisma, words);
  if (terms.length === 0) return nothing;
  const where = publicConditions(filter);
  const every = Prisma.sql`(${Prisma.join(terms.map(termMatch), ' AND ')})`;
  const namedByAll = Prisma.sql`(${Prisma.join(
    terms.map((t) => Prisma.sql`p."nameWords" && ARRAY[${Prisma.join(t.words)}]::text[]`),
    ' AND ',
  )})`;
  const anyWord = Prisma.sql`p."searchWords" && ARRAY[${Prisma.join([...new Set(terms.flatMap((t) => t.words))])}]::text[]`;
  const several = terms.length >= 2;
  // The weak tail is cut when anything public matches strongly (an indexed look at names, then categories:
  // `f` below). Everything else comes in the same statement, one round trip instead of two to four (the
  // application thread pays ~0.1-0.3 ms a statement, a chat turn counts them): the count when asked, the
  // every-word page, and the page's continuation with products matching only some words. An uncorrelated
  // sub-select is run when first needed, so a CASE runs only the branch it picks.
  const strongAny = Prisma.sql`(${Prisma.join(terms.map(strongMatch), ' OR ')})`;
  const found = Prisma.sql`(SELECT found FROM f)`;
  const strongly = [...where, strongAny];
  const countOf = (conditions: Prisma.Sql[]) =>
    countUpTo ? Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM "Product" p WHERE ${Prisma.join([...conditions, anyWord], ' AND ')} LIMIT ${countUpTo + 1}) m)` : Prisma.sql`NULL::int`;
  const score = Prisma.join(terms.map(termScore), ' + ');
  // candidates: those whose names have every word (never to be missed), then the rest, each kind bounded
  const ranked = (conditions: Prisma.Sql[], limit: number, skip: number) => Prisma.sql`ARRAY(
    SELECT c.id FROM (
      (SELECT p.id, ${score} AS score FROM "Product" p WHERE ${Prisma.join([...conditions, namedByAll], ' AND ')} LIMIT ${RANKED_CANDIDATES + skip})
      UNION
      (SELECT p.id, ${score} AS score FROM "Product" p WHERE ${Prisma.join(conditions, ' AND ')} LIMIT ${RANKED_CANDIDATES + skip})
    ) c
    ORDER BY c.score DESC, c.id LIMIT ${limit} OFFSET ${skip})`;
  // a product matching one word of three ("gula" of "gula lontar rote") matches the query badly: of three or
  // more words, the rest of the page takes only products with at least half of them
  const half = Math.ceil(terms.length / 2);
  const matched = Prisma.join(terms.map((t) => Prisma.sql`(CASE WHEN ${termMatch(t)} THEN 1 ELSE 0 END)`), ' + ');
  const some = terms.length >= 3 ? Prisma.sql`${anyWord} AND NOT ${every} AND (${matched}) >= ${half}` : Prisma.sql`${anyWord} AND NOT ${every}`;
  // the continuation starts at its own beginning unless the every-word matches ended before this page did
  // (then, below, their count decides where: a later page, rare)
  const restFrom0 = offset === 0 ? Prisma.sql`cardinality(first.ids) < ${take}` : Prisma.sql`cardinality(first.ids) BETWEEN 1 AND ${take - 1}`;
  const rest = several ? Prisma.sql`CASE WHEN f.found AND ${restFrom0} THEN array_to_json(${ranked([...strongly, some], take, 0)})::text END` : Prisma.sql`NULL::text`;
  // each branch with the very conditions the statements had when sent apart, so each is planned as before
  // (which candidates a bounded branch reads first depends on its plan): one word with no strong match finds
  // nothing (a word seen only in descriptions, "izin" of "blm ada izin", is no match); several words all
  // found there (a producer's name) still are, with no partial tail
  const firstIds = Prisma.sql`CASE WHEN ${found} THEN ${ranked([...strongly, every], take, offset)} ELSE ${several ? ranked([...where, every], take, offset) : Prisma.sql`ARRAY[]::text[]`} END`;
  const [row] = await sqlRows<{ found: boolean; n: number | null; first: string; rest: string | null }>(prisma, Prisma.sql`
    WITH f AS MATERIALIZED (SELECT EXISTS (SELECT 1 FROM "Product" p WHERE ${Prisma.join(strongly, ' AND ')}) AS found),
    first AS MATERIALIZED (SELECT ${firstIds} AS ids)
    SELECT f.found, CASE WHEN f.found THEN ${countOf(strongly)} ELSE ${countOf(where)} END AS n,
      array_to_json(first.ids)::text AS first, ${rest} AS rest
    FROM f, first`);
  if (!row || (!row.found && !several)) return nothing;
  const counted = row.n ?? 0;
  const total: SearchResult['total'] = countUpTo ? { count: Math.min(counted, countUpTo), capped: counted > countUpTo } : undefined;
  const withTotal = (found: string[]): SearchResult => ({ ids: found, ...(total ? { total } : {}) });
  const first = JSON.parse(row.first) as string[];
  if (first.length === take || !several || !row.found) return withTotal(first);
  // every-word matches are used up: the page continues with products matching only some of the words
  if (row.rest !== null) return withTotal([...first, ...(JSON.parse(row.rest) as string[])].slice(0, take));
  // a later page past the every-word matches: where the continuation starts depends on how many there were
  const [count] = await sqlRows<{ n: number }>(prisma, Prisma.sql`SELECT count(*)::int AS n FROM "Product" p WHERE ${Prisma.join([...strongly, every], ' AND ')}`);
  const skip = Math.max(0, offset - (count?.n ?? 0));
  const [more] = await sqlRows<{ ids: string }>(prisma, Prisma.sql`SELECT array_to_json(${ranked([...strongly, some], take, skip)})::text AS ids`);
  return withTotal(more ? (JSON.parse(more.ids) as string[]) : []);
}
