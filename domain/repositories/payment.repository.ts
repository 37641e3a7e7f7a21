// Online payments: one row per checkout, the orders it pays linked to it. Every move of a payment is a
// conditional update on the status it was seen in, made in one transaction with its orders' moves, their
// history and the notifications, so duplicate or concurrent gateway notifications act exactly once.
import type { OrderStatus, PaymentMethod, PaymentStatus, Prisma, PrismaClient } from '../../prisma/generated/client.ts';
import { enqueueNotifications, type NotificationInput } from './notification.repository.ts';

const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export type PaymentRow = Prisma.PaymentGetPayload<object>;

export interface OpenPayment {
  buyerId: string;
  checkoutKey: string;
  provider: string;
  gatewayOrderId: string;
  method: PaymentMethod;
  amountIdr: number;
  expiresAt: Date;
  orderIds: string[];
  /** the orders stay payable a little longer than the gateway's expiry, so its last word is heard first */
  ordersExpireAt: Date;
}

export interface PaymentMove {
  paymentId: string;
  from: PaymentStatus[];
  to: PaymentStatus;
  at: Date;
  gatewayStatus: string;
  /** the orders' move that goes with it (only orders still awaiting payment move) */
  orders: { to: OrderStatus; note: string; releaseStock: boolean };
  data?: Prisma.PaymentUpdateManyMutationInput;
  notes: NotificationInput[];
}

export function createPaymentRepository(prisma: PrismaClient) {
  return {
    findById: (id: string) => prisma.payment.findUnique({ where: { id } }),
    findByGatewayOrderId: (gatewayOrderId: string) => prisma.payment.findUnique({ where: { gatewayOrderId } }),
    findByCheckout: (buyerId: string, checkoutKey: string) => prisma.payment.findUnique({ where: { buyerId_checkoutKey: { buyerId, checkoutKey } } }),
    orderIdsOf: async (paymentId: string) => (await prisma.order.findMany({ where: { paymentId }, select: { id: true }, orderBy: { createdAt: 'asc' } })).map((o) => o.id),

    /** The checkout's payment, made once (a repeated call returns the first) with its orders linked. */
    open: (p: OpenPayment): Promise<PaymentRow> =>
      prisma.$transaction(async (tx) => {
        const { orderIds, ordersExpireAt, ...row } = p;
        await tx.payment.createMany({ data: [row], skipDuplicates: true });
        const payment = await tx.payment.findUniqueOrThrow({ where: { buyerId_checkoutKey: { buyerId: p.buyerId, checkoutKey: p.checkoutKey } } });
        await tx.order.updateMany({ where: { id: { in: orderIds }, paymentId: null, status: 'AWAITING_PAYMENT' }, data: { paymentId: payment.id, expiresAt: ordersExpireAt } });
        return payment;
      }, TX_OPTIONS),

    /** Takes the gateway create call on for this process: true once, or again after `staleBefore` (a crash). */
    claimCreate: async (id: string, now: Date, staleBefore: Date): Promise<boolean> =>
      (await prisma.payment.updateMany({ where: { id, status: 'PENDING', redirectUrl: null, qrString: null, OR: [{ requestedAt: null }, { requestedAt: { lt: staleBefore } }] }, data: { requestedAt: now } })).count === 1,
    releaseClaim: (id: string) => prisma.payment.updateMany({ where: { id, redirectUrl: null, qrString: null }, data: { requestedAt: null } }),
    storeCreated: (id: string, d: { transactionId: string | null; redirectUrl: string | null; qrString: string | null; qrMediaId: string | null }) => prisma.payment.update({ where: { id }, data: d }),

    /** The payment and its orders move together, or nothing does (someone else moved it first). */
    move: (m: PaymentMove): Promise<boolean> =>
      prisma.$transaction(async (tx) => {
        const { count } = await tx.payment.updateMany({ where: { id: m.paymentId, status: { in: m.from } }, data: { ...m.data, status: m.to, lastGatewayStatus: m.gatewayStatus } });
        if (count === 0) return false;
        const orders = await tx.order.findMany({ where: { paymentId: m.paymentId, status: 'AWAITING_PAYMENT' }, select: { id: true, items: { select: { productId: true, quantity: true } } } });
        for (const o of orders) {
          const moved = await tx.order.updateMany({ where: { id: o.id, status: 'AWAITING_PAYMENT' }, data: { status: m.orders.to, expiresAt: null } });
          if (moved.count === 0) continue;
          await tx.orderStatusChange.create({ data: { orderId: o.id, from: 'AWAITING_PAYMENT', to: m.orders.to, actorId: null, note: m.orders.note, createdAt: m.at } });
          if (m.orders.releaseStock) for (const i of o.items) await tx.$executeRaw`UPDATE "Product" SET stock = stock + ${i.quantity}::int WHERE id = ${i.productId}`;
        }
        await enqueueNotifications(tx, m.notes);
        return true;
      }, TX_OPTIONS),

    /** Money the gateway took for a payment we had given up: recorded and flagged for refund, once. */
    flagLate: async (id: string, gatewayStatus: string, at: Date, notes: NotificationInput[]): Promise<boolean> =>
      prisma.$transaction(async (tx) => {
        const { count } = await tx.payment.updateMany({ where: { id, status: { in: ['EXPIRED', 'CANCELLED', 'FAILED'] }, refundNeeded: false }, data: { refundNeeded: true, paidAt: at, lastGatewayStatus: gatewayStatus } });
        if (count === 0) return false;
        await enqueueNotifications(tx, notes);
        return true;
      }),

    markRefunded: async (id: string, gatewayStatus: string): Promise<boolean> =>
      (await prisma.payment.updateMany({ where: { id, status: { not: 'REFUNDED' }, OR: [{ refundNeeded: true }, { status: 'PAID' }] }, data: { status: 'REFUNDED', refundNeeded: false, lastGatewayStatus: gatewayStatus } })).count === 1,

    noteGatewayStatus: (id: string, gatewayStatus: string) => prisma.payment.update({ where: { id }, data: { lastGatewayStatus: gatewayStatus } }),

    dueForExpiry: (now: Date, take: number) => prisma.payment.findMany({ where: { status: 'PENDING', expiresAt: { lte: now } }, orderBy: { expiresAt: 'asc' }, take }),
    needingRefund: () => prisma.payment.findMany({ where: { refundNeeded: true }, orderBy: { updatedAt: 'asc' } }),
    adminIds: async (): Promise<string[]> => (await prisma.user.findMany({ where: { role: 'ADMIN' }, select: { id: true } })).map((u) => u.id),
  };
}

export type PaymentRepository = ReturnType<typeof createPaymentRepository>;
