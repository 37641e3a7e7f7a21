// The writes of the order life cycle: checkout (one statement, checkout-statement.ts, or else one transaction:
// stock reserved by a conditional UPDATE, one order per producer, cart lines cleared, producers alerted), status transitions (a conditional
// updateMany on the status the service saw, history, stock released, the other side told) and ratings.
import { randomUUID } from 'node:crypto';
import { Prisma, type OrderStatus, type PrismaClient } from '../../prisma/generated/client.ts';
import { directSql } from '../db/direct-sql.ts';
import { checkoutStatement, isDirectUniqueViolation, runCheckoutStatement, type SnapshotLine } from './checkout-statement.ts';
import { ordersOf, writeCtes, writtenOrders } from './checkout-writes.ts';
import { enqueueNotifications, type NotificationInput } from './notification.repository.ts';

/** Many buyers may check out at once; each waits its turn on the product rows rather than failing. */
const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export type { CheckoutGroup, CheckoutShared, PlacedOrder, PlaceResult } from './checkout-types.ts';
import { isSnapshot, type CheckoutGroup, type CheckoutShared, type PlacedOrder, type PlaceResult } from './checkout-types.ts';

export interface TransitionWrite {
  orderId: string;
  /** the status the service checked; the update only happens while the order is still in it */
  from: OrderStatus;
  to: OrderStatus;
  actorId: string | null;
  note?: string | null;
  /** when it happened (the service's clock) */
  at?: Date;
  where?: Prisma.OrderWhereInput;
  data?: Prisma.OrderUncheckedUpdateManyInput;
  releaseStock?: { productId: string; quantity: number }[];
  notes: NotificationInput[];
  /** producer ledger lines the step causes (an order paid online completes: its credit), once per order and kind */
  ledger?: LedgerLine[];
}

export interface LedgerLine {
  producerId: string;
  orderId: string;
  kind: 'credit' | 'fee';
  amountIdr: number;
}

class Shortage extends Error {
  constructor(readonly productIds: string[]) {
    super('stock too low');
  }
}

type Tx = Prisma.TransactionClient;

async function existingOrderIds(db: Tx | PrismaClient, buyerId: string, checkoutKey: string): Promise<string[]> {
  const rows = await db.order.findMany({ where: { buyerId, checkoutKey }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  return rows.map((r) => r.id);
}

interface ReserveRow {
  kind: 'existing' | 'reserved';
  id: string;
  createdAt: Date | null;
  nameId: string | null;
  unit: string | null;
  priceIdr: number | null;
}

/**
 * The orders this checkout key already placed, or else every line's units taken (where that many are left
 * and the product is on sale) with its price snapshot: one statement. Lines it could not take are missing.
 */
function reserveAll(tx: Tx, shared: CheckoutShared, lines: { productId: string; quantity: number }[]) {
  return tx.$queryRaw<ReserveRow[]>`
    WITH existing AS (SELECT id, "createdAt" FROM "Order" WHERE "buyerId" = ${shared.buyerId} AND "checkoutKey" = ${shared.checkoutKey}),
    lines AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) AS l("productId" text, quantity int)),
    reserved AS (
      UPDATE "Product" p SET stock = p.stock - l.quantity FROM lines l
      WHERE NOT EXISTS (SELECT 1 FROM existing) AND p.id = l."productId" AND p.stock >= l.quantity AND p.status = 'APPROVED' AND p.paused = false
      RETURNING p.id, p."nameId", p.unit, p."priceIdr")
    SELECT 'existing' AS kind, id, "createdAt", NULL AS "nameId", NULL AS unit, NULL::int AS "priceIdr" FROM existing
    UNION ALL
    SELECT 'reserved', id, NULL, "nameId", unit, "priceIdr" FROM reserved`;
}

/** The placed orders with their items and notifications, and the cart lines cleared: one statement. */
function writeOrders(tx: Tx, shared: CheckoutShared, orders: PlacedOrder[], notes: NotificationInput[], ordered: string[]) {
  return tx.$executeRaw`WITH ${writeCtes(shared, writtenOrders(shared, orders, new Date()), notes, ordered, false)} SELECT count(*) FROM o`;
}

/** a duplicate key from a Prisma call (P2002) or from raw SQL (P2010 carrying the driver's UniqueConstraintViolation) */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002') return true;
  const cause = (error.meta as { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } } | undefined)?.driverAdapterError?.cause;
  return error.code === 'P2010' && (cause?.kind === 'UniqueConstraintViolation' || cause?.originalCode === '23505');
}

