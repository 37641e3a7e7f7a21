// "Incoming orders" (flow id 'seller-orders'): the producer's open orders, one order's detail with the
// recipient's contact (only the producer of the order and admins see it), and the producer's steps:
// accept with the shipping cost, decline with a reason, confirm the payment (with the proof photo),
// ship with courier and tracking number, or mark a pickup ready.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { readRupiah } from '../../../domain/lib/price-parse.ts';
import { MAX_SHIPPING_IDR } from '../../../domain/services/order.service.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectChoice, expectText } from '../../core/step-helpers.ts';
import { orderFor, stepOptions } from './order-access.ts';
import { addressText, listLabel, sellerDetailText } from './order-text.ts';
import { shipSteps } from './seller-ship.ts';

export const SELLER_ORDERS_FLOW = 'seller-orders';

/** "15rb", "Rp 25.000", "0", "gratis" / "free" → rupiah; null when unreadable or out of range. */
export function readShipping(text: string): number | null {
  if (/^\s*(gratis|free|nol|zero)\s*$/i.test(text)) return 0;
  const value = readRupiah(text);
  return value !== null && value <= MAX_SHIPPING_IDR ? value : null;
}

const backToList = (ctx: FlowContext) => ({ label: ctx.t('orders:buttons.backToList'), value: 'list' });

export const sellerOrdersFlow: Flow = {
  id: SELLER_ORDERS_FLOW,
  start: 'list',
  allowed: (actor) => Boolean(actor.producerId) || actor.role === 'ADMIN',
  steps: {
    list: {
      async prompt(ctx): Promise<StepResult | void> {
        if (!ctx.actor.producerId) return { end: true };
        const orders = await ctx.services.orders.listMine(ctx.actor, { as: 'producer', open: true, limit: 20 });
        if (orders.length === 0) {
          ctx.reply({ type: 'text', text: ctx.t('orders:seller.none') });
          return { end: true };
        }
        ctx.choose(ctx.t('orders:seller.listTitle'), orders.map((o) => ({ label: listLabel(ctx, o, o.city ?? ctx.t(`orders:deliveryShort.${o.deliveryMethod}`)), value: `o:${o.id}` })));
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
        const options = [...stepOptions(ctx, order, 'seller'), backToList(ctx)];
        const proof = order.status === 'PAYMENT_SUBMITTED' ? order.paymentProofMediaId : null;
        ctx.choose(sellerDetailText(ctx, order), options, proof ? { photo: { mediaId: proof } } : undefined);
      },
      handle(ctx, input): StepResult {
        return expectChoice(ctx, input) === 'list' ? { goto: 'list' } : { stay: true };
      },
    },
    shipping: {
      async prompt(ctx) {
        const order = await orderFor(ctx, 'accept');
        const where = order.recipient.country !== 'ID' ? addressText(order.recipient) : (order.city ?? '-');
        ctx.reply({ type: 'text', text: ctx.t('orders:seller.askShipping', { number: order.number, city: where, subtotal: formatIdr(order.subtotalIdr) }) });
      },
      async handle(ctx, input): Promise<StepResult> {
        const text = expectText(ctx, input, { max: 40 });
        if (text === null) return { stay: true };
        const shippingIdr = readShipping(text);
        if (shippingIdr === null) {
          ctx.reply({ type: 'text', text: ctx.t('orders:seller.badShipping') });
          return { stay: true };
        }
        const order = await ctx.services.orders.accept(ctx.actor, String(ctx.data.orderId), { shippingIdr });
        ctx.reply({ type: 'text', text: ctx.t('orders:seller.accepted', { number: order.number, total: formatIdr(order.totalIdr ?? 0) }) });
        return { goto: 'list' };
      },
    },
    declineReason: {
      async prompt(ctx) {
        const order = await orderFor(ctx, 'decline');
        ctx.reply({ type: 'text', text: ctx.t('orders:seller.askDeclineReason', { number: order.number }) });
      },
      async handle(ctx, input): Promise<StepResult> {
        const reason = expectText(ctx, input, { min: 2, max: 300 });
        if (reason === null) return { stay: true };
        const order = await ctx.services.orders.decline(ctx.actor, String(ctx.data.orderId), { reason });
        ctx.reply({ type: 'text', text: ctx.t('orders:seller.declined', { number: order.number }) });
        return { goto: 'list' };
      },
    },
    ...shipSteps,
  },
};
