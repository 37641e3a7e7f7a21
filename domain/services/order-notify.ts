// The messages each step of an order sends to the other side, with the buttons for their next step. They are
// written in the same transaction as the step (outbox) and rendered in the recipient's language at delivery;
// values like "t:orders:delivery.COURIER" are translated then. Dates are formatted now, in the recipient's
// language. Only the buyer's city travels in a notification, never the phone or the address.
import { formatDateTime, formatIdr, isLang, type Lang } from '../lib/i18n.ts';
import type { NotificationInput } from '../repositories/notification.repository.ts';
import type { OrderRow } from '../repositories/order.repository.ts';
import type { PlacedOrder } from '../repositories/order-write.repository.ts';
import { itemLines } from './order-view.ts';

export type Side = 'buyer' | 'producer';
export type OrderEvent = 'accepted' | 'declined' | 'cancelled' | 'paymentSubmitted' | 'paymentConfirmed' | 'shipped' | 'readyForPickup' | 'completed' | 'expired';

export interface NoteInfo {
  shippingIdr?: number;
  totalIdr?: number;
  expiresAt?: Date | null;
  reason?: string | null;
  courier?: string;
  trackingNumber?: string;
  proofMediaId?: string;
  /** where a pickup happens, in words */
  place?: string;
}

type Choice = NonNullable<NotificationInput['choices']>[number];
const act = (name: string, id: string) => `!order.${name}:${id}`;
const button = (key: string, name: string, id: string): Choice => ({ labelKey: `orders:buttons.${key}`, value: act(name, id) });
const langOf = (value: unknown): Lang => (isLang(value) ? value : 'id');

export function newOrderNote(order: PlacedOrder, producerUserId: string, info: { city: string | null; deliveryMethod: string; paymentMethod: string }): NotificationInput {
  return {
    recipientId: producerUserId,
    template: 'orders:notify.newOrder',
    params: {
      number: order.number,
      items: itemLines(order.items),
      subtotal: formatIdr(order.subtotalIdr),
      city: info.city ?? '-',
      delivery: `t:orders:delivery.${info.deliveryMethod}`,
      payment: `t:orders:payment.${info.paymentMethod}`,
    },
    choices: [button('accept', 'accept', order.id), button('decline', 'decline', order.id), button('open', 'open', order.id)],
  };
}

/** How the buyer pays once the order is accepted: QRIS image, bank details, or the producer's phone. */
function acceptedForBuyer(o: OrderRow, info: NoteInfo): Pick<NotificationInput, 'template' | 'params' | 'choices' | 'mediaId'> {
  const p = o.producer;
  const total = formatIdr(info.totalIdr ?? 0);
  const base = { number: o.number, producer: p.businessName, shipping: formatIdr(info.shippingIdr ?? 0), total };
  if (o.paymentMethod === 'CASH_ON_PICKUP') {
    return { template: 'orders:notify.acceptedCash.buyer', params: { ...base, place: info.place ?? '-' }, choices: [button('cancel', 'cancel', o.id)] };
  }
  const deadline = info.expiresAt ? formatDateTime(info.expiresAt, langOf(o.buyer.language)) : '-';
  if (o.paymentMethod === 'ONLINE_QRIS' || o.paymentMethod === 'VIRTUAL_ACCOUNT' || o.paymentMethod === 'EWALLET') {
    // the shipping cost is set: the checkout's one online payment can be made (payment.service.startForOrder),
    // or the buyer, not agreeing to the final total, cancels
    return { template: 'payment:notify.accepted.buyer', params: { ...base, deadline }, choices: [{ labelKey: 'payment:buttons.payNow', value: `!order.pay:${o.id}` }, button('cancel', 'cancel', o.id)] };
  }
  const choices = [button('pay', 'pay', o.id), button('cancel', 'cancel', o.id)];
  if (o.paymentMethod === 'QRIS' && p.qrisMediaId) {
    return { template: 'orders:notify.acceptedQris.buyer', params: { ...base, deadline }, choices, mediaId: p.qrisMediaId };
  }
  if (p.bankAccount) {
    return { template: 'orders:notify.acceptedBank.buyer', params: { ...base, deadline, bankName: p.bankName ?? '-', bankAccount: p.bankAccount, bankHolder: p.bankHolder ?? '-' }, choices };
  }
  return { template: 'orders:notify.acceptedContact.buyer', params: { ...base, deadline, phone: p.phone ?? '-' }, choices };
}

function buyerNote(event: OrderEvent, o: OrderRow, info: NoteInfo): Pick<NotificationInput, 'template' | 'params' | 'choices' | 'mediaId'> {
  const base = { number: o.number, producer: o.producer.businessName };
  switch (event) {
    case 'accepted':
      return acceptedForBuyer(o, info);
    case 'declined':
    case 'cancelled':
      return { template: `orders:notify.${event}.buyer`, params: { ...base, reason: info.reason ?? '-' } };
    case 'paymentConfirmed':
      return { template: 'orders:notify.paymentConfirmed.buyer', params: { ...base, total: formatIdr(o.totalIdr ?? 0) }, choices: [button('open', 'open', o.id)] };
    case 'shipped':
      return { template: 'orders:notify.shipped.buyer', params: { ...base, courier: info.courier ?? '-', tracking: info.trackingNumber ?? '-' }, choices: [button('received', 'received', o.id)] };
    case 'readyForPickup':
      return { template: 'orders:notify.readyForPickup.buyer', params: { ...base, place: info.place ?? '-' }, choices: [button('received', 'received', o.id)] };
    case 'completed':
      return { template: 'orders:notify.completed.buyer', params: base, choices: [button('rate', 'rate', o.id)] };
    case 'expired':
      return { template: 'orders:notify.expired.buyer', params: base };
    case 'paymentSubmitted':
      return { template: 'orders:notify.paymentSubmitted.buyer', params: base };
  }
}

function producerNote(event: OrderEvent, o: OrderRow, info: NoteInfo): Pick<NotificationInput, 'template' | 'params' | 'choices' | 'mediaId'> {
  const base = { number: o.number, total: formatIdr(info.totalIdr ?? o.totalIdr ?? o.subtotalIdr) };
  switch (event) {
    case 'paymentSubmitted':
      return { template: 'orders:notify.paymentSubmitted.producer', params: base, choices: [button('confirmPayment', 'confirm', o.id), button('open', 'open', o.id)], mediaId: info.proofMediaId ?? null };
    case 'paymentConfirmed':
      return { template: 'orders:notify.paymentConfirmed.producer', params: base, choices: [button('ship', 'ship', o.id)] };
    case 'declined':
    case 'cancelled':
      return { template: `orders:notify.${event}.producer`, params: { ...base, reason: info.reason ?? '-' } };
    default:
      // accepted, shipped, readyForPickup, completed, expired: the producer is told what happened
      return { template: `orders:notify.${event}.producer`, params: base, choices: [button('open', 'open', o.id)] };
  }
}

/** The notifications of one step for the sides that did not take it. */
export function transitionNotes(event: OrderEvent, o: OrderRow, to: Side[], info: NoteInfo = {}): NotificationInput[] {
  return to.map((side) => ({
    recipientId: side === 'buyer' ? o.buyerId : o.producer.userId,
    ...(side === 'buyer' ? buyerNote(event, o, info) : producerNote(event, o, info)),
  }));
}
