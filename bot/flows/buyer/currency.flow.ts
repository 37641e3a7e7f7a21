// The buyer's currency: which currency product cards show beside rupiah ("harga dalam SGD", "show prices in
// euro", or the menu's "Mata uang"). Kept on the user, so every channel and later visit shows it; checkout
// and payment stay in rupiah.
import { CURRENCIES, isCurrency, type CurrencyCode } from '../../../domain/services/currency.service.ts';
import { findCurrency } from '../../../domain/understanding/entities.ts';
import { formatDate, formatIdr } from '../../../domain/lib/i18n.ts';
import type { Flow, FlowContext, StepResult, TextPlace } from '../../core/flow.ts';
import type { Intent } from '../../core/intents.ts';
import { UnhandledInput } from '../../core/step-helpers.ts';
import { buyerMoney } from './card-extras.ts';

/** Saves the choice and says what prices now show, with the rate and its date. */
export async function chooseCurrency(ctx: FlowContext, code: CurrencyCode): Promise<void> {
  await ctx.services.account.setCurrency(ctx.actor, code);
  await ctx.refreshActor({ currency: code });
  const money = await buyerMoney(ctx);
  const text =
    code === 'IDR'
      ? ctx.t('buyer:currency.setIdr')
      : money
        ? ctx.t('buyer:currency.set', { code, idr: formatIdr(money.idrPerUnit), date: formatDate(money.asOf, ctx.lang) })
        : ctx.t('buyer:currency.noRate', { code });
  ctx.reply({ type: 'text', text });
}

export const currencyFlow: Flow = {
  id: 'currency',
  start: 'choose',
  steps: {
    choose: {
      prompt(ctx) {
        ctx.choose(
          ctx.t('buyer:currency.ask'),
          CURRENCIES.map((code) => ({ label: ctx.t(`buyer:currency.names.${code}`), value: code })),
        );
      },
      help: 'buyer:currency.help',
      async handle(ctx, input): Promise<StepResult> {
        const code = input.kind === 'choice' ? input.value : input.kind === 'text' ? findCurrency(input.text) : null;
        if (isCurrency(code)) {
          await chooseCurrency(ctx, code);
          return { end: true };
        }
        throw new UnhandledInput();
      },
    },
  },
};

/**
 * The classifier read a question about currencies: one we show, named ("harga dalam SGD"), is chosen and the
 * step shown again (a product card redraws in it); without a currency named, the choice is offered outside
 * forms. Null: the engine answers the question (rupiah at checkout).
 */
export async function currencyIntent(ctx: FlowContext, intent: Intent, at: TextPlace): Promise<StepResult | null> {
  if (intent.kind !== 'currency') return null;
  if (isCurrency(intent.code)) {
    await chooseCurrency(ctx, intent.code);
    return { repeat: true };
  }
  return intent.code === null && !at.inForm ? { flow: 'currency' } : null;
}
