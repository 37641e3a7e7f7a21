// Paying a checkout online: one gateway payment for all the checkout's orders (shipping included), made once
// whatever retries or double taps happen (the gateway order id is derived from the checkout, the create call
// is claimed by one process). The gateway's notification is only a hint: its signature is checked, then the
// status is read from the gateway, the amount must match to the rupiah, and the payment and its orders move
// forward only (a settlement after the checkout expired is recorded and flagged for a refund).
import { createHash } from 'node:crypto';
import { qrCode } from '../lib/on-demand.ts';
import { conflict, DomainError, notFound, unprocessable } from '../lib/errors.ts';
import { GatewayError, isOnlineMethod, type GatewayStatus, type PaymentGateway } from '../payments/payment-gateway.ts';
import type { OrderRepository, OrderRow } from '../repositories/order.repository.ts';
import type { PaymentRepository, PaymentRow } from '../repositories/payment.repository.ts';
import type { Actor } from './actor.ts';
import type { MediaService } from './media.service.ts';
import { paidNotes, expiredNotes, lateNotes } from './payment-notes.ts';

export interface PaymentSettings {
  paymentExpiryMinutes: number;
}

export interface PaymentDeps {
  payments: PaymentRepository;
  orders: OrderRepository;
  media: MediaService;
  gateway: PaymentGateway | null;
  settings: PaymentSettings;
  now: () => Date;
}

export interface PaymentView {
  id: string;
  gatewayOrderId: string;
  method: string;
  status: string;
  amountIdr: number;
  expiresAt: string;
  redirectUrl: string | null;
  qrString: string | null;
  qrMediaId: string | null;
  orderNumbers: string[];
}

export type StartOutcome = { state: 'ready'; payment: PaymentView } | { state: 'waitingShipping'; numbers: string[] } | { state: 'paid' | 'closed'; payment: PaymentView };

export type NotificationOutcome = 'settled' | 'duplicate' | 'expired' | 'late_settlement_flagged' | 'amount_mismatch' | 'refunded' | 'pending' | 'ignored';

/** the orders stay payable this long past the gateway's expiry, so its last word is heard before they expire */
const ORDER_GRACE_MS = 15 * 60_000;
const CLAIM_STALE_MS = 60_000;

export const gatewayOrderIdOf = (buyerId: string, checkoutKey: string) => `ETL-${createHash('sha256').update(`${buyerId}:${checkoutKey}`).digest('hex').slice(0, 24)}`;

