// The order life cycle after checkout: the producer accepts with the shipping cost (or declines), the buyer
// pays and sends a proof (or cancels), the producer confirms the payment and ships or readies the pickup,
// the buyer confirms receipt and rates. Every step checks the actor and the status (order-rules.ts), then
// moves the order with a conditional update that also writes the history and tells the other side, all in
// one transaction; when two steps race, the second gets a clean "already changed" conflict.
import { z } from 'zod';
import type { OrderStatus, Prisma } from '../../prisma/generated/client.ts';
import { conflict, forbidden, invalid, notFound } from '../lib/errors.ts';
import type { OrderRepository, OrderRow } from '../repositories/order.repository.ts';
import type { Actor } from './actor.ts';
import { createOrderExpiry } from './order-expiry.ts';
import { transitionNotes, type NoteInfo, type OrderEvent, type Side } from './order-notify.ts';
import { createOrderRating } from './order-rating.ts';
import type { LedgerLine } from '../repositories/order-write.repository.ts';
import { ledgerLines } from './ledger-lines.ts';
import { OPEN_STATUSES, requireParty, requireStep, stepsFor, type OrderParty, type OrderStep } from './order-rules.ts';
import { toOrderSummary, toOrderView, type OrderSummaryView, type OrderView } from './order-view.ts';

export interface OrderDeps {
  orders: OrderRepository;
  settings: { orderPaymentTtlHours: number; platformFeePercent?: number };
  now: () => Date;
}

export const MAX_SHIPPING_IDR = 10_000_000;
export const orderIdSchema = z.string().trim().min(1).max(64);
export const acceptSchema = z.object({ shippingIdr: z.number().int().min(0).max(MAX_SHIPPING_IDR).optional() });
export const declineSchema = z.object({ reason: z.string().trim().min(2).max(300) });
export const cancelSchema = z.object({ reason: z.string().trim().max(300).optional() });
export const paySchema = z.object({ mediaId: z.string().trim().min(1).max(64) });
export const shipSchema = z.object({ courier: z.string().trim().min(2).max(60).optional(), trackingNumber: z.string().trim().min(3).max(60).optional() });
export const listSchema = z.object({ as: z.enum(['buyer', 'producer']).default('buyer'), open: z.boolean().default(false), limit: z.number().int().min(1).max(100).default(20) });

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, key: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), key);
  return result.data;
}

/** the sides to tell: whoever did not act (an admin or the system acting tells both) */
export function otherSides(parties: Set<OrderParty>): Side[] {
  return (['buyer', 'producer'] as const).filter((s) => !parties.has(s));
}

interface Plan {
  to: OrderStatus;
  event: OrderEvent;
  data?: Prisma.OrderUncheckedUpdateManyInput;
  note?: string | null;
  release?: boolean;
  info?: NoteInfo;
  ledger?: LedgerLine[];
}

