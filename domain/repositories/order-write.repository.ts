// The writes of the order life cycle, each one transaction: checkout (stock reserved by a conditional
// UPDATE, one order per producer, cart lines cleared, producers alerted), status transitions (a conditional
// updateMany on the status the service saw, history, stock released, the other side told) and ratings.
import { randomUUID } from 'node:crypto';
import { Prisma, type DeliveryMethod, type OrderStatus, type PaymentMethod, type PrismaClient } from '../../prisma/generated/client.ts';
import { directSql } from '../db/direct-sql.ts';
import { checkoutStatement, isDirectUniqueViolation, runCheckoutStatement, type SnapshotLine, type WrittenOrder } from './checkout-statement.ts';
import { enqueueNotifications, notificationRow, type NotificationInput } from './notification.repository.ts';
import type { OrderRow } from './order.repository.ts';

/** Many buyers may check out at once; each waits its turn on the product rows rather than failing. */
const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export interface CheckoutShared {
  buyerId: string;
  checkoutKey: string;
  deliveryMethod: DeliveryMethod;
  paymentMethod: PaymentMethod;
  pickupPointId: string | null;
  attributedPointId: string | null;
  recipientName: string;
  recipientPhone: string;
  /** a web guest's optional e-mail */
  buyerEmail?: string | null;
  addressLine: string | null;
  city: string | null;
  province: string | null;
  postalCode: string | null;
  country: string;
  /** the service's clock, so the order number's day and createdAt agree (and expiry tests can move time) */
  createdAt: Date;
  /** paid online with every shipping cost known: the orders wait for the payment, not for the producer */
  initialStatus?: 'AWAITING_CONFIRMATION' | 'AWAITING_PAYMENT';
  expiresAt?: Date | null;
}

export interface CheckoutGroup {
  producerId: string;
  /** with the price, name and unit the buyer was shown, the checkout is one statement (checkout-statement.ts) */
  lines: { productId: string; quantity: number; priceIdr?: number; name?: string; unit?: string }[];
  /** known at checkout (a pickup, or the producer's rate for the destination); absent: the producer sets it */
  shippingIdr?: number | null;
}

export interface PlacedOrder {
  id: string;
  number: string;
  producerId: string;
  subtotalIdr: number;
  shippingIdr: number | null;
  items: { productId: string; name: string; unit: string; priceIdr: number; quantity: number }[];
}

/** `orders`: the placed orders as the order read returns them, when the one statement read them back */
export type PlaceResult = { ok: true; created: boolean; orderIds: string[]; orders?: OrderRow[] } | { ok: false; shortProductIds: string[] };

const isSnapshot = (line: CheckoutGroup['lines'][number]): line is SnapshotLine => line.priceIdr !== undefined && line.name !== undefined && line.unit !== undefined;

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

