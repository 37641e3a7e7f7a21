// Checkout, step two: every producer's items and shipping to the address, the total, and how to pay.
// Nothing is ordered until the buyer presses the button under the total. Where a producer keeps no rate,
// the page says plainly that the producer confirms shipping and the buyer approves the final total first.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { unitName } from '../../../domain/lib/units.ts';
import type { CheckoutQuote } from '../../../domain/services/checkout.service.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import type { CheckoutFields } from '../checkout-form.ts';
import { ShopFrame, type Flash } from './shop-frame.tsx';

export interface ReviewData {
  fields: CheckoutFields;
  quote: CheckoutQuote;
  /** the methods this cart can be paid with on the web, best first */
  methods: string[];
  /** an online gateway is connected (QRIS, virtual account, e-wallet) */
  online: boolean;
}

function Hidden({ fields }: { fields: CheckoutFields }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

export function ReviewPage({ ctx, data, flash }: { ctx: PageContext; data: ReviewData; flash?: Flash }) {
  const { t, lang } = ctx;
  const { quote, fields } = data;
  const shippingOf = new Map(quote.shipping.map((e) => [e.producerId, e.shippingIdr]));
  const unknown = quote.totalIdr === null;
  const pickup = fields.deliveryMethod === 'PICKUP_PRODUCER';
  return (
    <ShopFrame ctx={ctx} title={t('shop:review.title')} path="/checkout" flash={flash}>
      <ol class="steps" aria-label={t('shop:checkout.stepsLabel')}>
        <li>{t('shop:checkout.step1')}</li>
        <li aria-current="step">{t('shop:checkout.step2')}</li>
        <li>{t('shop:checkout.step3')}</li>
      </ol>
      <p>
        {pickup
          ? t('shop:review.toPickup', { name: fields.recipientName })
          : t('shop:review.to', { name: fields.recipientName, place: [fields.city, fields.province, fields.country === 'ID' ? 'Indonesia' : fields.country].filter(Boolean).join(', ') })}{' '}
        <a href="/checkout">{t('shop:review.change')}</a>
      </p>
      {quote.preview.groups.map((g) => {
        const shipping = shippingOf.get(g.producer.id) ?? null;
        return (
          <section class="box" aria-label={g.producer.businessName} data-testid="review-group">
            <h2>
              {g.producer.businessName} <span class="muted">· {g.producer.regionName}</span>
            </h2>
            <table class="sums">
              <tbody>
                {g.lines.map((l) => (
                  <tr>
                    <th scope="row">
                      {l.quantity} × {lang === 'en' && l.nameEn ? l.nameEn : l.name} <span class="muted">({unitName(t, l.unit)})</span>
                    </th>
                    <td>{formatIdr(l.lineTotalIdr)}</td>
                  </tr>
                ))}
                <tr data-testid="review-shipping">
                  <th scope="row">{pickup ? t('shop:review.pickupNoShipping') : t('shop:review.shipping', { kg: Math.max(1, Math.ceil(g.lines.reduce((s, l) => s + l.weightGrams, 0) / 1000)) })}</th>
                  <td class={shipping === null ? 'note' : undefined}>{shipping === null ? t('shop:review.shippingByProducer') : formatIdr(shipping)}</td>
                </tr>
              </tbody>
            </table>
          </section>
        );
      })}
      <table class="sums total" data-testid="review-total">
        <tbody>
          <tr>
            <th scope="row">{t('shop:review.items')}</th>
            <td>{formatIdr(quote.itemsIdr)}</td>
          </tr>
          <tr>
            <th scope="row">{t('shop:review.shippingAll')}</th>
            <td class={unknown ? 'note' : undefined}>{unknown ? t('shop:review.shippingByProducer') : formatIdr((quote.totalIdr ?? 0) - quote.itemsIdr)}</td>
          </tr>
          <tr class="grand">
            <th scope="row">{t('shop:review.total')}</th>
            <td data-testid="total" class={unknown ? 'note' : undefined}>{unknown ? t('shop:review.totalLater', { items: formatIdr(quote.itemsIdr) }) : formatIdr(quote.totalIdr ?? 0)}</td>
          </tr>
        </tbody>
      </table>
      {unknown ? (
        <p class="flash notice" data-testid="approval-note">
          {t('shop:review.approvalNote')}
        </p>
      ) : null}
      <form method="post" action="/checkout/pesan" class="box form" data-testid="place-form">
        <Hidden fields={fields} />
        <input type="hidden" name="checkoutKey" value={quote.preview.checkoutKey} />
        <fieldset>
          <legend>{t('shop:review.payWith')}</legend>
          {data.methods.map((m, i) => (
            <label class="choice">
              <input type="radio" name="paymentMethod" value={m} checked={i === 0} required /> {t(`shop:pay.method.${m}`)}
              <span class="muted small block">{t(`shop:pay.methodHint.${m}`)}</span>
            </label>
          ))}
          {data.online ? null : (
            <p class="muted small" data-testid="no-gateway">
              {t('shop:pay.noGateway')}
            </p>
          )}
        </fieldset>
        <button type="submit" class="primary big" data-testid="place">
          {unknown ? t('shop:review.placeAsk') : t('shop:review.place', { total: formatIdr(quote.totalIdr ?? 0) })}
        </button>
      </form>
    </ShopFrame>
  );
}
