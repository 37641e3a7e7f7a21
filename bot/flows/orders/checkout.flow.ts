// Checkout (flow id 'checkout', opened by the cart): the cart per producer, the recipient (the last order's
// details can be reused), delivery (courier with an address in Indonesia or abroad, pickup at the producer
// or at a display point), payment, a summary to confirm, the order numbers. The checkout key is made when
// the summary is first shown and kept in ctx.data, so a double tap on Confirm places the orders once.
import { normalizePhone } from '../../../domain/services/account.service.ts';
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { bestMatch } from '../../../domain/search/fuzzy.ts';
import type { CheckoutInput } from '../../../domain/services/checkout.service.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { nextAddressStep, recipientStep } from './checkout-oneline.ts';
import { addressSteps } from './checkout-address.ts';
import { confirmStep } from './checkout-confirm.ts';
import { groupsText } from './order-text.ts';
import { readPhone } from '../shared/phone-answer.ts';
import { paymentMethodOfText } from '../payments/method-words.ts';

const DELIVERIES = ['COURIER', 'PICKUP_PRODUCER', 'PICKUP_DISPLAY_POINT'] as const;
type Delivery = (typeof DELIVERIES)[number];

/** The payment methods the cart allows, as the review found them (read again when a step came here without it). */
async function offeredMethods(ctx: FlowContext): Promise<CheckoutInput['paymentMethod'][]> {
  const known = ctx.data.paymentMethods;
  if (Array.isArray(known) && known.every((m) => typeof m === 'string')) return known as CheckoutInput['paymentMethod'][];
  return (await ctx.services.checkout.preview(ctx.actor)).paymentMethods;
}

async function reviewPrompt(ctx: FlowContext): Promise<StepResult | void> {
  const { problems, preview } = await ctx.services.checkout.reviewCart(ctx.actor);
  if (problems.length > 0) {
    const lines = problems.map((p) => ctx.t(p.available > 0 ? 'orders:checkout.adjustedFewer' : 'orders:checkout.adjustedGone', { name: p.name, available: p.available })).join('\n');
    ctx.reply({ type: 'text', text: ctx.t('orders:checkout.adjusted', { lines }) });
  }
  if (preview.groups.length === 0) {
    ctx.reply({ type: 'text', text: ctx.t('orders:checkout.emptyCart') });
    return { end: true };
  }
  // the payment step offers these without reading the cart again (placing the orders checks them anew)
  ctx.data.paymentMethods = preview.paymentMethods;
  const split = preview.groups.length > 1 ? ctx.t('orders:checkout.splitNote', { count: preview.groups.length }) : '';
  const text = ctx.t('orders:checkout.overview', { groups: groupsText(ctx, preview), total: formatIdr(preview.totalIdr), split });
  const last = ctx.data.recipientName ? null : await ctx.services.checkout.lastRecipient(ctx.actor);
  ctx.choose(text, [
    ...(last ? [{ label: ctx.t('orders:checkout.reuse', { name: last.recipientName }), value: 'reuse' }] : []),
    { label: ctx.t(last ? 'orders:checkout.newDetails' : 'orders:checkout.continue'), value: 'continue' },
    { label: ctx.t('engine:buttons.cancel'), value: 'stop' },
  ]);
}

