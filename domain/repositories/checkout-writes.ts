// The rows a checkout writes, shared by its one statement (checkout-statement.ts) and the transaction it falls
// back to (order-write.repository.ts): the orders' columns as written, the orders of the groups at their
// snapshots' prices, and the write CTEs.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../../prisma/generated/client.ts';
import type { WrittenOrder } from './checkout-statement.ts';
import { notificationRow, type NotificationInput } from './notification.repository.ts';
import type { CheckoutGroup, CheckoutShared, PlacedOrder } from './checkout-types.ts';

/** every column of the orders as written, with their items (the order read's shape, parties apart) */
export function writtenOrders(shared: CheckoutShared, orders: PlacedOrder[], now: Date): WrittenOrder[] {
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
export function writeCtes(shared: CheckoutShared, written: WrittenOrder[], notes: NotificationInput[], ordered: string[], unlessExisting: boolean): Prisma.Sql {
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

/** the orders of the groups, each line at its snapshot's price */
export function ordersOf(groups: CheckoutGroup[], newNumber: () => string, snapshotOf: (productId: string) => { nameId: string; unit: string; priceIdr: number }): PlacedOrder[] {
  return groups.map((group) => {
    const items = group.lines.map((line) => {
      const snap = snapshotOf(line.productId);
      return { productId: line.productId, name: snap.nameId, unit: snap.unit, priceIdr: snap.priceIdr, quantity: line.quantity };
    });
    const subtotalIdr = items.reduce((sum, i) => sum + i.priceIdr * i.quantity, 0);
    return { id: randomUUID(), number: newNumber(), producerId: group.producerId, subtotalIdr, shippingIdr: group.shippingIdr ?? null, items };
  });
}
