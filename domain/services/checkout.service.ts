// Checkout: the buyer's cart becomes one order per producer, with the recipient, the delivery and the payment
// method. Stock is reserved in the same transaction that creates the orders (a conditional UPDATE, so it
// never goes negative however many buyers race); a product that sold out meanwhile stops the checkout with
// a clear message and the cart adjusted. The checkout key makes a double tap on Confirm create nothing more.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { conflict, DomainError, invalid, unprocessable } from '../lib/errors.ts';
import type { OrderRepository } from '../repositories/order.repository.ts';
import { normalizePhone } from './account.service.ts';
import type { Actor } from './actor.ts';
import { buildPreview, type CheckoutGroupView, type CheckoutPreview, type CheckoutProblem, type PaymentOffer } from './checkout-view.ts';
import { isOnlineMethod } from '../payments/payment-gateway.ts';
import type { ProducerEstimate, ShippingService } from './shipping.service.ts';
import type { Destination } from './shipping-zone.ts';
import { newOrderNote } from './order-notify.ts';
import { newOrderNumber } from './order-number.ts';
import { parseWith } from './order.service.ts';
import { toOrderView, type OrderView } from './order-view.ts';

export type { CheckoutPreview, CheckoutProblem } from './checkout-view.ts';

export interface CheckoutDeps {
  orders: OrderRepository;
  now: () => Date;
  /** shipping rates, so an online payment can include shipping (absent: the producer always sets it) */
  shipping?: ShippingService;
  offer?: PaymentOffer & { paymentExpiryMinutes: number };
}

/** the orders of an online checkout stay payable a little past the gateway's expiry (payment.service decides first) */
const ONLINE_ORDER_GRACE_MS = 15 * 60_000;

const optionalText = (max: number) => z.string().trim().max(max).optional();

/** a web guest's e-mail (optional, '' is none): kept on the orders; nothing is mailed, the order page's link is the receipt */
export const buyerEmailSchema = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().toLowerCase().email().max(200).optional());

export const checkoutSchema = z.object({
  checkoutKey: z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/),
  recipientName: z.string().trim().min(2).max(100),
  recipientPhone: z.string().trim().min(6).max(24),
  deliveryMethod: z.enum(['COURIER', 'PICKUP_PRODUCER', 'PICKUP_DISPLAY_POINT']),
  paymentMethod: z.enum(['BANK_TRANSFER', 'QRIS', 'CASH_ON_PICKUP', 'ONLINE_QRIS', 'VIRTUAL_ACCOUNT', 'EWALLET']),
  addressLine: optionalText(300),
  city: optionalText(100),
  province: optionalText(100),
  postalCode: optionalText(12),
  /** "ID" for Indonesia, otherwise the country as the buyer wrote it */
  country: z.string().trim().min(2).max(60).default('ID'),
  pickupPointCode: optionalText(20),
  /** the display point whose QR brought the buyer (the chat's ctx.sticky.displayPoint) */
  attributedPointCode: optionalText(20),
  buyerEmail: buyerEmailSchema,
});

export type CheckoutInput = z.input<typeof checkoutSchema>;

export const newCheckoutKey = (): string => randomBytes(12).toString('base64url');

/** where an order goes, checked the same way for the chat, the API and the web */
export function addressOf(d: Pick<z.infer<typeof checkoutSchema>, 'deliveryMethod' | 'addressLine' | 'city' | 'province' | 'postalCode' | 'country'>) {
  if (d.deliveryMethod !== 'COURIER') return { addressLine: null, city: d.city || null, province: null, postalCode: null, country: d.country };
  if (!d.addressLine || d.addressLine.length < 5 || !d.city) throw invalid('address and city required', 'orders:errors.addressRequired');
  const domestic = d.country === 'ID';
  if (domestic && !d.province) throw invalid('province required', 'orders:errors.addressRequired');
  if (domestic && !/^\d{5}$/.test(d.postalCode ?? '')) throw invalid('postal code must be 5 digits', 'orders:errors.badPostalCode');
  return { addressLine: d.addressLine, city: d.city, province: d.province || null, postalCode: d.postalCode || null, country: d.country };
}

/** what the web's review step checks before showing the total: the recipient and where it goes */
export const quoteSchema = checkoutSchema.omit({ checkoutKey: true, paymentMethod: true, attributedPointCode: true });

/** The cart with each producer's shipping to the buyer and the total: what the buyer sees before placing. */
export interface CheckoutQuote {
  preview: CheckoutPreview;
  shipping: ProducerEstimate[];
  /** items + every shipping; null while a producer has no rate (they confirm it, the buyer approves the total) */
  totalIdr: number | null;
  itemsIdr: number;
}

type PlaceOutcome =
  | { ok: true; placed: { created: boolean; orders: OrderView[] } }
  | { ok: false; error: DomainError; problems: CheckoutProblem[] };

/**
 * The last order's recipient is read by the cart (its shipping estimate) and again by the checkout's first
 * step a moment later; it changes only when the buyer orders. Kept this long per buyer, forgotten when this
 * process places an order for them (an order placed by another process shows after at most this long: the
 * recipient is only offered for reuse, never used unasked).
 */
