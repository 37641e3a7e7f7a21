// The checkout summary's shipping part: each producer's cost to the buyer's address from their rates (or
// "confirmed by the producer"), and the total to pay when every cost is known.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import type { FlowContext } from '../../core/flow.ts';

export async function shippingSummary(ctx: FlowContext, itemsTotalIdr: number): Promise<{ text: string; known: boolean }> {
  const d = ctx.data as Record<string, string | undefined>;
  if (d.deliveryMethod !== 'COURIER') return { text: '', known: true };
  const estimates = await ctx.services.checkout.shippingEstimate(ctx.actor, { country: d.country ?? 'ID', province: d.province ?? null, city: d.city ?? null });
  if (estimates.every((e) => e.shippingIdr === null)) return { text: '', known: false };
  const lines = estimates.map((e) => ctx.t('payment:chat.shippingLine', { producer: e.businessName, shipping: e.shippingIdr === null ? ctx.t('payment:chat.shippingUnknown') : formatIdr(e.shippingIdr) })).join('\n');
  const known = estimates.every((e) => e.shippingIdr !== null);
  const total = known ? ctx.t('payment:chat.grandTotal', { total: formatIdr(itemsTotalIdr + estimates.reduce((s, e) => s + (e.shippingIdr ?? 0), 0)) }) : '';
  return { text: ctx.t('payment:chat.shippingBlock', { lines }) + total, known };
}
