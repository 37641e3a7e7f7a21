// Orders as the services read them: one order with what its notifications and views need, the lists of a
// buyer and of a producer, the cart lines checkout works from, display points for pickup. The writes
// (checkout, transitions, ratings) live in order-write.repository.ts and are composed in here.
import type { OrderStatus, PrismaClient } from '../../prisma/generated/client.ts';
import { directSql } from '../db/direct-sql.ts';
import { cartLinesOf, type CartLineRow } from './cart-lines.ts';
import { createOrderWrites } from './order-write.repository.ts';

export { orderInclude, type OrderRow } from './order-row.ts';
import { orderInclude, type OrderRow } from './order-row.ts';
export type PointRow = { id: string; code: string; name: string; city: string; address: string | null };

const pointSelect = { id: true, code: true, name: true, city: true, address: true } as const;

/** the cart lines checkout works from: the cart view's read (cart-lines.ts) */
export type CheckoutCartRow = CartLineRow;

/** the recipient details of a buyer's last order */
export interface LastRecipient {
  recipientName: string;
  recipientPhone: string;
  addressLine: string | null;
  city: string | null;
  province: string | null;
  postalCode: string | null;
  country: string;
}

const LAST_RECIPIENT = `SELECT "recipientName", "recipientPhone", "addressLine", city, province, "postalCode", country FROM "Order" WHERE "buyerId" = $1 ORDER BY "createdAt" DESC LIMIT 1`;

export interface OrderListFilter {
  statuses?: OrderStatus[];
  take: number;
}

export function createOrderRepository(prisma: PrismaClient) {
  return {
    ...createOrderWrites(prisma),

    findById: (id: string): Promise<OrderRow | null> => prisma.order.findUnique({ where: { id }, include: orderInclude }),
    /** the order behind a number (the web's private order link names it) */
    findIdByNumber: async (number: string): Promise<{ id: string; buyerId: string; checkoutKey: string } | null> =>
      prisma.order.findUnique({ where: { number }, select: { id: true, buyerId: true, checkoutKey: true } }),
    findByIds: (ids: string[]): Promise<OrderRow[]> => prisma.order.findMany({ where: { id: { in: ids } }, include: orderInclude, orderBy: { createdAt: 'asc' } }),

    idsByCheckoutKey: async (buyerId: string, checkoutKey: string): Promise<string[]> =>
      (await prisma.order.findMany({ where: { buyerId, checkoutKey }, select: { id: true }, orderBy: { createdAt: 'asc' } })).map((o) => o.id),

    listForBuyer: (buyerId: string, f: OrderListFilter): Promise<OrderRow[]> =>
      prisma.order.findMany({
        where: { buyerId, ...(f.statuses ? { status: { in: f.statuses } } : {}) },
        include: orderInclude,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: f.take,
      }),

    /** oldest first: the producer works through open orders in the order they came */
    listForProducer: (producerId: string, f: OrderListFilter): Promise<OrderRow[]> =>
      prisma.order.findMany({
        where: { producerId, ...(f.statuses ? { status: { in: f.statuses } } : {}) },
        include: orderInclude,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: f.take,
      }),

    history: (orderId: string) => prisma.orderStatusChange.findMany({ where: { orderId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),

    /** orders whose payment time ran out, or that waited for the producer longer than the TTL */
    dueForExpiry: (now: Date, confirmCutoff: Date, take: number) =>
      prisma.order.findMany({
        // an order whose checkout has an online payment expires with that payment (payment.service.expireDue),
        // after the gateway has had its last word: never here, where a late settlement would find it gone
        where: { OR: [{ status: 'AWAITING_PAYMENT', expiresAt: { lte: now }, paymentId: null }, { status: 'AWAITING_CONFIRMATION', createdAt: { lte: confirmCutoff } }] },
        select: { id: true },
        orderBy: { createdAt: 'asc' },
        take,
      }),

    cartLines: (userId: string): Promise<CheckoutCartRow[]> => cartLinesOf(prisma, userId),

    /** sets a cart line to what is left (0 removes it): a product sold out while the buyer was checking out */
    async adjustCartLine(userId: string, productId: string, quantity: number): Promise<void> {
      if (quantity <= 0) await prisma.cartItem.deleteMany({ where: { cart: { userId }, productId } });
      else await prisma.cartItem.updateMany({ where: { cart: { userId }, productId }, data: { quantity } });
    },

    productStocks: (ids: string[]) => prisma.product.findMany({ where: { id: { in: ids } }, select: { id: true, nameId: true, stock: true, status: true, paused: true } }),

    /** the recipient details of the buyer's last order, offered again at the next checkout */
    lastRecipient: async (buyerId: string): Promise<LastRecipient | null> => {
      // read at every checkout (and the cart's shipping estimate): the direct path
      const [row] = await directSql(prisma).rows<LastRecipient>(LAST_RECIPIENT, [buyerId]);
      return row ?? null;
    },

    activePoints: (): Promise<PointRow[]> => prisma.displayPoint.findMany({ where: { active: true }, select: pointSelect, orderBy: [{ city: 'asc' }, { name: 'asc' }] }),
    findActivePointByCode: (code: string): Promise<PointRow | null> => prisma.displayPoint.findFirst({ where: { code, active: true }, select: pointSelect }),
    findPointById: (id: string): Promise<PointRow | null> => prisma.displayPoint.findUnique({ where: { id }, select: pointSelect }),

    /** who uploaded a photo: a payment proof must be the buyer's own upload */
    findMedia: (id: string) => prisma.media.findUnique({ where: { id }, select: { id: true, ownerId: true, kind: true } }),

    ratedProductIds: async (orderId: string): Promise<string[]> =>
      (await prisma.productRating.findMany({ where: { orderId }, select: { productId: true } })).map((r) => r.productId),
  };
}

export type OrderRepository = ReturnType<typeof createOrderRepository>;