export function createOrderWrites(prisma: PrismaClient) {
  const sql = directSql(prisma);

  /**
   * The one-statement checkout (checkout-statement.ts), for lines that carry what the buyer was shown;
   * undefined when a line was not reserved as shown (the transaction below then finds out why).
   */
  async function placeInOneStatement(shared: CheckoutShared, groups: CheckoutGroup[], lines: SnapshotLine[], newNumber: () => string, notesFor: (order: PlacedOrder) => NotificationInput[]): Promise<PlaceResult | undefined> {
    const shown = new Map(lines.map((l) => [l.productId, { nameId: l.name, unit: l.unit, priceIdr: l.priceIdr }]));
    const orders = ordersOf(groups, newNumber, (productId) => shown.get(productId)!);
    const written = writtenOrders(shared, orders, new Date());
    const writes = writeCtes(shared, written, orders.flatMap(notesFor), lines.map((l) => l.productId), true);
    const outcome = await runCheckoutStatement(sql, checkoutStatement(shared.buyerId, shared.checkoutKey, lines, writes), written);
    if (outcome.kind === 'incomplete') return undefined;
    if (outcome.kind === 'existing') return { ok: true, created: false, orderIds: outcome.ids };
    return { ok: true, created: true, orderIds: outcome.rows.map((o) => o.id), orders: outcome.rows };
  }

  /**
   * One transaction of two statements (reserve; write, the history's first rows included) rather than one per row,
   * at the prices the products have now: lines without what the buyer was shown (a caller that has not
   * read them), and the rare checkout whose one statement found a line sold out or changed.
   */
  async function placeOnce(shared: CheckoutShared, groups: CheckoutGroup[], newNumber: () => string, notesFor: (order: PlacedOrder) => NotificationInput[]): Promise<PlaceResult> {
    return prisma.$transaction(async (tx) => {
      const lines = groups.flatMap((g) => g.lines);
      const rows = await reserveAll(tx, shared, lines);
      const existing = rows.filter((r) => r.kind === 'existing').sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime());
      if (existing.length > 0) return { ok: true, created: false, orderIds: existing.map((r) => r.id) };
      const snapshots = new Map(rows.map((r) => [r.id, r]));
      // all or nothing: one missing unit rolls every reservation of this checkout back
      const short = lines.filter((l) => !snapshots.has(l.productId)).map((l) => l.productId);
      if (short.length > 0) throw new Shortage(short);
      const orders = ordersOf(groups, newNumber, (productId) => snapshots.get(productId) as { nameId: string; unit: string; priceIdr: number });
      await writeOrders(tx, shared, orders, orders.flatMap(notesFor), lines.map((l) => l.productId));
      return { ok: true, created: true, orderIds: orders.map((o) => o.id) };
    }, TX_OPTIONS);
  }

  return {
    /**
     * Places one order per group, or none. A second call with the same checkout key returns the orders of the
     * first (a double tap on Confirm); a clash on the order number is retried with fresh numbers.
     */
    async placeOrders(shared: CheckoutShared, groups: CheckoutGroup[], newNumber: () => string, notesFor: (order: PlacedOrder) => NotificationInput[]): Promise<PlaceResult> {
      const lines = groups.flatMap((g) => g.lines);
      const shown = lines.every(isSnapshot) ? lines : undefined;
      for (let attempt = 0; ; attempt++) {
        try {
          const placed = shown ? await placeInOneStatement(shared, groups, shown, newNumber, notesFor) : undefined;
          return placed ?? (await placeOnce(shared, groups, newNumber, notesFor));
        } catch (error) {
          if (error instanceof Shortage) return { ok: false, shortProductIds: error.productIds };
          if (!(isUniqueViolation(error) || isDirectUniqueViolation(error)) || attempt >= 3) throw error;
          const existing = await existingOrderIds(prisma, shared.buyerId, shared.checkoutKey);
          if (existing.length > 0) return { ok: true, created: false, orderIds: existing };
        }
      }
    },

    /** Moves the order on if it is still in `from`; false when another step got there first. */
    transition: (w: TransitionWrite): Promise<boolean> =>
      prisma.$transaction(async (tx) => {
        const { count } = await tx.order.updateMany({ where: { ...w.where, id: w.orderId, status: w.from }, data: { ...w.data, status: w.to } });
        if (count === 0) return false;
        for (const item of w.releaseStock ?? []) {
          await tx.$executeRaw`UPDATE "Product" SET stock = stock + ${item.quantity}::int WHERE id = ${item.productId}`;
        }
        await tx.orderStatusChange.create({ data: { orderId: w.orderId, from: w.from, to: w.to, actorId: w.actorId, note: w.note ?? null, ...(w.at ? { createdAt: w.at } : {}) } });
        await enqueueNotifications(tx, w.notes);
        if (w.ledger?.length) await tx.ledgerEntry.createMany({ data: w.ledger, skipDuplicates: true });
        return true;
      }, TX_OPTIONS),

    /** One rating per product of a completed order; the product's sum and count move with it. */
    rate: (input: { orderId: string; productId: string; buyerId: string; stars: number; comment: string | null }): Promise<boolean> =>
      prisma.$transaction(async (tx) => {
        const inserted = await tx.productRating.createMany({ data: [input], skipDuplicates: true });
        if (inserted.count === 0) return false;
        await tx.product.update({ where: { id: input.productId }, data: { ratingSum: { increment: input.stars }, ratingCount: { increment: 1 } } });
        return true;
      }),
  };
}
