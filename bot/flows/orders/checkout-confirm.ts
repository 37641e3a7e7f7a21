// The last step of checkout: the summary with its checkout key, then the orders. A product that sold out
// since the summary sends the buyer back to the (adjusted) cart review with a clear message.
import { DomainError } from '../../../domain/lib/errors.ts';
import { formatIdr } from '../../../domain/lib/i18n.ts';
import type { CheckoutInput } from '../../../domain/services/checkout.service.ts';
import type { FlowContext, Step, StepResult } from '../../core/flow.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { groupsText } from './order-text.ts';
import { isOnlineMethod } from '../../../domain/payments/payment-gateway.ts';
import { payAndShow } from '../payments/payment-show.ts';
import { shippingSummary } from '../payments/shipping-summary.ts';

function whereText(ctx: FlowContext): string {
  const d = ctx.data;
  if (d.deliveryMethod === 'COURIER') {
    const address = [d.addressLine, d.city, d.province, d.postalCode, d.country !== 'ID' ? d.country : null].filter(Boolean).join(', ');
    return ctx.t('orders:checkout.whereAddress', { address });
  }
  if (d.deliveryMethod === 'PICKUP_DISPLAY_POINT') return ctx.t('orders:checkout.wherePoint', { point: d.pickupPointName });
  return '';
}

function inputOf(ctx: FlowContext): CheckoutInput {
  const d = ctx.data as Record<string, string | undefined>;
  const courier = d.deliveryMethod === 'COURIER';
  return {
    checkoutKey: d.checkoutKey!,
    recipientName: d.recipientName ?? '',
    recipientPhone: d.recipientPhone ?? '',
    deliveryMethod: d.deliveryMethod as CheckoutInput['deliveryMethod'],
    paymentMethod: d.paymentMethod as CheckoutInput['paymentMethod'],
    ...(courier ? { addressLine: d.addressLine, city: d.city, province: d.province, postalCode: d.postalCode, country: d.country ?? 'ID' } : {}),
    ...(d.deliveryMethod === 'PICKUP_DISPLAY_POINT' ? { pickupPointCode: d.pickupPointCode } : {}),
    ...(typeof ctx.sticky.displayPoint === 'string' ? { attributedPointCode: ctx.sticky.displayPoint } : {}),
  };
}

export const confirmStep: Step = {
  async prompt(ctx): Promise<StepResult | void> {
    const preview = await ctx.services.checkout.preview(ctx.actor);
    if (preview.problems.length > 0 || preview.groups.length === 0) return { goto: 'review' };
    const shipping = await shippingSummary(ctx, preview.totalIdr);
    // made once per summary: a second tap on Confirm sends the same key and places nothing more
    if (typeof ctx.data.checkoutKey !== 'string') ctx.data.checkoutKey = preview.checkoutKey;
    const d = ctx.data;
    const text = ctx.t('orders:checkout.summary', {
      groups: groupsText(ctx, preview),
      name: d.recipientName,
      phone: d.recipientPhoneTyped ?? d.recipientPhone,
      delivery: ctx.t(`orders:delivery.${String(d.deliveryMethod)}`),
      where: whereText(ctx),
      payment: ctx.t(`orders:payment.${String(d.paymentMethod)}`),
      total: formatIdr(preview.totalIdr),
      shippingNote: shipping.text || (d.deliveryMethod === 'COURIER' && !shipping.known ? ctx.t('orders:checkout.shippingNote') : ''),
    });
    ctx.choose(text, [
      { label: ctx.t('engine:buttons.confirm'), value: 'yes' },
      { label: ctx.t('orders:checkout.change'), value: 'change' },
      { label: ctx.t('engine:buttons.cancel'), value: 'stop' },
    ]);
  },
  async handle(ctx, input): Promise<StepResult> {
    const value = expectChoice(ctx, input);
    if (value === 'change') return { goto: 'name' };
    if (value === 'stop') {
      ctx.reply({ type: 'text', text: ctx.t('orders:checkout.stopped') });
      return { end: true };
    }
    if (value !== 'yes') return { stay: true };
    let result;
    try {
      result = await ctx.services.checkout.confirm(ctx.actor, inputOf(ctx));
    } catch (error) {
      if (error instanceof DomainError && error.messageKey === 'orders:errors.soldOut') {
        ctx.reply({ type: 'text', text: ctx.t(error.messageKey, error.params) });
        return { goto: 'review' };
      }
      throw error;
    }
    const numbers = result.orders
      .map((o) => ctx.t('orders:checkout.placedLine', { number: o.number, producer: o.producer.businessName, subtotal: formatIdr(o.subtotalIdr) }))
      .join('\n');
    if (isOnlineMethod(String(ctx.data.paymentMethod)) && result.orders.every((o) => o.status === 'AWAITING_PAYMENT')) {
      // shipping known for every producer: one payment now, shown right here (QR or payment page)
      ctx.reply({ type: 'text', text: ctx.t('payment:chat.placedOnline', { numbers }) });
      return payAndShow(ctx, () => ctx.services.payments.startForCheckout(ctx.actor, String(ctx.data.checkoutKey)));
    }
    const courier = result.orders.some((o) => o.deliveryMethod === 'COURIER');
    ctx.reply({ type: 'text', text: ctx.t(result.created ? 'orders:checkout.placed' : 'orders:checkout.alreadyPlaced', { numbers, shippingHint: courier ? ctx.t('orders:checkout.placedShippingHint') : '' }) });
    return { end: true };
  },
};
