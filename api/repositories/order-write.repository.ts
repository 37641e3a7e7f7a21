// The writes of the order life cycle, each one transaction: checkout (stock reserved by a conditional
// UPDATE, one order per producer, cart lines cleared, producers alerted), status transitions (a conditional
// updateMany on the status the service saw, history, stock released, the other side told) and ratings.
import { Prisma, type DeliveryMethod, type OrderStatus, type PaymentMethod, type PrismaClient } from '../../prisma/generated/client.ts';
import { enqueueNotifications, type NotificationInput } from './notification.repository.ts';

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
  addressLine: string | null;
  city: string | null;
  province: string | null;
  postalCode: string | null;
  country: string;
  /** the service's clock, so the order number's day and createdAt agree (and expiry tests can move time) */
  createdAt: Date;
}

export interface CheckoutGroup {
  producerId: string;
  lines: { productId: string; quantity: number }[];
}

export interface PlacedOrder {
  id: string;
  number: string;
  producerId: string;
  subtotalIdr: number;
  items: { productId: string; name: string; unit: string; priceIdr: number; quantity: number }[];
}

export type PlaceResult = { ok: true; created: boolean; orderIds: string[] } | { ok: false; shortProductIds: string[] };

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
}

class Shortage extends Error {
  constructor(readonly productIds: string[]) {
    super('stock too low');
  }
}

type Tx = Prisma.TransactionClient;

/** Takes `quantity` units if that many are left and the product is on sale; returns the price snapshot. */
async function reserve(tx: Tx, productId: string, quantity: number) {
  const rows = await tx.$queryRaw<{ nameId: string; unit: string; priceIdr: number }[]>`
    UPDATE "Product" SET stock = stock - ${quantity}::int
    WHERE id = ${productId} AND stock >= ${quantity}::int AND status = 'APPROVED' AND paused = false
    RETURNING "nameId", unit, "priceIdr"`;
  return rows[0] ?? null;
}

async function existingOrderIds(db: Tx | PrismaClient, buyerId: string, checkoutKey: string): Promise<string[]> {
  const rows = await db.order.findMany({ where: { buyerId, checkoutKey }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  return rows.map((r) => r.id);
}

export function createOrderWrites(prisma: PrismaClient) {
  async function placeOnce(shared: CheckoutShared, groups: CheckoutGroup[], newNumber: () => string, notesFor: (order: PlacedOrder) => NotificationInput[]): Promise<PlaceResult> {
    return prisma.$transaction(async (tx) => {
      const existing = await existingOrderIds(tx, shared.buyerId, shared.checkoutKey);
      if (existing.length > 0) return { ok: true, created: false, orderIds: existing };
      const short: string[] = [];
      const placed: { group: CheckoutGroup; items: PlacedOrder['items'] }[] = [];
      for (const group of groups) {
        const items: PlacedOrder['items'] = [];
        for (const line of group.lines) {
          const snap = await reserve(tx, line.productId, line.quantity);
          if (!snap) short.push(line.productId);
          else items.push({ productId: line.productId, name: snap.nameId, unit: snap.unit, priceIdr: snap.priceIdr, quantity: line.quantity });
        }
        placed.push({ group, items });
      }
      // all or nothing: one missing unit rolls every reservation of this checkout back
      if (short.length > 0) throw new Shortage(short);
      const orderIds: string[] = [];
      for (const { group, items } of placed) {
        const subtotalIdr = items.reduce((sum, i) => sum + i.priceIdr * i.quantity, 0);
        const order = await tx.order.create({
          data: { ...shared, producerId: group.producerId, number: newNumber(), subtotalIdr, status: 'AWAITING_CONFIRMATION', items: { create: items } },
          select: { id: true, number: true },
        });
        await tx.orderStatusChange.create({ data: { orderId: order.id, from: null, to: 'AWAITING_CONFIRMATION', actorId: shared.buyerId, createdAt: shared.createdAt } });
        await enqueueNotifications(tx, notesFor({ id: order.id, number: order.number, producerId: group.producerId, subtotalIdr, items }));
        orderIds.push(order.id);
      }
      const ordered = groups.flatMap((g) => g.lines.map((l) => l.productId));
      await tx.cartItem.deleteMany({ where: { cart: { userId: shared.buyerId }, productId: { in: ordered } } });
      return { ok: true, created: true, orderIds };
    }, TX_OPTIONS);
  }

  return {
    /**
     * Places one order per group, or none. A second call with the same checkout key returns the orders of the
     * first (a double tap on Confirm); a clash on the order number is retried with fresh numbers.
     */
    async placeOrders(shared: CheckoutShared, groups: CheckoutGroup[], newNumber: () => string, notesFor: (order: PlacedOrder) => NotificationInput[]): Promise<PlaceResult> {
      for (let attempt = 0; ; attempt++) {
        try {
          return await placeOnce(shared, groups, newNumber, notesFor);
        } catch (error) {
          if (error instanceof Shortage) return { ok: false, shortProductIds: error.productIds };
          if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002' || attempt >= 3) throw error;
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
