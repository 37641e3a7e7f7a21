// Product cards (the public shape of a product: the API, the chat's lists and cards, the storefront, labels)
// read in one flat statement on the direct path (direct-sql.ts). Through the Prisma client a card read was a
// nested query (producer, regency, category, photos with their media, licences) whose result came back as
// JSON per relation for the client to rebuild, 0.9–1.2 ms of CPU a call on this machine; a buyer's visit
// reads cards four times (BENCHMARKS.md, issue 29). Photos and badges come as small JSON arrays.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';
import { directSql, jsonColumn } from '../db/direct-sql.ts';
import type { ProductFilter } from './product-filter.ts';

/** What a card is made of (domain/services/product-view.ts turns it into the public ProductView). */
export interface ProductCardRow {
  id: string;
  code: string;
  slug: string;
  nameId: string;
  nameEn: string | null;
  descriptionId: string;
  descriptionEn: string | null;
  priceIdr: number;
  unit: string;
  weightGrams: number;
  stock: number;
  status: string;
  paused: boolean;
  ratingSum: number;
  ratingCount: number;
  category: { id: string; nameId: string; nameEn: string };
  producer: {
    id: string;
    businessName: string;
    village: string;
    district: string;
    story: string | null;
    storyEn: string | null;
    region: { code: string; name: string; shortName: string; island: string };
  };
  /** in their order on the card */
  photos: { mediaId: string; media: { path: string; thumbPath: string | null; width: number | null; height: number | null; hash: string | null } }[];
  /** verified, issued licences only */
  licensingCases: { type: string; certificateNumber: string | null; expiresAt: Date | null }[];
}

interface FlatCard {
  id: string;
  code: string;
  slug: string;
  nameId: string;
  nameEn: string | null;
  descriptionId: string;
  descriptionEn: string | null;
  priceIdr: number;
  unit: string;
  weightGrams: number;
  stock: number;
  status: string;
  paused: boolean;
  ratingSum: number;
  ratingCount: number;
  categoryId: string;
  categoryNameId: string;
  categoryNameEn: string;
  producerId: string;
  businessName: string;
  village: string;
  district: string;
  story: string | null;
  storyEn: string | null;
  regionCode: string;
  regionName: string;
  regionShortName: string;
  island: string;
  /** [mediaId, path, thumbPath, width, height, hash][] as JSON, or null without photos */
  photos: unknown;
  /** [type, certificateNumber, expiresAt in ms][] as JSON, or null without verified licences */
  licences: unknown;
}

const CARD_COLUMNS = `
  p.id, p.code, p.slug, p."nameId", p."nameEn", p."descriptionId", p."descriptionEn", p."priceIdr", p.unit, p."weightGrams", p.stock,
    p.status::text AS status, p.paused, p."ratingSum", p."ratingCount",
    c.id AS "categoryId", c."nameId" AS "categoryNameId", c."nameEn" AS "categoryNameEn",
    pr.id AS "producerId", pr."businessName", pr.village, pr.district, pr.story, pr."storyEn",
    r.code AS "regionCode", r.name AS "regionName", r."shortName" AS "regionShortName", r.island,
    (SELECT json_agg(json_build_array(ph."mediaId", m.path, m."thumbPath", m.width, m.height, m.hash) ORDER BY ph.position)
      FROM "ProductPhoto" ph JOIN "Media" m ON m.id = ph."mediaId" WHERE ph."productId" = p.id) AS photos,
    (SELECT json_agg(json_build_array(l.type::text, l."certificateNumber", (extract(epoch FROM l."expiresAt") * 1000)::float8))
      FROM "LicensingCase" l WHERE l."productId" = p.id AND l.verified = true AND l.status = 'ISSUED') AS licences`;

const CARD_FROM = `
  FROM "Product" p
  JOIN "Producer" pr ON pr.id = p."producerId"
  JOIN "Region" r ON r.code = pr."regionCode"
  JOIN "Category" c ON c.id = p."categoryId"`;

const SELECT_CARDS = `SELECT ${CARD_COLUMNS} ${CARD_FROM}`;

/** a card with how many of it are in this user's cart ($2): what "add to cart" asks first */
const CARD_IN_CART = `SELECT ${CARD_COLUMNS},
    COALESCE((SELECT i.quantity FROM "CartItem" i JOIN "Cart" c ON c.id = i."cartId" WHERE c."userId" = $2 AND i."productId" = p.id), 0)::int AS "inCart"
  ${CARD_FROM} WHERE p.id = $1`;

/**
 * The ids' cards, with as many rows at most as ids given written into the text (`LIMIT n`, which changes no
 * result: ids are unique). Why: with the array a parameter, PostgreSQL's generic plan of the prepared
 * statement is costed for an array of unknown length, dearer than a plan made for the actual ids, so the
 * statement was planned again on every call (a custom plan: ~0.5 ms of the server's CPU each time, 3× its
 * execution); with the row count in the text the generic plan wins and is reused (BENCHMARKS.md, issue 29).
 */
const cardsByIdsSql = (count: number) => `${SELECT_CARDS} WHERE p.id = ANY($1::text[]) LIMIT ${count}`;
const CARD_BY = { id: `${SELECT_CARDS} WHERE p.id = $1`, code: `${SELECT_CARDS} WHERE p.code = $1`, slug: `${SELECT_CARDS} WHERE p.slug = $1` } as const;

