// "brp ongkir ke Jakarta" / "shipping to Bali": what is known of shipping today. Shipping costs are worked out
// and confirmed by the producer after the order (before payment), so the answer names the destination
// understood, where the product is sent from and its weight, and says the producer confirms the cost.
import type { FlowContext, StepResult } from '../../core/flow.ts';
import { productName, publicProductOf } from './product-card.ts';

function weightText(grams: number): string {
  return grams >= 1000 ? `${(grams / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} kg` : `${grams} g`;
}

export async function answerShippingQuestion(ctx: FlowContext, input: { productId: string | null; destination: string }): Promise<StepResult> {
  const destination = input.destination.trim();
  if (!destination) {
    ctx.reply({ type: 'text', text: ctx.t('conversation:shipping.askWhere') });
    return { repeat: true };
  }
  const product = input.productId ? await publicProductOf(ctx, input.productId).catch(() => null) : null;
  if (product) {
    ctx.reply({
      type: 'text',
      text: ctx.t('conversation:shipping.forProduct', {
        name: productName(ctx, product),
        destination,
        producer: product.producer.businessName,
        region: product.region.shortName,
        island: product.region.island,
        weight: weightText(product.weightGrams),
        unit: product.unit,
      }),
    });
  } else {
    ctx.reply({ type: 'text', text: ctx.t('conversation:shipping.general', { destination }) });
  }
  // the buyer stays where they asked, with that step's choices shown again
  return { repeat: true };
}
