// "My orders" (flow id 'buyer-orders'): the buyer's orders with their status, one order's detail with the
// steps possible now (pay, cancel, received, rate), the payment proof photo and the cancel confirmation.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import type { Flow, FlowContext, StepInput, StepResult } from '../../core/flow.ts';
import { isOnlineMethod } from '../../../domain/payments/payment-gateway.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { orderFor, stepOptions } from './order-access.ts';
import { buyerDetailText, listLabel } from './order-text.ts';

export const BUYER_ORDERS_FLOW = 'buyer-orders';
const MAX_PROOF_BYTES = 10 * 1024 * 1024;

/** Stores a proof photo and hands it in for the order; false (and the buyer told) when it is no usable photo. */
export async function takeProof(ctx: FlowContext, input: StepInput, orderId: string): Promise<boolean> {
  const isImage = input.kind === 'media' && (input.mediaKind === 'photo' || (input.mime ?? '').startsWith('image/'));
  if (input.kind !== 'media' || !isImage) {
    ctx.reply({ type: 'text', text: ctx.t('engine:expectedPhoto') });
    return false;
  }
  if ((input.bytes ?? 0) > MAX_PROOF_BYTES) {
    ctx.reply({ type: 'text', text: ctx.t('orders:buyer.proofTooLarge') });
    return false;
  }
  const order = await ctx.services.orders.get(ctx.actor, orderId);
  ctx.services.orders.requireStep(ctx.actor, order, 'pay');
  const file = await input.fetch();
  const media = await ctx.services.media.upload(ctx.actor, { data: file.data, mime: file.mime, kind: 'payment_proof' });
  await ctx.services.orders.submitPaymentProof(ctx.actor, order.id, { mediaId: media.id });
  ctx.reply({ type: 'text', text: ctx.t('orders:buyer.proofSent', { number: order.number }) });
  return true;
}

/**
 * A photo sent anywhere while an order paid by transfer awaits its payment: the proof of the latest such
 * order, without tapping "Kirim bukti bayar" first. Null when no order waits for one.
 */
export async function proofWithoutAsking(ctx: FlowContext, input: Extract<StepInput, { kind: 'media' }>): Promise<StepResult | null> {
  if (!(input.mediaKind === 'photo' || (input.mime ?? '').startsWith('image/'))) return null;
  const orders = await ctx.services.orders.listMine(ctx.actor, { as: 'buyer', limit: 10 });
  const waiting = orders.find((o) => o.status === 'AWAITING_PAYMENT' && !isOnlineMethod(o.paymentMethod));
  if (!waiting) return null;
  return (await takeProof(ctx, input, waiting.id)) ? { end: true } : { repeat: true };
}

const backToList = (ctx: FlowContext) => ({ label: ctx.t('orders:buttons.backToList'), value: 'list' });

export const buyerOrdersFlow: Flow = {
  id: BUYER_ORDERS_FLOW,
  start: 'list',
  steps: {
    list: {
      async prompt(ctx): Promise<StepResult | void> {
        const orders = await ctx.services.orders.listMine(ctx.actor, { as: 'buyer', limit: 10 });
        if (orders.length === 0) {
          ctx.reply({ type: 'text', text: ctx.t('orders:buyer.none') });
          return { end: true };
        }
        ctx.choose(ctx.t('orders:buyer.listTitle'), orders.map((o) => ({ label: listLabel(ctx, o), value: `o:${o.id}` })));
      },
      handle(ctx, input): StepResult {
        const value = expectChoice(ctx, input);
        if (!value?.startsWith('o:')) return { stay: true };
        ctx.data.orderId = value.slice(2);
        return { goto: 'detail' };
      },
    },
    detail: {
      async prompt(ctx) {
        const order = await orderFor(ctx);
        const options = [...stepOptions(ctx, order, 'buyer'), backToList(ctx)];
        const qris = order.status === 'AWAITING_PAYMENT' && order.paymentMethod === 'QRIS' ? order.payTo?.qrisMediaId : null;
        ctx.choose(buyerDetailText(ctx, order), options, qris ? { photo: { mediaId: qris } } : undefined);
      },
      handle(ctx, input): StepResult {
        return expectChoice(ctx, input) === 'list' ? { goto: 'list' } : { stay: true };
      },
    },
    proof: {
      async prompt(ctx) {
        const order = await orderFor(ctx, 'pay');
        ctx.request('photo', ctx.t('orders:buyer.askProof', { number: order.number, total: order.totalIdr === null ? '-' : formatIdr(order.totalIdr) }));
      },
      help: 'orders:buyer.proofHelp',
      async handle(ctx, input): Promise<StepResult> {
        return (await takeProof(ctx, input, String(ctx.data.orderId))) ? { end: true } : { stay: true };
      },
    },
    cancelConfirm: {
      async prompt(ctx) {
        const order = await orderFor(ctx, 'cancel');
        ctx.choose(ctx.t('orders:buyer.askCancel', { number: order.number }), [
          { label: ctx.t('orders:buyer.yesCancel'), value: 'yes' },
          { label: ctx.t('orders:buyer.noKeep'), value: 'no' },
        ]);
      },
      async handle(ctx, input): Promise<StepResult> {
        const value = expectChoice(ctx, input);
        if (value === 'no') return { goto: 'detail' };
        if (value !== 'yes') return { stay: true };
        const order = await ctx.services.orders.cancel(ctx.actor, String(ctx.data.orderId));
        ctx.reply({ type: 'text', text: ctx.t('orders:buyer.cancelled', { number: order.number }) });
        return { end: true };
      },
    },
  },
};
