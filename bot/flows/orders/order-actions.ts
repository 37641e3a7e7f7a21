// Buttons on notifications and details ("!order.accept:<id>" ...) and the /orders command. They work from
// any state; an unknown id, someone else's order or a step no longer possible gets a clear message and the
// main menu, never an error.
import { DomainError } from '../../../domain/lib/errors.ts';
import { formatIdr } from '../../../domain/lib/i18n.ts';
import type { OrderStep } from '../../../domain/services/order-rules.ts';
import type { OrderView } from '../../../domain/services/order-view.ts';
import type { ActionHandler, FlowContext, StepResult } from '../../core/flow.ts';
import { BUYER_ORDERS_FLOW } from './buyer-orders.flow.ts';
import { RATING_FLOW } from './rating.flow.ts';
import { SELLER_ORDERS_FLOW } from './seller-orders.flow.ts';
import { isOnlineMethod } from '../../../domain/payments/payment-gateway.ts';
import { payAndShow } from '../payments/payment-show.ts';

/** Runs `then` with the order when the actor may take `step` on it now; otherwise says why. */
async function withOrder(ctx: FlowContext, id: string, step: OrderStep | null, then: (order: OrderView) => Promise<StepResult> | StepResult): Promise<StepResult> {
  try {
    const order = await ctx.services.orders.get(ctx.actor, id.trim());
    if (step) ctx.services.orders.requireStep(ctx.actor, order, step);
    return await then(order);
  } catch (error) {
    if (!(error instanceof DomainError) || !error.messageKey) throw error;
    ctx.reply({ type: 'text', text: ctx.t(error.messageKey, error.params) });
    return { end: true };
  }
}

const isSeller = (ctx: FlowContext, order: OrderView) => ctx.actor.producerId === order.producer.id;
const seller = (step: string, order: OrderView): StepResult => ({ flow: SELLER_ORDERS_FLOW, step, data: { orderId: order.id } });
const buyer = (step: string, order: OrderView): StepResult => ({ flow: BUYER_ORDERS_FLOW, step, data: { orderId: order.id } });

export const orderActions: Record<string, ActionHandler> = {
  /** /orders: the producer's incoming orders, everyone else's own orders */
  orders: (ctx) => ({ flow: ctx.actor.producerId ? SELLER_ORDERS_FLOW : BUYER_ORDERS_FLOW }),

  'order.open': (ctx, id) => withOrder(ctx, id, null, (o) => (isSeller(ctx, o) ? seller('detail', o) : buyer('detail', o))),

  'order.accept': (ctx, id) =>
    withOrder(ctx, id, 'accept', async (o) => {
      if (o.deliveryMethod === 'COURIER') return seller('shipping', o);
      // a pickup has no shipping cost: accepting needs nothing more
      const done = await ctx.services.orders.accept(ctx.actor, o.id, {});
      ctx.reply({ type: 'text', text: ctx.t(done.paymentMethod === 'CASH_ON_PICKUP' ? 'orders:seller.acceptedCash' : 'orders:seller.accepted', { number: done.number, total: formatIdr(done.totalIdr ?? 0) }) });
      return { flow: SELLER_ORDERS_FLOW };
    }),

  'order.decline': (ctx, id) => withOrder(ctx, id, 'decline', (o) => seller('declineReason', o)),
  'order.confirm': (ctx, id) => withOrder(ctx, id, 'confirm', (o) => seller('confirmPayment', o)),

  'order.ship': (ctx, id) =>
    withOrder(ctx, id, 'ship', async (o) => {
      if (o.deliveryMethod === 'COURIER') return seller('courier', o);
      const done = await ctx.services.orders.ship(ctx.actor, o.id);
      ctx.reply({ type: 'text', text: ctx.t('orders:seller.readyForPickup', { number: done.number }) });
      return { flow: SELLER_ORDERS_FLOW };
    }),

  // paid online: the checkout's one payment (QR or page); otherwise the proof photo of a transfer
  'order.pay': (ctx, id) =>
    withOrder(ctx, id, 'pay', (o) => (isOnlineMethod(o.paymentMethod) ? payAndShow(ctx, () => ctx.services.payments.startForOrder(ctx.actor, o.id)) : buyer('proof', o))),
  'order.cancel': (ctx, id) => withOrder(ctx, id, 'cancel', (o) => buyer('cancelConfirm', o)),

  /** the buyer confirms receipt (then rates), or the producer confirms a pickup was handed over */
  'order.received': (ctx, id) =>
    withOrder(ctx, id, 'complete', async (o) => {
      const done = await ctx.services.orders.complete(ctx.actor, o.id);
      if (done.buyerId !== ctx.actor.userId) {
        ctx.reply({ type: 'text', text: ctx.t('orders:seller.completed', { number: done.number }) });
        return { flow: SELLER_ORDERS_FLOW };
      }
      ctx.reply({ type: 'text', text: ctx.t('orders:buyer.received', { number: done.number }) });
      return { flow: RATING_FLOW, data: { orderId: done.id } };
    }),

  'order.rate': (ctx, id) => withOrder(ctx, id, 'rate', (o) => ({ flow: RATING_FLOW, data: { orderId: o.id } })),
};