export function createPaymentService(deps: PaymentDeps) {
  const { payments, orders } = deps;

  function gateway(): PaymentGateway {
    if (!deps.gateway) throw new DomainError('unavailable', 'online payment is not configured', 'payment:errors.notConfigured');
    return deps.gateway;
  }

  async function view(p: PaymentRow): Promise<PaymentView> {
    const rows = await orders.findByIds(await payments.orderIdsOf(p.id));
    return {
      id: p.id,
      gatewayOrderId: p.gatewayOrderId,
      method: p.method,
      status: p.status,
      amountIdr: p.amountIdr,
      expiresAt: p.expiresAt.toISOString(),
      redirectUrl: p.redirectUrl,
      qrString: p.qrString,
      qrMediaId: p.qrMediaId,
      orderNumbers: rows.map((o) => o.number),
    };
  }

  async function qrImage(qrString: string): Promise<string> {
    const png = await qrCode().toBuffer(qrString, { type: 'png', width: 480, margin: 2, errorCorrectionLevel: 'M' });
    return (await deps.media.upload({ kind: 'system', name: 'payments' }, { data: png, kind: 'qris' })).id;
  }

  /** Calls the gateway's create once for the payment; a retry after a lost answer reads the status instead. */
  async function createAtGateway(p: PaymentRow, rows: OrderRow[]): Promise<void> {
    const now = deps.now();
    if (!(await payments.claimCreate(p.id, now, new Date(now.getTime() - CLAIM_STALE_MS)))) return;
    try {
      const created = await gateway().create({
        gatewayOrderId: p.gatewayOrderId,
        amountIdr: p.amountIdr,
        method: p.method as 'ONLINE_QRIS' | 'VIRTUAL_ACCOUNT' | 'EWALLET',
        expiresInMinutes: Math.max(1, Math.round((p.expiresAt.getTime() - now.getTime()) / 60_000)),
        customer: { name: rows[0]!.recipientName, phone: rows[0]!.recipientPhone },
        lines: rows.map((o) => ({ id: o.number, name: `${o.number} ${o.producer.businessName}`, amountIdr: o.totalIdr ?? o.subtotalIdr })),
      });
      const qrMediaId = created.qrString ? await qrImage(created.qrString) : null;
      await payments.storeCreated(p.id, { ...created, qrMediaId });
    } catch (error) {
      await payments.releaseClaim(p.id);
      if (error instanceof GatewayError && error.kind === 'duplicate') {
        // an earlier attempt reached the gateway but its answer was lost: the gateway holds the charge, never
        // a second one; what it says about it decides
        await reconcile(p);
        return;
      }
      if (error instanceof GatewayError) throw new DomainError('unavailable', error.message, 'payment:errors.gatewayDown');
      throw error;
    }
  }

  async function waitForCreate(id: string): Promise<PaymentRow> {
    for (let i = 0; i < 50; i++) {
      const p = await payments.findById(id);
      if (!p || p.status !== 'PENDING' || p.redirectUrl || p.qrString || !p.requestedAt) return p!;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new DomainError('unavailable', 'payment creation still in progress', 'payment:errors.gatewayDown');
  }

  async function ordersOf(p: PaymentRow): Promise<OrderRow[]> {
    return orders.findByIds(await payments.orderIdsOf(p.id));
  }

  /** Acts on what the gateway says now about the payment. */
  async function apply(p: PaymentRow, truth: GatewayStatus, expiring = false): Promise<NotificationOutcome> {
    const at = deps.now();
    if (truth.amountIdr !== p.amountIdr) {
      await payments.noteGatewayStatus(p.id, `amount_mismatch:${truth.raw}`);
      return 'amount_mismatch';
    }
    switch (truth.state) {
      case 'paid': {
        if (p.status === 'PAID') return 'duplicate';
        if (p.status === 'PENDING') {
          const rows = await ordersOf(p);
          const moved = await payments.move({
            paymentId: p.id, from: ['PENDING'], to: 'PAID', at, gatewayStatus: truth.raw,
            data: { paidAt: at, transactionId: truth.transactionId ?? p.transactionId },
            orders: { to: 'PAID', note: `paid online (${truth.raw})`, releaseStock: false },
            notes: paidNotes(p, rows.filter((o) => o.status === 'AWAITING_PAYMENT')),
          });
          if (moved) return 'settled';
          return apply((await payments.findById(p.id))!, truth);
        }
        if (p.status === 'REFUNDED') return 'ignored';
        const flagged = await payments.flagLate(p.id, truth.raw, at, lateNotes(p, await payments.adminIds()));
        return flagged ? 'late_settlement_flagged' : 'duplicate';
      }
      case 'expired':
      case 'cancelled':
      case 'failed': {
        if (p.status !== 'PENDING') return 'ignored'; // never backwards: a paid payment stays paid
        const rows = await ordersOf(p);
        // our own expiry cancels at the gateway first: that is still an expiry, not the buyer calling it off
        const state = expiring ? 'expired' : truth.state;
        const to = state === 'expired' ? 'EXPIRED' : state === 'cancelled' ? 'CANCELLED' : 'FAILED';
        const moved = await payments.move({
          paymentId: p.id, from: ['PENDING'], to, at, gatewayStatus: truth.raw,
          orders: { to: state === 'cancelled' ? 'CANCELLED' : 'EXPIRED', note: `payment ${truth.raw}`, releaseStock: true },
          notes: expiredNotes(p, rows.filter((o) => o.status === 'AWAITING_PAYMENT')),
        });
        return moved ? 'expired' : 'ignored';
      }
      case 'refunded':
        return (await payments.markRefunded(p.id, truth.raw)) ? 'refunded' : 'ignored';
      case 'pending':
        return 'pending';
    }
  }

  async function reconcile(p: PaymentRow, expiring = false): Promise<NotificationOutcome> {
    let truth: GatewayStatus;
    try {
      truth = await gateway().status(p.gatewayOrderId);
    } catch (error) {
      if (error instanceof GatewayError && error.kind === 'not_found') return 'pending';
      if (error instanceof GatewayError) throw new DomainError('unavailable', error.message, 'payment:errors.gatewayDown');
      throw error;
    }
    return apply(p, truth, expiring);
  }

  return {
    enabled: () => deps.gateway !== null,

    /**
     * The payment of the checkout `orderId` belongs to (the buyer's only): made and sent to the gateway on the
     * first call, the same payment on every later one. Waits while a producer still has to set shipping.
     */
    async startForOrder(actor: Actor, orderId: string): Promise<StartOutcome> {
      const first = await orders.findById(orderId);
      if (!first || first.buyerId !== actor.userId) throw notFound('order', 'orders:errors.notFound');
      return this.startForCheckout(actor, first.checkoutKey);
    },

    async startForCheckout(actor: Actor, checkoutKey: string): Promise<StartOutcome> {
      const rows = await orders.findByIds(await orders.idsByCheckoutKey(actor.userId, checkoutKey));
      if (rows.length === 0) throw notFound('checkout', 'orders:errors.notFound');
      if (!isOnlineMethod(rows[0]!.paymentMethod)) throw unprocessable('not paid online', 'payment:errors.notOnline');
      let p = await payments.findByCheckout(actor.userId, checkoutKey);
      if (!p) {
        const waiting = rows.filter((o) => o.status === 'AWAITING_CONFIRMATION');
        if (waiting.length > 0) return { state: 'waitingShipping', numbers: waiting.map((o) => o.number) };
        const payable = rows.filter((o) => o.status === 'AWAITING_PAYMENT');
        if (payable.length === 0) throw conflict('nothing left to pay', 'payment:errors.nothingToPay');
        const now = deps.now();
        const expiresAt = new Date(now.getTime() + deps.settings.paymentExpiryMinutes * 60_000);
        p = await payments.open({
          buyerId: actor.userId,
          checkoutKey,
          provider: gateway().provider,
          gatewayOrderId: gatewayOrderIdOf(actor.userId, checkoutKey),
          method: rows[0]!.paymentMethod,
          amountIdr: payable.reduce((s, o) => s + (o.totalIdr ?? o.subtotalIdr), 0),
          expiresAt,
          orderIds: payable.map((o) => o.id),
          ordersExpireAt: new Date(expiresAt.getTime() + ORDER_GRACE_MS),
        });
      }
      if (p.status === 'PENDING' && !p.redirectUrl && !p.qrString) {
        await createAtGateway(p, await ordersOf(p));
        p = await waitForCreate(p.id);
      }
      const v = await view(p);
      if (p.status === 'PAID') return { state: 'paid', payment: v };
      if (p.status !== 'PENDING') return { state: 'closed', payment: v };
      return { state: 'ready', payment: v };
    },

    /** The gateway's HTTP notification: null when its signature is wrong (the caller answers 401). */
    async handleNotification(body: unknown): Promise<{ outcome: NotificationOutcome; gatewayOrderId: string } | null> {
      const hint = gateway().verifyNotification(body);
      if (!hint) return null;
      const p = await payments.findByGatewayOrderId(hint.gatewayOrderId);
      if (!p) throw notFound('payment', 'payment:errors.notFound');
      return { outcome: await reconcile(p), gatewayOrderId: p.gatewayOrderId };
    },

    /** Pending payments past their time: the gateway is asked first (a lost notification), then they expire. */
    async expireDue(now: Date = deps.now()): Promise<{ expired: number }> {
      if (!deps.gateway) return { expired: 0 };
      let expired = 0;
      for (const p of await payments.dueForExpiry(now, 100)) {
        try {
          let outcome = await reconcile(p);
          if (outcome === 'pending') {
            await deps.gateway.cancel(p.gatewayOrderId).catch(() => undefined);
            outcome = await reconcile(p, true);
            // the gateway still calls it pending (or never had it): our time is up all the same
            if (outcome === 'pending') outcome = await apply(p, { gatewayOrderId: p.gatewayOrderId, state: 'expired', raw: 'expire(local)', amountIdr: p.amountIdr, transactionId: null }, true);
          }
          if (outcome === 'expired') expired++;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error; // the gateway is down: the next run tries again
        }
      }
      return { expired };
    },

    /** An admin returns money the gateway took for a checkout that had expired (or a paid one, on request). */
    async refund(actor: Actor, paymentId: string, reason: string): Promise<PaymentView> {
      if (actor.role !== 'ADMIN') throw new DomainError('forbidden', 'admins only', 'payment:errors.adminsOnly');
      const p = await payments.findById(paymentId);
      if (!p) throw notFound('payment', 'payment:errors.notFound');
      if (!p.refundNeeded && p.status !== 'PAID') throw conflict('nothing to refund', 'payment:errors.nothingToRefund');
      try {
        await gateway().refund(p.gatewayOrderId, p.amountIdr, reason);
      } catch (error) {
        if (error instanceof GatewayError) throw new DomainError('unavailable', error.message, 'payment:errors.gatewayDown');
        throw error;
      }
      await reconcile(p);
      return view((await payments.findById(p.id))!);
    },

    needingRefund: () => payments.needingRefund(),

    /** "Check payment": the buyer asks; the gateway is asked too (a notification may be late or lost). */
    async refresh(actor: Actor, paymentId: string): Promise<StartOutcome> {
      let p = await payments.findById(paymentId);
      if (!p || p.buyerId !== actor.userId) throw notFound('payment', 'payment:errors.notFound');
      if (p.status === 'PENDING' && deps.gateway) {
        await reconcile(p).catch((error: unknown) => {
          if (!(error instanceof DomainError)) throw error;
        });
        p = (await payments.findById(p.id))!;
      }
      const v = await view(p);
      if (p.status === 'PAID') return { state: 'paid', payment: v };
      return p.status === 'PENDING' ? { state: 'ready', payment: v } : { state: 'closed', payment: v };
    },

    /** The buyer's own view of a checkout's payment (the payment page link only ever goes to its buyer). */
    async forBuyer(actor: Actor, paymentId: string): Promise<PaymentView> {
      const p = await payments.findById(paymentId);
      if (!p || p.buyerId !== actor.userId) throw notFound('payment', 'payment:errors.notFound');
      return view(p);
    },
  };
}

export type PaymentService = ReturnType<typeof createPaymentService>;