const RECIPIENT_MEMO_MS = 30_000;
const RECIPIENT_MEMO_MAX = 5_000;

export function createCheckoutService(deps: CheckoutDeps) {
  const { orders } = deps;
  type Recipient = Awaited<ReturnType<typeof orders.lastRecipient>>;
  const recipients = new Map<string, { until: number; value: Promise<Recipient> }>();

  function lastRecipient(userId: string): Promise<Recipient> {
    const now = Date.now();
    const hit = recipients.get(userId);
    if (hit && hit.until > now) return hit.value;
    if (recipients.size >= RECIPIENT_MEMO_MAX) recipients.delete(recipients.keys().next().value!);
    const value = Promise.resolve(orders.lastRecipient(userId)); // a plain promise: read once, awaited by many
    recipients.set(userId, { until: now + RECIPIENT_MEMO_MS, value });
    value.catch(() => recipients.delete(userId));
    return value;
  }

  async function preview(actor: Actor): Promise<CheckoutPreview> {
    return buildPreview(await orders.cartLines(actor.userId), actor.userId, newCheckoutKey(), deps.offer);
  }

  /** each producer's shipping to the destination (0 for a pickup; null where the producer has no rate) */
  async function shippingOf(groups: CheckoutGroupView[], destination: Destination | null): Promise<ProducerEstimate[]> {
    if (!destination) return groups.map((g) => ({ producerId: g.producer.id, businessName: g.producer.businessName, zone: 'SAME_REGENCY' as const, weightGrams: 0, shippingIdr: 0 }));
    if (!deps.shipping) return groups.map((g) => ({ producerId: g.producer.id, businessName: g.producer.businessName, zone: 'INDONESIA' as const, weightGrams: 0, shippingIdr: null }));
    const parcels = groups.map((g) => ({ producerId: g.producer.id, businessName: g.producer.businessName, regionCode: g.producer.regionCode, weightGrams: g.lines.reduce((s, l) => s + l.weightGrams, 0) }));
    return deps.shipping.estimate(parcels, destination);
  }

  async function adjust(actor: Actor, problems: CheckoutProblem[]): Promise<void> {
    for (const p of problems) await orders.adjustCartLine(actor.userId, p.productId, p.available);
  }

  async function viewsOf(ids: string[]): Promise<OrderView[]> {
    const rows = await orders.findByIds(ids);
    return Promise.all(rows.map(async (o) => toOrderView(o, o.pickupPointId ? await orders.findPointById(o.pickupPointId) : null)));
  }

  /**
   * Checks the confirmation against the cart as it is now and places its orders (a repeated key: the first's).
   * Lines that cannot be ordered as they stand come back with the error to tell, the cart untouched.
   */
  async function place(actor: Actor, d: z.output<typeof checkoutSchema>): Promise<PlaceOutcome> {
    const phone = normalizePhone(d.recipientPhone);
    if (!phone) throw invalid('bad phone', 'orders:errors.badPhone');
    const address = addressOf(d);
    const point = d.deliveryMethod === 'PICKUP_DISPLAY_POINT' ? await orders.findActivePointByCode(d.pickupPointCode ?? '') : null;
    if (d.deliveryMethod === 'PICKUP_DISPLAY_POINT' && !point) throw invalid('unknown pickup point', 'orders:errors.unknownPoint');
    const attributed = d.attributedPointCode ? await orders.findActivePointByCode(d.attributedPointCode) : null;

    const cart = await preview(actor);
    if (cart.problems.length > 0) {
      const error = conflict('cart lines cannot be ordered as they stand', 'orders:errors.soldOut', { names: cart.problems.map((p) => p.name).join(', ') });
      return { ok: false, error, problems: cart.problems };
    }
    if (cart.groups.length === 0) throw unprocessable('empty cart', 'orders:errors.emptyCart');
    if (!cart.paymentMethods.includes(d.paymentMethod)) throw unprocessable(`${d.paymentMethod} not offered`, `orders:errors.paymentNotOffered`);
    if (d.paymentMethod === 'CASH_ON_PICKUP' && d.deliveryMethod === 'COURIER') throw unprocessable('cash needs a pickup', 'orders:errors.cashNeedsPickup');

    const producerUser = new Map(cart.groups.map((g) => [g.producer.id, g.producer.userId]));
    // paid online: one payment needs every shipping cost now; where one is unknown the producer sets it first
    const online = isOnlineMethod(d.paymentMethod);
    const destination = d.deliveryMethod === 'COURIER' ? { country: address.country, province: address.province, city: address.city } : null;
    const shipping = online ? new Map((await shippingOf(cart.groups, destination)).map((e) => [e.producerId, e.shippingIdr])) : new Map<string, number | null>();
    const direct = online && cart.groups.every((g) => shipping.get(g.producer.id) != null);
    const alert = { city: address.city ?? point?.city ?? null, deliveryMethod: d.deliveryMethod, paymentMethod: d.paymentMethod };
    const now = deps.now();
    const result = await orders.placeOrders(
      {
        buyerId: actor.userId,
        checkoutKey: d.checkoutKey,
        deliveryMethod: d.deliveryMethod,
        paymentMethod: d.paymentMethod,
        pickupPointId: point?.id ?? null,
        attributedPointId: attributed?.id ?? null,
        recipientName: d.recipientName,
        recipientPhone: phone,
        buyerEmail: d.buyerEmail ?? null,
        ...address,
        createdAt: now,
        ...(direct ? { initialStatus: 'AWAITING_PAYMENT' as const, expiresAt: new Date(now.getTime() + deps.offer!.paymentExpiryMinutes * 60_000 + ONLINE_ORDER_GRACE_MS) } : {}),
      },
      // each line with what the buyer was shown: reserved only while the product still matches it (one statement)
      cart.groups.map((g) => ({ producerId: g.producer.id, lines: g.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, priceIdr: l.priceIdr, name: l.name, unit: l.unit })), ...(direct ? { shippingIdr: shipping.get(g.producer.id)! } : {}) })),
      () => newOrderNumber(now),
      // paid online at once: the producer hears of the order when the money is in (payment-notes.ts)
      (order) => (direct ? [] : [newOrderNote(order, producerUser.get(order.producerId)!, alert)]),
    );
    if (!result.ok) {
      // sold out between the summary and the confirmation: say so and fit the cart to what is left
      const stocks = await orders.productStocks(result.shortProductIds);
      const problems = stocks.map((s) => ({ productId: s.id, name: s.nameId, requested: 0, available: s.status === 'APPROVED' && !s.paused ? Math.max(0, s.stock) : 0, kind: 'aboveStock' as const }));
      return { ok: false, error: conflict('sold out meanwhile', 'orders:errors.soldOut', { names: problems.map((p) => p.name).join(', ') }), problems };
    }
    recipients.delete(actor.userId);
    // the one-statement checkout read its orders back itself, and the pickup point is the one just looked up
    const views = result.orders ? result.orders.map((o) => toOrderView(o, point)) : await viewsOf(result.orderIds);
    return { ok: true, placed: { created: result.created, orders: views } };
  }

  return {
    preview,
    newCheckoutKey,

    /** The cart's shipping per producer to where the buyer is sending it: what checkout shows before paying. */
    async shippingEstimate(actor: Actor, destination: Destination | null): Promise<ProducerEstimate[]> {
      return shippingOf((await preview(actor)).groups, destination);
    },

    /**
     * Sets lines that cannot be ordered as they stand to what is left (or removes them) and returns them
     * with the preview of the result: one read of the cart when nothing had to change, the usual case.
     */
    async reviewCart(actor: Actor): Promise<{ problems: CheckoutProblem[]; preview: CheckoutPreview }> {
      const first = await preview(actor);
      if (first.problems.length === 0) return { problems: [], preview: first };
      await adjust(actor, first.problems);
      return { problems: first.problems, preview: await preview(actor) };
    },

    /** The recipient and address checked as placing will check them, then items + shipping = total. */
    async quote(actor: Actor, input: z.input<typeof quoteSchema>): Promise<CheckoutQuote> {
      const d = parseWith(quoteSchema, input, 'orders:errors.badCheckout');
      if (!normalizePhone(d.recipientPhone)) throw invalid('bad phone', 'orders:errors.badPhone');
      const address = addressOf(d);
      const cart = await preview(actor);
      if (cart.groups.length === 0) throw unprocessable('empty cart', 'orders:errors.emptyCart');
      const destination = d.deliveryMethod === 'COURIER' ? { country: address.country, province: address.province, city: address.city } : null;
      const shipping = await shippingOf(cart.groups, destination);
      const known = shipping.every((e) => e.shippingIdr !== null);
      const itemsIdr = cart.totalIdr;
      return { preview: cart, shipping, itemsIdr, totalIdr: known ? itemsIdr + shipping.reduce((s, e) => s + (e.shippingIdr ?? 0), 0) : null };
    },

    listPickupPoints: () => orders.activePoints(),
    lastRecipient: (actor: Actor) => lastRecipient(actor.userId),

    async confirm(actor: Actor, input: CheckoutInput): Promise<{ created: boolean; orders: OrderView[] }> {
      const d = parseWith(checkoutSchema, input, 'orders:errors.badCheckout');
      let outcome: PlaceOutcome;
      try {
        outcome = await place(actor, d);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcome = { ok: false, error, problems: [] };
      }
      if (outcome.ok) return outcome.placed;
      // a repeated confirmation (double tap, retried request) answers with the orders of the first. Placing
      // finds them itself (its reserving statement looks for the key first); this is for a repetition that
      // failed before that because the first changed things: emptied the cart, took the last units.
      const earlier = await orders.idsByCheckoutKey(actor.userId, d.checkoutKey);
      if (earlier.length > 0) return { created: false, orders: await viewsOf(earlier) };
      // not a repetition: fit the cart to what can be ordered, then say why
      if (outcome.problems.length > 0) await adjust(actor, outcome.problems);
      throw outcome.error;
    },
  };
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