export const checkoutFlow: Flow = {
  id: 'checkout',
  start: 'review',
  form: true,
  steps: {
    review: {
      prompt: reviewPrompt,
      async handle(ctx, input): Promise<StepResult> {
        const value = expectChoice(ctx, input);
        if (value === 'stop') {
          ctx.reply({ type: 'text', text: ctx.t('orders:checkout.stopped') });
          return { end: true };
        }
        if (value === 'reuse') {
          const last = await ctx.services.checkout.lastRecipient(ctx.actor);
          if (last) {
            Object.assign(ctx.data, { recipientName: last.recipientName, recipientPhone: last.recipientPhone, addressLine: last.addressLine ?? undefined, city: last.city ?? undefined });
            Object.assign(ctx.data, { province: last.province ?? undefined, postalCode: last.postalCode ?? undefined, country: last.country, addressReady: Boolean(last.addressLine) });
            return { goto: 'delivery' };
          }
        }
        if (value === 'continue' || value === 'reuse') return { goto: ctx.data.recipientName && ctx.data.paymentMethod ? 'confirm' : 'name' };
        return { stay: true };
      },
    },
    name: recipientStep,
    phone: {
      prompt(ctx) {
        if (ctx.channel === 'WHATSAPP') {
          const own = normalizePhone(ctx.event.senderId);
          ctx.choose(ctx.t('orders:checkout.askPhoneWhatsApp', { phone: own ?? ctx.event.senderId }), [{ label: ctx.t('orders:checkout.useThisNumber'), value: 'own' }]);
        } else if (ctx.channel === 'TELEGRAM') {
          ctx.request('contact', ctx.t('orders:checkout.askPhoneTelegram'), ctx.t('orders:checkout.shareContact'));
        } else {
          ctx.reply({ type: 'text', text: ctx.t('orders:checkout.askPhone') });
        }
      },
      handle(ctx, input): StepResult {
        let raw: string | null = null;
        if (input.kind === 'choice' && input.value === 'own') raw = ctx.event.senderId;
        else if (input.kind === 'contact') raw = input.phone;
        else if (input.kind === 'text') raw = input.text;
        const phone = raw ? readPhone(input.kind === 'choice' ? raw.replace(/@.*$/, '') : raw) : null;
        if (!phone) {
          ctx.reply({ type: 'text', text: ctx.t('forms:address.badPhone') });
          return { stay: true };
        }
        ctx.data.recipientPhone = phone.normalized;
        // shown back in the summary as the buyer typed it
        ctx.data.recipientPhoneTyped = input.kind === 'text' ? phone.typed : phone.normalized;
        return { goto: 'delivery' };
      },
    },
    delivery: {
      prompt(ctx) {
        ctx.choose(ctx.t('orders:checkout.askDelivery'), DELIVERIES.map((d) => ({ label: ctx.t(`orders:delivery.${d}`), value: d })));
      },
      handle(ctx, input): StepResult {
        const value = expectChoice(ctx, input) as Delivery | null;
        if (!value || !DELIVERIES.includes(value)) return { stay: true };
        ctx.data.deliveryMethod = value;
        if (value === 'COURIER') {
          if (ctx.data.paymentMethod === 'CASH_ON_PICKUP') delete ctx.data.paymentMethod;
          return { goto: ctx.data.addressReady ? 'payment' : nextAddressStep(ctx) };
        }
        return { goto: value === 'PICKUP_DISPLAY_POINT' ? 'point' : 'payment' };
      },
    },
    ...addressSteps,
    point: {
      async prompt(ctx) {
        const points = await ctx.services.checkout.listPickupPoints();
        ctx.choose(ctx.t('orders:checkout.askPoint'), points.map((p) => ({ label: `${p.name} (${p.city})`, value: `pt:${p.code}` })));
      },
      async handle(ctx, input): Promise<StepResult> {
        const points = await ctx.services.checkout.listPickupPoints();
        const point =
          input.kind === 'choice' ? points.find((p) => `pt:${p.code}` === input.value) : input.kind === 'text' ? bestMatch(input.text, points, (p) => [p.code, p.name, p.city]) : null;
        if (!point) {
          ctx.reply({ type: 'text', text: ctx.t('orders:checkout.pointNotFound') });
          return { stay: true };
        }
        ctx.data.pickupPointCode = point.code;
        ctx.data.pickupPointName = `${point.name}, ${point.city}`;
        return { goto: 'payment' };
      },
    },
    payment: {
      async prompt(ctx) {
        const methods = (await offeredMethods(ctx)).filter((m) => m !== 'CASH_ON_PICKUP' || ctx.data.deliveryMethod !== 'COURIER');
        const online = methods.includes('ONLINE_QRIS');
        ctx.choose(ctx.t(online ? 'payment:chat.askPayment' : 'orders:checkout.askPayment'), methods.map((m) => ({ label: ctx.t(`orders:payment.${m}`), value: m })));
      },
      async handle(ctx, input): Promise<StepResult> {
        // typed: "qris", "va", "gopay", "transfer" ... (the menu's own words are matched by the engine)
        if (input.kind === 'text') {
          const offered = await offeredMethods(ctx);
          const typed = paymentMethodOfText(input.text, offered);
          if (typed) input = { kind: 'choice', value: typed };
        }
        const value = expectChoice(ctx, input);
        if (!value) return { stay: true };
        ctx.data.paymentMethod = value as CheckoutInput['paymentMethod'];
        return { goto: 'confirm' };
      },
    },
    confirm: confirmStep,
  },
};
