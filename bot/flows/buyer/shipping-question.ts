// "brp ongkir ke jakarta?": the shipping to a destination from the producers' rates, per producer of the
// product asked about (or of the buyer's cart when none is named). The phrase itself is recognised by the
// buyer's text handling, which calls answerShippingQuestion; a producer without a rate is said so (they
// confirm the cost with the order). Asked on a product card, the buyer stays on it (the answer is about that
// product, and "Add to cart" is still a tap away); at the main menu the menu follows quietly.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import type { FlowContext, StepResult } from '../../core/flow.ts';

function weightText(grams: number, lang: string): string {
  if (grams < 1000) return `${grams} g`;
  return `${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(grams / 1000)} kg`;
}

export async function answerShippingQuestion(ctx: FlowContext, input: { productId: string | null; destination: string }): Promise<StepResult> {
  const destination = input.destination.trim();
  const done: StepResult = input.productId ? { stay: true } : { end: true, quiet: true };
  if (destination.length < 2) {
    ctx.reply({ type: 'text', text: ctx.t('payment:chat.askDestination') });
    return done;
  }
  const estimates = await ctx.services.shipping.estimateText(ctx.actor, input.productId, destination);
  if (estimates.length === 0) {
    ctx.reply({ type: 'text', text: ctx.t('payment:chat.shippingNothing', { destination }) });
    return done;
  }
  const lines = estimates
    .map((e) =>
      ctx.t('payment:chat.shippingAnswerLine', {
        producer: e.businessName,
        region: e.regionName,
        weight: weightText(e.weightGrams, ctx.lang),
        shipping: e.shippingIdr === null ? ctx.t('payment:chat.shippingNoRate') : `${formatIdr(e.shippingIdr)} (${ctx.t(`payment:zone.${e.zone}`)})`,
      }),
    )
    .join('\n');
  ctx.reply({ type: 'text', text: ctx.t('payment:chat.shippingAnswer', { destination, lines }) });
  return done;
}