/** every column of the orders as written, with their items (the order read's shape, parties apart) */
function writtenOrders(shared: CheckoutShared, orders: PlacedOrder[], now: Date): WrittenOrder[] {
  const status = shared.initialStatus ?? 'AWAITING_CONFIRMATION';
  return orders.map((o) => ({
    id: o.id,
    number: o.number,
    checkoutKey: shared.checkoutKey,
    buyerId: shared.buyerId,
    producerId: o.producerId,
    status,
    subtotalIdr: o.subtotalIdr,
    shippingIdr: o.shippingIdr,
    totalIdr: o.shippingIdr === null ? null : o.subtotalIdr + o.shippingIdr,
    deliveryMethod: shared.deliveryMethod,
    pickupPointId: shared.pickupPointId,
    paymentMethod: shared.paymentMethod,
    recipientName: shared.recipientName,
    recipientPhone: shared.recipientPhone,
    buyerEmail: shared.buyerEmail ?? null,
    addressLine: shared.addressLine,
    city: shared.city,
    province: shared.province,
    postalCode: shared.postalCode,
    country: shared.country,
    courier: null,
    trackingNumber: null,
    paymentProofMediaId: null,
    reason: null,
    attributedPointId: shared.attributedPointId,
    expiresAt: shared.expiresAt ?? null,
    paymentId: null,
    createdAt: shared.createdAt,
    updatedAt: now,
    // the order read sorts items by id
    items: o.items.map((i) => ({ id: randomUUID(), orderId: o.id, ...i })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  }));
}

/**
 * The write CTEs (o: the orders, i: their items, n: the notifications, h: each order's first history row,
 * c: the cart lines cleared). `unlessExisting`: in the one-statement checkout, which writes nothing when its
 * key already placed orders (its CTE `existing`).
 */
function writeCtes(shared: CheckoutShared, written: WrittenOrder[], notes: NotificationInput[], ordered: string[], unlessExisting: boolean): Prisma.Sql {
  const o0 = written[0]!;
  const orderRows = written.map((o) => ({ id: o.id, number: o.number, producerId: o.producerId, subtotalIdr: o.subtotalIdr, shippingIdr: o.shippingIdr, totalIdr: o.totalIdr }));
  const itemRows = written.flatMap((o) => o.items);
  const noteRows = notes.map((n) => ({ id: randomUUID(), ...notificationRow(n) }));
  // each order's first history row (from nothing to its first status). The history sorts changes made at the
  // same instant by id, and every later change gets a cuid from Prisma ("c…"): an id starting with "a" sorts
  // before all of them, so the first row stays first without another statement going through Prisma for it
  const historyRows = written.map((o) => ({ id: `a${randomUUID()}`, orderId: o.id }));
  const unless = unlessExisting ? Prisma.sql`WHERE NOT EXISTS (SELECT 1 FROM existing)` : Prisma.empty;
  const andUnless = unlessExisting ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM existing)` : Prisma.empty;
  return Prisma.sql`
    o AS (
      INSERT INTO "Order" (id, number, "checkoutKey", "buyerId", "producerId", status, "subtotalIdr", "shippingIdr", "totalIdr", "expiresAt", "deliveryMethod", "pickupPointId", "paymentMethod",
        "recipientName", "recipientPhone", "buyerEmail", "addressLine", city, province, "postalCode", country, "attributedPointId", "createdAt", "updatedAt")
      SELECT x.id, x.number, ${shared.checkoutKey}, ${shared.buyerId}, x."producerId", ${o0.status}::"OrderStatus", x."subtotalIdr", x."shippingIdr", x."totalIdr", ${o0.expiresAt}::timestamp,
        ${shared.deliveryMethod}::"DeliveryMethod", ${shared.pickupPointId}, ${shared.paymentMethod}::"PaymentMethod",
        ${shared.recipientName}, ${shared.recipientPhone}, ${o0.buyerEmail}, ${shared.addressLine}, ${shared.city}, ${shared.province}, ${shared.postalCode}, ${shared.country},
        ${shared.attributedPointId}, ${shared.createdAt}, ${o0.updatedAt}
      FROM jsonb_to_recordset(${JSON.stringify(orderRows)}::jsonb) AS x(id text, number text, "producerId" text, "subtotalIdr" int, "shippingIdr" int, "totalIdr" int)
      ${unless}
      RETURNING id, "producerId", "buyerId", "attributedPointId"),
    i AS (
      INSERT INTO "OrderItem" (id, "orderId", "productId", name, unit, "priceIdr", quantity)
      SELECT x.id, x."orderId", x."productId", x.name, x.unit, x."priceIdr", x.quantity
      FROM jsonb_to_recordset(${JSON.stringify(itemRows)}::jsonb) AS x(id text, "orderId" text, "productId" text, name text, unit text, "priceIdr" int, quantity int)
      WHERE x."orderId" IN (SELECT id FROM o)),
    n AS (
      INSERT INTO "Notification" (id, "recipientId", template, params, choices, "mediaId")
      SELECT x.id, x."recipientId", x.template, x.params, x.choices, x."mediaId"
      FROM jsonb_to_recordset(${JSON.stringify(noteRows)}::jsonb) AS x(id text, "recipientId" text, template text, params jsonb, choices jsonb, "mediaId" text)
      ${unless}),
    h AS (
      INSERT INTO "OrderStatusChange" (id, "orderId", "from", "to", "actorId", "createdAt")
      SELECT x.id, x."orderId", NULL, ${o0.status}::"OrderStatus", ${shared.buyerId}, ${shared.createdAt}
      FROM jsonb_to_recordset(${JSON.stringify(historyRows)}::jsonb) AS x(id text, "orderId" text)
      WHERE x."orderId" IN (SELECT id FROM o)),
    c AS (
      DELETE FROM "CartItem" ci USING "Cart" c
      WHERE ci."cartId" = c.id AND c."userId" = ${shared.buyerId} AND ci."productId" = ANY(${ordered}::text[]) ${andUnless})`;
}

/** The placed orders with their items and notifications, and the cart lines cleared: one statement. */
function writeOrders(tx: Tx, shared: CheckoutShared, orders: PlacedOrder[], notes: NotificationInput[], ordered: string[]) {
  return tx.$executeRaw`WITH ${writeCtes(shared, writtenOrders(shared, orders, new Date()), notes, ordered, false)} SELECT count(*) FROM o`;
}

/** the orders of the groups, each line at its snapshot's price */
function ordersOf(groups: CheckoutGroup[], newNumber: () => string, snapshotOf: (productId: string) => { nameId: string; unit: string; priceIdr: number }): PlacedOrder[] {
  return groups.map((group) => {
    const items = group.lines.map((line) => {
      const snap = snapshotOf(line.productId);
      return { productId: line.productId, name: snap.nameId, unit: snap.unit, priceIdr: snap.priceIdr, quantity: line.quantity };
    });
    const subtotalIdr = items.reduce((sum, i) => sum + i.priceIdr * i.quantity, 0);
    return { id: randomUUID(), number: newNumber(), producerId: group.producerId, subtotalIdr, shippingIdr: group.shippingIdr ?? null, items };
  });
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