function toCard(f: FlatCard): ProductCardRow {
  const photos = (jsonColumn(f.photos) ?? []) as [string, string, string | null, number | null, number | null, string | null][];
  const licences = (jsonColumn(f.licences) ?? []) as [string, string | null, number | null][];
  return {
    id: f.id,
    code: f.code,
    slug: f.slug,
    nameId: f.nameId,
    nameEn: f.nameEn,
    descriptionId: f.descriptionId,
    descriptionEn: f.descriptionEn,
    priceIdr: f.priceIdr,
    unit: f.unit,
    weightGrams: f.weightGrams,
    stock: f.stock,
    status: f.status,
    paused: f.paused,
    ratingSum: f.ratingSum,
    ratingCount: f.ratingCount,
    category: { id: f.categoryId, nameId: f.categoryNameId, nameEn: f.categoryNameEn },
    producer: {
      id: f.producerId,
      businessName: f.businessName,
      village: f.village,
      district: f.district,
      story: f.story,
      storyEn: f.storyEn,
      region: { code: f.regionCode, name: f.regionName, shortName: f.regionShortName, island: f.island },
    },
    photos: photos.map(([mediaId, path, thumbPath, width, height, hash]) => ({ mediaId, media: { path, thumbPath, width, height, hash } })),
    licensingCases: licences.map(([type, certificateNumber, expiresAt]) => ({ type, certificateNumber, expiresAt: expiresAt === null ? null : new Date(expiresAt) })),
  };
}

const cardsOf = async (prisma: PrismaClient, text: string, values: readonly unknown[]) => (await directSql(prisma).rows<FlatCard>(text, values)).map(toCard);

/** The cards of these ids, in the order given (unknown ids left out). */
export async function cardsByIds(prisma: PrismaClient, ids: string[]): Promise<ProductCardRow[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await cardsOf(prisma, cardsByIdsSql(ids.length), [ids])).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One card by its id, short code or slug, whatever its status (the caller decides what is public). */
export async function cardBy(prisma: PrismaClient, where: { id: string } | { code: string } | { slug: string }): Promise<ProductCardRow | null> {
  const [key, value] = 'id' in where ? (['id', where.id] as const) : 'code' in where ? (['code', where.code] as const) : (['slug', where.slug] as const);
  const [row] = await cardsOf(prisma, CARD_BY[key], [value]);
  return row ?? null;
}

/** One card by id with the quantity of it already in the user's cart, in one statement. */
export async function cardWithCart(prisma: PrismaClient, id: string, userId: string): Promise<{ card: ProductCardRow; inCart: number } | null> {
  const [row] = await directSql(prisma).rows<FlatCard & { inCart: number }>(CARD_IN_CART, [id, userId]);
  return row ? { card: toCard(row), inCart: row.inCart } : null;
}

const HALAL_TYPES = ['HALAL_SELF_DECLARE', 'HALAL_REGULAR'];

/**
 * Public cards (approved, not paused) narrowed by the filter, newest first, `take` of them after the card
 * `cursorId` (keyset on createdAt and id; an unknown cursor gives none).
 */
export function listPublicCards(prisma: PrismaClient, f: ProductFilter, take: number, cursorId?: string): Promise<ProductCardRow[]> {
  const where: Prisma.Sql[] = [Prisma.sql`p.status = 'APPROVED' AND p.paused = false`];
  if (f.categoryId) where.push(Prisma.sql`p."categoryId" = ${f.categoryId}`);
  if (f.regionCode) where.push(Prisma.sql`pr."regionCode" = ${f.regionCode}`);
  if (f.producerId) where.push(Prisma.sql`p."producerId" = ${f.producerId}`);
  if (f.ids) where.push(Prisma.sql`p.id = ANY(${f.ids}::text[])`);
  if (f.permit) {
    const types = f.permit === 'HALAL' ? HALAL_TYPES : [f.permit];
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "LicensingCase" l WHERE l."productId" = p.id AND l.verified = true AND l.status = 'ISSUED' AND l.type::text = ANY(${types}::text[]))`);
  }
  if (cursorId) where.push(Prisma.sql`(p."createdAt", p.id) < (SELECT k."createdAt", k.id FROM "Product" k WHERE k.id = ${cursorId})`);
  // the count in the text rather than a parameter, where an index decides the plan whatever the values (all,
  // a category, a producer, ids): as a parameter PostgreSQL costs the prepared statement's generic plan for
  // an unknown count and plans it again on every call (see cardsByIdsSql). A region's or a permit's share of
  // the catalogue varies, so those keep their plan made for the values given.
  const literal = Number.isSafeInteger(take) && take >= 0 && !f.regionCode && !f.permit;
  const limit = literal ? Prisma.raw(String(take)) : Prisma.sql`${take}`;
  const statement = Prisma.sql`${Prisma.raw(SELECT_CARDS)} WHERE ${Prisma.join(where, ' AND ')} ORDER BY p."createdAt" DESC, p.id DESC LIMIT ${limit}`;
  return cardsOf(prisma, statement.text, statement.values);
}
