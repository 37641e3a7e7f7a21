// Shows a checkout's online payment in the chat: QRIS as a QR image right in the conversation (Telegram,
// WhatsApp and the web chat all show photos), a virtual account or e-wallet as a button to the gateway's
// payment page, with "Check payment" for a buyer who paid and wants to know it arrived.
import { DomainError } from '../../../domain/lib/errors.ts';
import { formatDateTime, formatIdr } from '../../../domain/lib/i18n.ts';
import type { StartOutcome } from '../../../domain/services/payment.service.ts';
import type { FlowContext, StepResult } from '../../core/flow.ts';

export const PAY_CHECK = 'pay.check';

export function showPayment(ctx: FlowContext, outcome: StartOutcome): void {
  if (outcome.state === 'waitingShipping') {
    ctx.reply({ type: 'text', text: ctx.t('payment:chat.waitingShipping', { numbers: outcome.numbers.join(', ') }) });
    return;
  }
  const p = outcome.payment;
  const params = { amount: formatIdr(p.amountIdr), numbers: p.orderNumbers.join(', '), deadline: formatDateTime(new Date(p.expiresAt), ctx.lang), status: p.status };
  if (outcome.state === 'paid') return ctx.reply({ type: 'text', text: ctx.t('payment:chat.paid', params) });
  if (outcome.state === 'closed') return ctx.reply({ type: 'text', text: ctx.t('payment:chat.closed', params) });
  const check = { label: ctx.t('payment:chat.check'), value: `!${PAY_CHECK}:${p.id}` };
  if (p.qrMediaId) {
    ctx.choose(ctx.t('payment:chat.qris', params), [check], { photo: { mediaId: p.qrMediaId } });
    return;
  }
  ctx.choose(ctx.t('payment:chat.link', params), [...(p.redirectUrl ? [{ label: ctx.t('payment:chat.openPage'), url: p.redirectUrl }] : []), check]);
}

/** Runs a payment call and shows its outcome; a gateway that cannot be reached is said plainly, never thrown. */
export async function payAndShow(ctx: FlowContext, run: () => Promise<StartOutcome>): Promise<StepResult> {
  try {
    showPayment(ctx, await run());
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const key = error.code === 'unavailable' ? 'payment:chat.createFailed' : (error.messageKey ?? 'payment:chat.createFailed');
    ctx.reply({ type: 'text', text: ctx.t(key, error.params) });
  }
  return { end: true, quiet: true };
}

export const paymentActions = {
  /** "Check payment" under a QR or a payment link */
  [PAY_CHECK]: async (ctx: FlowContext, paymentId: string): Promise<StepResult> => {
    const before = await ctx.services.payments.refresh(ctx.actor, paymentId.trim()).catch((error: unknown) => {
      if (error instanceof DomainError) return error;
      throw error;
    });
    if (before instanceof DomainError) {
      ctx.reply({ type: 'text', text: ctx.t(before.messageKey ?? 'payment:errors.notFound') });
      return { end: true };
    }
    if (before.state === 'ready') {
      ctx.reply({ type: 'text', text: ctx.t('payment:chat.stillPending') });
      return { end: true, quiet: true };
    }
    showPayment(ctx, before);
    return { end: true };
  },
};
