// A buyer's cart lines with their product, producer and regency: read by the cart view and by checkout (its
// preview and placing), six times in a benchmark visit. One flat statement on the direct path (direct-sql.ts)
// instead of the Prisma client's nested read: through the client it cost 0.6–1.0 ms of CPU a call on this
// machine (the query interpreter, the nested JSON each row came back as, the conversion of every value), the
// direct statement a fraction of that (BENCHMARKS.md, issue 29). The cart view and checkout share one SQL
// text, so one prepared statement serves both.
import type { PrismaClient } from '../../prisma/generated/client.ts';
import { directSql, jsonColumn } from '../db/direct-sql.ts';

/** One cart line as the cart view and checkout read it (the shape of the client's include it replaced). */
export interface CartLineRow {
  id: string;
  productId: string;
  quantity: number;
  addedAt: Date;
  product: {
    id: string;
    code: string;
    slug: string;
    nameId: string;
    nameEn: string | null;
    unit: string;
    priceIdr: number;
    weightGrams: number;
    stock: number;
    status: string;
    paused: boolean;
    producerId: string;
    producer: {
      id: string;
      userId: string;
      businessName: string;
      regionCode: string;
      allowsCashOnPickup: boolean;
      qrisMediaId: string | null;
      bankAccount: string | null;
      region: { code: string; name: string; shortName: string; island: string };
    };
  };
}

/** the statement's row: every column flat, named after what it fills */
interface FlatLine {
  id: string;
  productId: string;
  quantity: number;
  addedAt: string | Date | number;
  code: string;
  slug: string;
  nameId: string;
  nameEn: string | null;
  unit: string;
  priceIdr: number;
  weightGrams: number;
  stock: number;
  status: string;
  paused: boolean;
  producerId: string;
  producerUserId: string;
  businessName: string;
  regionCode: string;
  allowsCashOnPickup: boolean;
  qrisMediaId: string | null;
  bankAccount: string | null;
  regionName: string;
  regionShortName: string;
  island: string;
}

/** the line's columns after i (a line: id, productId, quantity, addedAt), p, pr and r */
const LINE_COLUMNS = `i.id, i."productId", i.quantity, i."addedAt", p.code, p.slug, p."nameId", p."nameEn", p.unit, p."priceIdr", p."weightGrams", p.stock,
    p.status::text AS status, p.paused, pr.id AS "producerId", pr."userId" AS "producerUserId", pr."businessName", pr."regionCode",
    pr."allowsCashOnPickup", pr."qrisMediaId", pr."bankAccount", r.name AS "regionName", r."shortName" AS "regionShortName", r.island`;

/** a line's product, producer and regency, joined to lines named i */
const LINE_JOINS = `
  JOIN "Product" p ON p.id = i."productId"
  JOIN "Producer" pr ON pr.id = p."producerId"
  JOIN "Region" r ON r.code = pr."regionCode"`;

const SELECT_LINES = `SELECT ${LINE_COLUMNS} FROM "Cart" c JOIN "CartItem" i ON i."cartId" = c.id ${LINE_JOINS}`;

/**
 * The lines named i (a CTE of id, productId, quantity, addedAt) as one JSON array in the cart's order, for a
 * statement that returns the cart as it leaves it (the add: cart.repository.ts); addedAt in milliseconds.
 */
export const linesJson = (from: string) => `(SELECT json_agg(json_build_object(
    'id', i.id, 'productId', i."productId", 'quantity', i.quantity, 'addedAt', (extract(epoch FROM i."addedAt") * 1000)::float8,
    'code', p.code, 'slug', p.slug, 'nameId', p."nameId", 'nameEn', p."nameEn", 'unit', p.unit, 'priceIdr', p."priceIdr",
    'weightGrams', p."weightGrams", 'stock', p.stock, 'status', p.status::text, 'paused', p.paused, 'producerId', pr.id,
    'producerUserId', pr."userId", 'businessName', pr."businessName", 'regionCode', pr."regionCode", 'allowsCashOnPickup', pr."allowsCashOnPickup",
    'qrisMediaId', pr."qrisMediaId", 'bankAccount', pr."bankAccount", 'regionName', r.name, 'regionShortName', r."shortName", 'island', r.island
  ) ORDER BY i."addedAt", i.id) FROM ${from} i ${LINE_JOINS})`;

const LINES_OF_USER = `${SELECT_LINES} WHERE c."userId" = $1 ORDER BY i."addedAt" ASC, i.id ASC`;
const LINE_OF_USER = `${SELECT_LINES} WHERE c."userId" = $1 AND i.id = $2`;

const asDate = (value: string | Date | number): Date => (value instanceof Date ? value : new Date(value));

/** the lines of a linesJson column */
export function linesFromJson(value: unknown): CartLineRow[] {
  return ((jsonColumn(value) ?? []) as FlatLine[]).map(toLine);
}

function toLine(f: FlatLine): CartLineRow {
  return {
    id: f.id,
    productId: f.productId,
    quantity: f.quantity,
    addedAt: asDate(f.addedAt),
    product: {
      id: f.productId,
      code: f.code,
      slug: f.slug,
      nameId: f.nameId,
      nameEn: f.nameEn,
      unit: f.unit,
      priceIdr: f.priceIdr,
      weightGrams: f.weightGrams,
      stock: f.stock,
      status: f.status,
      paused: f.paused,
      producerId: f.producerId,
      producer: {
        id: f.producerId,
        userId: f.producerUserId,
        businessName: f.businessName,
        regionCode: f.regionCode,
        allowsCashOnPickup: f.allowsCashOnPickup,
        qrisMediaId: f.qrisMediaId,
        bankAccount: f.bankAccount,
        region: { code: f.regionCode, name: f.regionName, shortName: f.regionShortName, island: f.island },
      },
    },
  };
}

/** the user's lines, oldest first (the order they were added) */
export async function cartLinesOf(prisma: PrismaClient, userId: string): Promise<CartLineRow[]> {
  return (await directSql(prisma).rows<FlatLine>(LINES_OF_USER, [userId])).map(toLine);
}

/** one line, only when it is in this user's cart */
export async function cartLineOf(prisma: PrismaClient, userId: string, lineId: string): Promise<CartLineRow | null> {
  const [row] = await directSql(prisma).rows<FlatLine>(LINE_OF_USER, [userId, lineId]);
  return row ? toLine(row) : null;
}
