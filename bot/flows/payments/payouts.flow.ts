// Officials (admins) in chat: producers owed money for orders paid online, then one marked as transferred
// with the bank reference (the amount is the balance shown; a balance that changed meanwhile is refused).
import { formatIdr } from '../../../domain/lib/i18n.ts';
import type { Flow, StepResult } from '../../core/flow.ts';
import { expectChoice, expectText } from '../../core/step-helpers.ts';

export const PAYOUTS_FLOW = 'payments.payouts';

const bankOf = (b: { bankName: string | null; bankAccount: string | null; bankHolder: string | null }) => [b.bankName, b.bankAccount, b.bankHolder].filter(Boolean).join(' ') || '-';

export const payoutsFlow: Flow = {
  id: PAYOUTS_FLOW,
  start: 'list',
  allowed: (actor) => actor.role === 'ADMIN',
  steps: {
    list: {
      async prompt(ctx): Promise<StepResult | void> {
        const owed = await ctx.services.payouts.list(ctx.actor);
        if (owed.length === 0) {
          ctx.reply({ type: 'text', text: ctx.t('payment:payouts.none') });
          return { end: true };
        }
        const lines = owed.map((b) => ctx.t('payment:payouts.line', { producer: b.businessName, amount: formatIdr(b.balanceIdr), bank: bankOf(b) })).join('\n');
        const csv = ctx.t('payment:payouts.csvHint', { url: `${ctx.services.settings.publicUrl}/dashboard/export/payouts.csv` });
        ctx.choose(`${ctx.t('payment:payouts.list', { lines })}\n${csv}`, owed.slice(0, 20).map((b) => ({ label: `${b.businessName} ${formatIdr(b.balanceIdr)}`, value: `po:${b.producerId}:${b.balanceIdr}` })));
      },
      handle(ctx, input): StepResult {
        const value = expectChoice(ctx, input);
        const m = value ? /^po:([^:]+):(\d+)$/.exec(value) : null;
        if (!m) return { stay: true };
        Object.assign(ctx.data, { producerId: m[1], amountIdr: Number(m[2]) });
        return { goto: 'reference' };
      },
    },
    reference: {
      async prompt(ctx) {
        const b = (await ctx.services.payouts.list(ctx.actor)).find((x) => x.producerId === ctx.data.producerId);
        ctx.reply({ type: 'text', text: ctx.t('payment:payouts.askReference', { amount: formatIdr(Number(ctx.data.amountIdr)), producer: b?.businessName ?? '-', bank: b ? bankOf(b) : '-' }) });
      },
      async handle(ctx, input): Promise<StepResult> {
        const reference = expectText(ctx, input, { min: 3, max: 100 });
        if (reference === null) return { stay: true };
        const payout = await ctx.services.payouts.markTransferred(ctx.actor, { producerId: String(ctx.data.producerId), amountIdr: Number(ctx.data.amountIdr), reference });
        const b = await ctx.services.repos.producers.findById(payout.producerId);
        ctx.reply({ type: 'text', text: ctx.t('payment:payouts.done', { amount: formatIdr(payout.amountIdr), producer: b?.businessName ?? '-', reference }) });
        return { goto: 'list' };
      },
    },
  },
};
