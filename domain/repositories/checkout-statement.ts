// The checkout as ONE statement, with no interactive transaction: the stock reserved, the orders, items,
// notifications and first history rows written, the cart lines cleared, and what the order view needs of
// the producer, buyer and display point read back, all in one data-modifying CTE that stands or falls as a
// whole. Why: on PGlite a transaction holds the only session while each of its statements makes a round trip
// to the application's thread, time in which no other conversation is served; on PostgreSQL the product
// rows stayed locked across those round trips (auto_explain: another buyer's reserve waited 15–28 ms).
//
// The lines carry the price, name and unit the buyer was shown; a product is only reserved while it still
// has them (and the units, and is on sale). When any line is not reserved the statement raises an error of
// its own making, which undoes every reservation it made, and the caller falls back to the transaction that
// finds out why (order-write.repository.ts): sold out, or changed since the summary.
import { Prisma, type Language } from '../../prisma/generated/client.ts';
import type { DirectSql } from '../db/direct-sql.ts';
import { jsonColumn } from '../db/direct-sql.ts';
import type { OrderRow } from './order-row.ts';

/** a cart line as the buyer saw it at the summary: what is reserved only while the product still matches it */
export interface SnapshotLine {
  productId: string;
  quantity: number;
  priceIdr: number;
  name: string;
  unit: string;
}

/** the text of the statement's own error when a line could not be reserved (a cast of it to int fails) */
const INCOMPLETE = 'etalase: checkout lines not reserved';

/** what the order view needs of an order's producer, buyer and attributed point */
interface PartyRow {
  id: string;
  producerUserId: string;
  businessName: string;
  phone: string | null;
  village: string;
  district: string;
  bankName: string | null;
  bankAccount: string | null;
  bankHolder: string | null;
  qrisMediaId: string | null;
  allowsCashOnPickup: boolean;
  regionName: string;
  producerLanguage: Language;
  buyerName: string;
  buyerLanguage: Language;
  pointCode: string | null;
  pointName: string | null;
}

interface StatementRow {
  existing: unknown;
  placed: unknown;
  guard: number;
}

/**
 * The statement: `existing` (a repeated checkout key: its orders, nothing else done), `lines`, `reserved`,
 * then the write CTEs (`writes`, which read `existing` to do nothing on a repetition), then one row with the
 * existing order ids, the placed orders' parties, and the guard that fails the statement on a short line.
 */
export function checkoutStatement(buyerId: string, checkoutKey: string, lines: SnapshotLine[], writes: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH existing AS (SELECT id, "createdAt" FROM "Order" WHERE "buyerId" = ${buyerId} AND "checkoutKey" = ${checkoutKey}),
    lines AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) AS l("productId" text, quantity int, "priceIdr" int, name text, unit text)),
    reserved AS (
      UPDATE "Product" p SET stock = p.stock - l.quantity FROM lines l
      WHERE NOT EXISTS (SELECT 1 FROM existing) AND p.id = l."productId" AND p.stock >= l.quantity AND p.status = 'APPROVED' AND p.paused = false
        AND p."priceIdr" = l."priceIdr" AND p."nameId" = l.name AND p.unit = l.unit
      RETURNING p.id),
    ${writes}
    SELECT
      (SELECT json_agg(e.id ORDER BY e."createdAt", e.id) FROM existing e) AS existing,
      (SELECT json_agg(json_build_object('id', o.id, 'producerUserId', pr."userId", 'businessName', pr."businessName", 'phone', pr.phone,
          'village', pr.village, 'district', pr.district, 'bankName', pr."bankName", 'bankAccount', pr."bankAccount", 'bankHolder', pr."bankHolder",
          'qrisMediaId', pr."qrisMediaId", 'allowsCashOnPickup', pr."allowsCashOnPickup", 'regionName', rg.name, 'producerLanguage', pu.language,
          'buyerName', b."displayName", 'buyerLanguage', b.language, 'pointCode', ap.code, 'pointName', ap.name))
        FROM o JOIN "Producer" pr ON pr.id = o."producerId" JOIN "Region" rg ON rg.code = pr."regionCode" JOIN "User" pu ON pu.id = pr."userId"
          JOIN "User" b ON b.id = o."buyerId" LEFT JOIN "DisplayPoint" ap ON ap.id = o."attributedPointId") AS placed,
      (CASE WHEN EXISTS (SELECT 1 FROM existing) OR (SELECT count(*) FROM reserved) = ${lines.length}::int THEN '0' ELSE ${INCOMPLETE} END)::int AS guard`;
}

/** the order exactly as written (every column the statement set or left to its default) */
export type WrittenOrder = Omit<OrderRow, 'producer' | 'buyer' | 'attributedPoint'>;

export type StatementOutcome = { kind: 'placed'; rows: OrderRow[] } | { kind: 'existing'; ids: string[] } | { kind: 'incomplete' };

/** Runs the statement; the placed orders come back as the order read (findByIds) would return them. */
export async function runCheckoutStatement(sql: DirectSql, statement: Prisma.Sql, written: WrittenOrder[]): Promise<StatementOutcome> {
  let row: StatementRow;
  try {
    [row] = (await sql.rows<StatementRow>(statement.text, statement.values)) as [StatementRow];
  } catch (error) {
    if (isIncomplete(error)) return { kind: 'incomplete' };
    throw error;
  }
  const existing = jsonColumn(row.existing) as string[] | null;
  if (existing?.length) return { kind: 'existing', ids: existing };
  const parties = new Map(((jsonColumn(row.placed) ?? []) as PartyRow[]).map((p) => [p.id, p]));
  return { kind: 'placed', rows: written.map((o) => withParties(o, parties.get(o.id)!)) };
}

function withParties(o: WrittenOrder, p: PartyRow): OrderRow {
  return {
    ...o,
    producer: {
      id: o.producerId,
      userId: p.producerUserId,
      businessName: p.businessName,
      phone: p.phone,
      village: p.village,
      district: p.district,
      bankName: p.bankName,
      bankAccount: p.bankAccount,
      bankHolder: p.bankHolder,
      qrisMediaId: p.qrisMediaId,
      allowsCashOnPickup: p.allowsCashOnPickup,
      region: { name: p.regionName },
      user: { language: p.producerLanguage },
    },
    buyer: { id: o.buyerId, displayName: p.buyerName, language: p.buyerLanguage },
    attributedPoint: p.pointCode === null ? null : { code: p.pointCode, name: p.pointName! },
  } as OrderRow;
}

/** the driver's cause of an error from the direct path or from the client (P2010) */
function causeOf(error: unknown): { originalMessage?: unknown; message?: unknown } | undefined {
  const e = error as { name?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } } | undefined;
  if (e?.name === 'DriverAdapterError') return e.cause as ReturnType<typeof causeOf>;
  return e?.meta?.driverAdapterError?.cause as ReturnType<typeof causeOf>;
}

/** the statement's own error: a line was not reserved */
function isIncomplete(error: unknown): boolean {
  const cause = causeOf(error);
  const texts = [cause?.originalMessage, cause?.message, (error as Error | undefined)?.message];
  return texts.some((t) => typeof t === 'string' && t.includes(INCOMPLETE));
}

/** a duplicate key (an order number drawn twice, or the same checkout key placed at the same moment) */
export function isDirectUniqueViolation(error: unknown): boolean {
  const cause = causeOf(error) as { kind?: unknown; originalCode?: unknown } | undefined;
  return cause?.kind === 'UniqueConstraintViolation' || cause?.originalCode === '23505';
}
