// Texts the order flows share: an order's detail for the buyer or the producer, the cart groups of checkout.
// The recipient's phone and address appear only in the producer's detail (the buyer knows their own).
import { formatDateTime, formatIdr } from '../../../domain/lib/i18n.ts';
import type { CheckoutPreview } from '../../../domain/services/checkout.service.ts';
import { itemLines, type OrderView } from '../../../domain/services/order-view.ts';
import type { FlowContext } from '../../core/flow.ts';

export function addressText(r: OrderView['recipient']): string {
  return [r.addressLine, r.city, r.province, r.postalCode, r.country !== 'ID' ? r.country : null].filter(Boolean).join(', ');
}

function moneyLines(ctx: FlowContext, o: OrderView): string {
  const notYet = ctx.t('orders:detail.notYet');
  return ctx.t('orders:detail.money', {
    subtotal: formatIdr(o.subtotalIdr),
    shipping: o.shippingIdr === null ? notYet : formatIdr(o.shippingIdr),
    total: o.totalIdr === null ? notYet : formatIdr(o.totalIdr),
  });
}

function extras(ctx: FlowContext, o: OrderView): string {
  let text = '';
  if (o.courier && o.trackingNumber) text += ctx.t('orders:detail.tracking', { courier: o.courier, tracking: o.trackingNumber });
  if (o.pickupPoint) text += ctx.t('orders:detail.point', { point: `${o.pickupPoint.name}, ${o.pickupPoint.city}` });
  if (o.status === 'AWAITING_PAYMENT' && o.expiresAt) text += ctx.t('orders:detail.deadline', { deadline: formatDateTime(new Date(o.expiresAt), ctx.lang) });
  if (o.reason) text += ctx.t('orders:detail.reason', { reason: o.reason });
  return text;
}

/** How to pay, for the buyer of an accepted, unpaid order. */
function payToText(ctx: FlowContext, o: OrderView): string {
  if (!o.payTo || o.paymentMethod === 'CASH_ON_PICKUP' || (o.status !== 'AWAITING_PAYMENT' && o.status !== 'PAYMENT_SUBMITTED')) return '';
  if (o.payTo.bankAccount) return ctx.t('orders:detail.payBank', { bankName: o.payTo.bankName ?? '-', bankAccount: o.payTo.bankAccount, bankHolder: o.payTo.bankHolder ?? '-' });
  if (o.payTo.qrisMediaId) return ctx.t('orders:detail.payQris');
  return ctx.t('orders:detail.payContact', { phone: o.payTo.phone ?? '-' });
}

export function buyerDetailText(ctx: FlowContext, o: OrderView): string {
  return (
    ctx.t('orders:detail.head', { number: o.number, status: o.status }) +
    ctx.t('orders:detail.producer', { name: o.producer.businessName }) +
    `\n\n${itemLines(o.items)}\n\n` +
    moneyLines(ctx, o) +
    ctx.t('orders:detail.methods', { delivery: o.deliveryMethod, payment: o.paymentMethod }) +
    extras(ctx, o) +
    payToText(ctx, o)
  );
}

export function sellerDetailText(ctx: FlowContext, o: OrderView): string {
  const address = o.deliveryMethod === 'COURIER' ? ctx.t('orders:detail.address', { address: addressText(o.recipient) }) : '';
  return (
    ctx.t('orders:detail.head', { number: o.number, status: o.status }) +
    `\n\n${itemLines(o.items)}\n\n` +
    moneyLines(ctx, o) +
    ctx.t('orders:detail.methods', { delivery: o.deliveryMethod, payment: o.paymentMethod }) +
    ctx.t('orders:detail.recipient', { name: o.recipient.name, phone: o.recipient.phone }) +
    address +
    extras(ctx, o) +
    (o.paymentProofMediaId ? ctx.t('orders:detail.hasProof') : '')
  );
}

/** The cart as checkout will order it: per producer, its lines and subtotal. */
export function groupsText(ctx: FlowContext, preview: CheckoutPreview): string {
  return preview.groups
    .map((g) => {
      const lines = itemLines(g.lines.map((l) => ({ ...l, name: ctx.lang === 'en' && l.nameEn ? l.nameEn : l.name })));
      return `${ctx.t('orders:checkout.groupHeader', { producer: g.producer.businessName, region: g.producer.regionName })}\n${lines}\n${ctx.t('orders:checkout.groupSubtotal', { subtotal: formatIdr(g.subtotalIdr) })}`;
    })
    .join('\n\n');
}

/** One line of a list: number, status, amount or city. */
export function listLabel(ctx: FlowContext, o: { number: string; status: string; totalIdr: number | null; subtotalIdr: number }, tail?: string): string {
  return ctx.t('orders:list.item', { number: o.number, status: o.status, tail: tail ?? formatIdr(o.totalIdr ?? o.subtotalIdr) });
}
