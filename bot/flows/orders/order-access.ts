// Loading the order a step works on (ctx.data.orderId) through the service, which refuses other people's
// orders and unknown ids with a clear message; a step that is not possible now (an old button, another
// device was quicker) is refused the same way before anything is asked.
import type { OrderStep } from '../../../domain/services/order-rules.ts';
import type { OrderView } from '../../../domain/services/order-view.ts';
import { action, type FlowContext } from '../../core/flow.ts';
import type { Option } from '../../../domain/chat/message.ts';

export async function orderFor(ctx: FlowContext, step?: OrderStep): Promise<OrderView> {
  const id = typeof ctx.data.orderId === 'string' ? ctx.data.orderId : '';
  const order = await ctx.services.orders.get(ctx.actor, id);
  if (step) ctx.services.orders.requireStep(ctx.actor, order, step);
  return order;
}

/** The buttons for what the actor can do with the order now, as actions that work from any state. */
export function stepOptions(ctx: FlowContext, order: OrderView, side: 'buyer' | 'seller'): Option[] {
  const steps = ctx.services.orders.nextSteps(ctx.actor, order);
  const cash = order.paymentMethod === 'CASH_ON_PICKUP';
  const pickup = order.deliveryMethod !== 'COURIER';
  const labels: Partial<Record<OrderStep, [string, string]>> =
    side === 'buyer'
      ? { pay: ['pay', 'order.pay'], cancel: ['cancel', 'order.cancel'], complete: ['received', 'order.received'], rate: ['rate', 'order.rate'] }
      : {
          accept: ['accept', 'order.accept'],
          decline: ['decline', 'order.decline'],
          confirm: [cash ? 'cashReceived' : 'confirmPayment', 'order.confirm'],
          ship: [pickup ? 'readyForPickup' : 'ship', 'order.ship'],
          complete: ['handedOver', 'order.received'],
        };
  const options: Option[] = [];
  for (const step of steps) {
    const entry = labels[step];
    // cash on pickup: the payment confirmation is the handover, one button is enough
    if (!entry || (side === 'seller' && step === 'complete' && cash)) continue;
    options.push({ label: ctx.t(`orders:buttons.${entry[0]}`), value: action(entry[1], order.id) });
  }
  return options;
}