export function createOrderService(deps: OrderDeps) {
  const { orders } = deps;

  async function load(id: string): Promise<OrderRow> {
    const order = await orders.findById(parseWith(orderIdSchema, id, 'orders:errors.notFound'));
    if (!order) throw notFound('order', 'orders:errors.notFound');
    return order;
  }

  async function view(order: OrderRow): Promise<OrderView> {
    return toOrderView(order, order.pickupPointId ? await orders.findPointById(order.pickupPointId) : null);
  }

  /** where a pickup happens, in words (the display point, or the producer's village) */
  async function placeOf(o: OrderRow): Promise<string> {
    const point = o.pickupPointId ? await orders.findPointById(o.pickupPointId) : null;
    if (point) return [point.name, point.city, point.address].filter(Boolean).join(', ');
    return `${o.producer.businessName}, ${o.producer.village}, ${o.producer.district}`;
  }

  async function step(actor: Actor, id: string, kind: OrderStep, plan: (o: OrderRow, parties: Set<OrderParty>) => Promise<Plan> | Plan): Promise<OrderView> {
    const o = await load(id);
    const parties = requireStep(actor, kind, o);
    const p = await plan(o, parties);
    const moved = await orders.transition({
      orderId: o.id,
      from: o.status,
      to: p.to,
      actorId: actor.userId,
      at: deps.now(),
      note: p.note,
      data: p.data,
      releaseStock: p.release ? o.items.map((i) => ({ productId: i.productId, quantity: i.quantity })) : undefined,
      notes: transitionNotes(p.event, o, otherSides(parties), p.info),
      ledger: p.ledger,
    });
    const fresh = await load(o.id);
    if (!moved) throw conflict('order changed meanwhile', 'orders:errors.changed', { number: o.number, status: fresh.status });
    return view(fresh);
  }

  return {
    async listMine(actor: Actor, input: z.input<typeof listSchema> = {}): Promise<OrderSummaryView[]> {
      const f = parseWith(listSchema, input, 'common:errors.validation');
      const filter = { take: f.limit, ...(f.open ? { statuses: OPEN_STATUSES } : {}) };
      if (f.as === 'buyer') return (await orders.listForBuyer(actor.userId, filter)).map(toOrderSummary);
      if (!actor.producerId) throw forbidden('not a producer', 'orders:errors.notProducer');
      return (await orders.listForProducer(actor.producerId, filter)).map(toOrderSummary);
    },

    /** One order for its buyer, its producer or an admin (recipient contact included). */
    /** 403/404 before anything else: is the actor a party that may ever take this step on the order? */
    async requireParty(actor: Actor, id: string, step: OrderStep): Promise<void> {
      requireParty(actor, step, await load(id));
    },

    async get(actor: Actor, id: string): Promise<OrderView> {
      const o = await load(id);
      requireStep(actor, 'view', o);
      return view(o);
    },

    /** what the actor can do with the order now (the chat's buttons) */
    nextSteps: (actor: Actor, order: OrderSummaryView): OrderStep[] => stepsFor(actor, { ...order, producerId: order.producer.id }),

    /** throws the DomainError the step would (not yours, not for you, not now): flows check before asking */
    requireStep: (actor: Actor, order: OrderSummaryView, step: OrderStep): void => void requireStep(actor, step, { ...order, producerId: order.producer.id }),

    history: async (actor: Actor, id: string) => {
      const o = await load(id);
      requireStep(actor, 'view', o);
      return orders.history(o.id);
    },

    /** The producer takes the order: courier orders need the shipping cost, pickups cost nothing to ship. */
    accept: (actor: Actor, id: string, input: z.input<typeof acceptSchema>) =>
      step(actor, id, 'accept', async (o) => {
        const { shippingIdr } = parseWith(acceptSchema, input, 'orders:errors.badShipping');
        if (o.deliveryMethod === 'COURIER' && shippingIdr === undefined) throw invalid('shipping cost required', 'orders:errors.shippingRequired');
        const shipping = o.deliveryMethod === 'COURIER' ? shippingIdr! : 0;
        const totalIdr = o.subtotalIdr + shipping;
        if (o.paymentMethod === 'CASH_ON_PICKUP') {
          return { to: 'READY_FOR_PICKUP', event: 'accepted', data: { shippingIdr: shipping, totalIdr, expiresAt: null }, info: { shippingIdr: shipping, totalIdr, place: await placeOf(o) } };
        }
        const expiresAt = new Date(deps.now().getTime() + deps.settings.orderPaymentTtlHours * 3_600_000);
        return { to: 'AWAITING_PAYMENT', event: 'accepted', data: { shippingIdr: shipping, totalIdr, expiresAt }, info: { shippingIdr: shipping, totalIdr, expiresAt } };
      }),

    decline: (actor: Actor, id: string, input: z.input<typeof declineSchema>) =>
      step(actor, id, 'decline', (o) => {
        const { reason } = parseWith(declineSchema, input, 'orders:errors.badReason');
        return { to: 'DECLINED', event: 'declined', data: { reason, expiresAt: null }, note: reason, release: true, info: { reason } };
      }),

    cancel: (actor: Actor, id: string, input: z.input<typeof cancelSchema> = {}) =>
      step(actor, id, 'cancel', () => {
        const reason = parseWith(cancelSchema, input, 'orders:errors.badReason').reason || null;
        return { to: 'CANCELLED', event: 'cancelled', data: { reason, expiresAt: null }, note: reason, release: true, info: { reason } };
      }),

    /** The buyer's photo of the transfer; a new photo replaces the last until the producer confirms. */
    submitPaymentProof: (actor: Actor, id: string, input: z.input<typeof paySchema>) =>
      step(actor, id, 'pay', async () => {
        const { mediaId } = parseWith(paySchema, input, 'orders:errors.badProof');
        const media = await orders.findMedia(mediaId);
        if (!media || media.ownerId !== actor.userId) throw invalid('proof must be the buyer’s upload', 'orders:errors.badProof');
        return { to: 'PAYMENT_SUBMITTED', event: 'paymentSubmitted', data: { paymentProofMediaId: mediaId, expiresAt: null }, info: { proofMediaId: mediaId } };
      }),

    /** Money received: PAID; for cash on pickup this is the handover too, so the order is complete. */
    confirmPayment: (actor: Actor, id: string) =>
      step(actor, id, 'confirm', (o) =>
        o.paymentMethod === 'CASH_ON_PICKUP' ? { to: 'COMPLETED', event: 'completed', note: 'cash' } : { to: 'PAID', event: 'paymentConfirmed', data: { expiresAt: null } },
      ),

    /** Courier orders leave with a courier and tracking number; pickups become ready to collect. */
    ship: (actor: Actor, id: string, input: z.input<typeof shipSchema> = {}) =>
      step(actor, id, 'ship', async (o) => {
        const data = parseWith(shipSchema, input, 'orders:errors.badTracking');
        if (o.deliveryMethod !== 'COURIER') return { to: 'READY_FOR_PICKUP', event: 'readyForPickup', info: { place: await placeOf(o) } };
        if (!data.courier || !data.trackingNumber) throw invalid('courier and tracking number required', 'orders:errors.badTracking');
        return { to: 'SHIPPED', event: 'shipped', data: { courier: data.courier, trackingNumber: data.trackingNumber }, info: { courier: data.courier, trackingNumber: data.trackingNumber } };
      }),

    /** Received (the buyer) or handed over at pickup (the producer). */
    complete: (actor: Actor, id: string) => step(actor, id, 'complete', (o) => ({ to: 'COMPLETED', event: 'completed', ledger: ledgerLines(o, deps.settings.platformFeePercent ?? 0) })),

    ...createOrderRating({ orders, load }),
    ...createOrderExpiry(deps),
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
