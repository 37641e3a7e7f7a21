// The producer's steps after acceptance: confirm the payment (showing the buyer's proof photo; for cash on
// pickup, confirm the cash and the handover at once), then ship with a courier and tracking number.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import type { Step, StepResult } from '../../core/flow.ts';
import { expectChoice, expectText } from '../../core/step-helpers.ts';
import { orderFor } from './order-access.ts';

const COURIERS = ['JNE', 'J&T', 'SiCepat', 'POS Indonesia', 'TIKI'];

export const shipSteps: Record<string, Step> = {
  confirmPayment: {
    async prompt(ctx) {
      const order = await orderFor(ctx, 'confirm');
      const total = formatIdr(order.totalIdr ?? order.subtotalIdr);
      const options = [
        { label: ctx.t('orders:seller.yesReceived'), value: 'yes' },
        { label: ctx.t('orders:seller.notYet'), value: 'no' },
      ];
      if (order.paymentMethod === 'CASH_ON_PICKUP') ctx.choose(ctx.t('orders:seller.askConfirmCash', { number: order.number, total }), options);
      else if (order.paymentProofMediaId) ctx.choose(ctx.t('orders:seller.askConfirmPayment', { number: order.number, total }), options, { photo: { mediaId: order.paymentProofMediaId } });
      else ctx.choose(ctx.t('orders:seller.askConfirmNoProof', { number: order.number, total }), options);
    },
    async handle(ctx, input): Promise<StepResult> {
      const value = expectChoice(ctx, input);
      if (value === 'no') return { goto: 'detail' };
      if (value !== 'yes') return { stay: true };
      const order = await ctx.services.orders.confirmPayment(ctx.actor, String(ctx.data.orderId));
      ctx.reply({ type: 'text', text: ctx.t(order.status === 'COMPLETED' ? 'orders:seller.completed' : 'orders:seller.paymentConfirmed', { number: order.number }) });
      return order.status === 'PAID' ? { goto: 'detail' } : { goto: 'list' };
    },
  },
  courier: {
    async prompt(ctx) {
      await orderFor(ctx, 'ship');
      ctx.choose(ctx.t('orders:seller.askCourier'), COURIERS.map((c) => ({ label: c, value: `c:${c}` })), { columns: 2 });
    },
    handle(ctx, input): StepResult {
      if (input.kind === 'choice' && input.value.startsWith('c:')) ctx.data.courier = input.value.slice(2);
      else {
        const text = expectText(ctx, input, { min: 2, max: 60 });
        if (text === null) return { stay: true };
        ctx.data.courier = text;
      }
      return { goto: 'tracking' };
    },
  },
  tracking: {
    prompt(ctx) {
      ctx.reply({ type: 'text', text: ctx.t('orders:seller.askTracking', { courier: ctx.data.courier }) });
    },
    async handle(ctx, input): Promise<StepResult> {
      const tracking = expectText(ctx, input, { min: 3, max: 60 });
      if (tracking === null) return { stay: true };
      const order = await ctx.services.orders.ship(ctx.actor, String(ctx.data.orderId), { courier: String(ctx.data.courier), trackingNumber: tracking });
      ctx.reply({ type: 'text', text: ctx.t('orders:seller.shipped', { number: order.number }) });
      return { goto: 'list' };
    },
  },
};
