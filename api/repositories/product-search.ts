// Ranked text search over the public catalogue, built to stay fast as the catalogue grows (bench/,
// scenario "catalogue"). pg_trgm's word similarity (`<%`) costs tens of microseconds per row on a product's
// long search text, and a common word ("kopi", "flores") matches a tenth of the catalogue or more, so
// ranking every match by it took seconds at 100,000 products. Instead:
// - a query word that occurs in some public product's search text is matched as a substring (LIKE, served
//   by the same trigram GIN index, a cheap recheck) and scored by whether it is a whole word or the start of
//   one, plus half a point when the product's own name has it ("kopi" puts coffees before a palm syrup whose
//   description mentions coffee; "coffe" still finds "coffee");
// - a word that occurs nowhere is a typo: it is matched by word similarity, but only on the first
//   FUZZY_EXAMINED products that share its first or last three letters (fetched first, by themselves), so
//   a typo costs a bounded amount of work, at the price of ranking only those;
// - only the first RANKED_CANDIDATES products matching the words (in table order, so the oldest listings)
//   are ranked: "kopi" matches 11,500 of 100,000 generated products and scoring them all took 200 ms; a
//   buyer who wants a particular one among so many narrows the query ("kopi bajawa"), which ranks them all;
// - products matching every word come first (a page is filled from them before any product matching only
//   some), and no join is made unless the filter needs one.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';
import { queryWords } from '../search/normalize.ts';
import type { ProductFilter } from './product-query.repository.ts';

const FUZZY_CANDIDATES = 200;
/** matches ranked per query (plus the page's offset): a common word must not mean scoring a tenth of the catalogue */
const RANKED_CANDIDATES = 1_000;
/** at most this many products get the costly similarity check per typo: those sharing its first or last three letters */
const FUZZY_EXAMINED = 600;

interface Term {
  match: Prisma.Sql;
  score: Prisma.Sql;
}

function publicConditions(filter: ProductFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [Prisma.sql`p.status = 'APPROVED'`, Prisma.sql`p.paused = false`];
  if (filter.categoryId) conditions.push(Prisma.sql`p."categoryId" = ${filter.categoryId}`);
  if (filter.regionCode) conditions.push(Prisma.sql`p."producerId" IN (SELECT pr.id FROM "Producer" pr WHERE pr."regionCode" = ${filter.regionCode})`);
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

// searchText is normalised (lowercase, single spaces); names are lowercased with apostrophes dropped, as in
// the search text's variants, so "sei" meets "Se'i"
const text = Prisma.sql`(' ' || p."searchText" || ' ')`;
const name = Prisma.sql`(' ' || translate(lower(p."nameId" || ' ' || coalesce(p."nameEn", '')), '''’ʼ\`', '') || ' ')`;

function exactTerm(word: string): Term {
  return {
    match: Prisma.sql`p."searchText" LIKE ${`%${word}%`}`,
    score: Prisma.sql`(CASE WHEN ${text} LIKE ${`% ${word} %`} THEN 1 WHEN ${text} LIKE ${`% ${word}%`} THEN 0.8 ELSE 0.5 END
      + CASE WHEN ${name} LIKE ${`% ${word} %`} THEN 0.5 WHEN ${name} LIKE ${`% ${word}%`} THEN 0.4 ELSE 0 END)`,
  };
}

/** `ids`: the first FUZZY_CANDIDATES public products the trigram index offers for the word (fetched once). */
function fuzzyTerm(word: string, ids: string[]): Term {
  const list = ids.length ? Prisma.sql`p.id IN (${Prisma.join(ids)})` : Prisma.sql`false`;
  return {
    match: list,
    score: ids.length ? Prisma.sql`(CASE WHEN ${list} THEN word_similarity(${word}, p."searchText") ELSE 0 END)` : Prisma.sql`0`,
  };
}

/** Ranked ids of public products for a text query, `take` from `offset` (see the comment at the top). */
export async function searchPublicIds(prisma: PrismaClient, query: string, filter: ProductFilter, take: number, offset: number): Promise<string[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  return rankedIds(prisma, words, filter, take, offset);
}

async function rankedIds(prisma: PrismaClient, words: string[], filter: ProductFilter, take: number, offset: number): Promise<string[]> {
  const where = publicConditions(filter);
  const occurs = async (word: string) =>
    (await prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one FROM "Product" p WHERE ${Prisma.join(where, ' AND ')} AND p."searchText" LIKE ${`%${word}%`} LIMIT 1`).length > 0;
  // a typo's candidates are fetched on their own: as a subquery the planner may run them again for every row
  const fuzzyIds = async (word: string) =>
    (
      await prisma.$queryRaw<{ id: string }[]>`
        SELECT c.id FROM (
          SELECT p.id, p."searchText" FROM "Product" p
          WHERE ${Prisma.join(where, ' AND ')} AND (p."searchText" LIKE ${`%${word.slice(0, 3)}%`} OR p."searchText" LIKE ${`%${word.slice(-3)}%`})
          LIMIT ${FUZZY_EXAMINED}
        ) c WHERE ${word} <% c."searchText" LIMIT ${FUZZY_CANDIDATES}`
    ).map((r) => r.id);
  const terms: Term[] = [];
  for (const word of words) terms.push((await occurs(word)) ? exactTerm(word) : fuzzyTerm(word, await fuzzyIds(word)));

  const score = Prisma.join(
    terms.map((t) => t.score),
    ' + ',
  );
  // only the first RANKED_CANDIDATES matches (beyond the requested offset) are ranked: see the top
  const ids = async (condition: Prisma.Sql, limit: number, skip: number): Promise<string[]> =>
    (
      await prisma.$queryRaw<{ id: string }[]>`
        SELECT p.id FROM (
          SELECT p.id, p."searchText", p."nameId", p."nameEn" FROM "Product" p WHERE ${Prisma.join([...where, condition], ' AND ')}
          LIMIT ${RANKED_CANDIDATES + skip}
        ) p
        ORDER BY (${score}) DESC, p.id LIMIT ${limit} OFFSET ${skip}`
    ).map((r) => r.id);

  const every = Prisma.sql`(${Prisma.join(
    terms.map((t) => t.match),
    ' AND ',
  )})`;
  const first = await ids(every, take, offset);
  if (first.length === take || terms.length === 1) return first;
  // every-word matches are used up: the page continues with products matching only some of the words
  let everyCount = offset + first.length;
  if (first.length === 0 && offset > 0) {
    const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Product" p WHERE ${Prisma.join([...where, every], ' AND ')}`;
    everyCount = row?.n ?? 0;
  }
  const some = Prisma.sql`(${Prisma.join(
    terms.map((t) => t.match),
    ' OR ',
  )}) AND NOT ${every}`;
  return [...first, ...(await ids(some, take - first.length, Math.max(0, offset - everyCount)))];
}
