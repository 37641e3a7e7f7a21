// The cart's shipping part: each producer's estimate to where the buyer's last order went (the address the
// checkout offers to reuse), or a hint that the estimate comes at checkout when no address is known yet.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import type { FlowContext } from '../../core/flow.ts';

export interface CartShipping {
  /** producer id -> the estimate line shown under that producer's subtotal */
  perProducer: Map<string, string>;
  /** under the total: what the estimate is based on, or the hint */
  note: string;
}

/** Groups with nothing orderable get no estimate (the checkout would make no order for them). */
export async function cartShipping(ctx: FlowContext): Promise<CartShipping> {
  const hint = { perProducer: new Map<string, string>(), note: ctx.t('cart-shipping:hint') };
  const last = await ctx.services.checkout.lastRecipient(ctx.actor);
  // a pickup order has no address: nothing to estimate to
  if (!last?.addressLine || !(last.city || last.country !== 'ID')) return hint;
  const destination = last.country === 'ID' ? (last.city ?? '') : last.country;
  const estimates = await ctx.services.checkout.shippingEstimate(ctx.actor, { country: last.country, province: last.province, city: last.city });
  if (estimates.length === 0) return hint;
  const perProducer = new Map(
    estimates.map((e) => [e.producerId, ctx.t('cart-shipping:estimate', { destination, shipping: e.shippingIdr === null ? ctx.t('cart-shipping:unknown') : formatIdr(e.shippingIdr) })]),
  );
  return { perProducer, note: ctx.t('cart-shipping:basis', { destination }) };
}
