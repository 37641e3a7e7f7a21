// Checkout, step one: who receives the parcel and where it goes (Indonesia: province from the list, city
// suggested from the places the chat knows, district and street; abroad: the country and a free address),
// or a pickup at the producer. The next step shows shipping and the total before anything is ordered.
import { regencyNames } from '../../../domain/understanding/provinces.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { COUNTRIES, PROVINCE_NAMES, type CheckoutFields } from '../checkout-form.ts';
import { ShopFrame, type Flash } from './shop-frame.tsx';

function Field(props: { name: keyof CheckoutFields; label: string; value: string; type?: string; required?: boolean; autocomplete?: string; list?: string; hint?: string; inputmode?: 'numeric' | 'tel' }) {
  return (
    <label>
      {props.label}
      {props.hint ? <span class="muted small">{props.hint}</span> : null}
      <input name={props.name} type={props.type ?? 'text'} value={props.value} required={props.required} autocomplete={props.autocomplete} list={props.list} inputmode={props.inputmode} />
    </label>
  );
}

/** the cities and regencies of the national area list (NTT's come first, from the caller), as suggestions for the city field */
const cities = regencyNames();

export function CheckoutPage({ ctx, fields, flash, ntt }: { ctx: PageContext; fields: CheckoutFields; flash?: Flash; ntt: string[] }) {
  const { t } = ctx;
  const f = fields;
  return (
    <ShopFrame ctx={ctx} title={t('shop:checkout.title')} path="/checkout" flash={flash}>
      <ol class="steps" aria-label={t('shop:checkout.stepsLabel')}>
        <li aria-current="step">{t('shop:checkout.step1')}</li>
        <li>{t('shop:checkout.step2')}</li>
        <li>{t('shop:checkout.step3')}</li>
      </ol>
      <form method="post" action="/checkout/ringkasan" class="box form" data-testid="checkout-form">
        <fieldset>
          <legend>{t('shop:checkout.recipient')}</legend>
          <Field name="recipientName" label={t('shop:checkout.name')} value={f.recipientName} required autocomplete="name" />
          <Field name="recipientPhone" label={t('shop:checkout.phone')} hint={t('shop:checkout.phoneHint')} value={f.recipientPhone} type="tel" required autocomplete="tel" inputmode="tel" />
        </fieldset>
        <fieldset>
          <legend>{t('shop:checkout.delivery')}</legend>
          <label class="choice">
            <input type="radio" name="deliveryMethod" value="COURIER" checked={f.deliveryMethod === 'COURIER'} /> {t('shop:checkout.courier')}
          </label>
          <label class="choice">
            <input type="radio" name="deliveryMethod" value="PICKUP_PRODUCER" checked={f.deliveryMethod === 'PICKUP_PRODUCER'} /> {t('shop:checkout.pickup')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('shop:checkout.address')}</legend>
          <label>
            {t('shop:checkout.country')}
            <select name="country" autocomplete="country-name">
              <option value="ID" selected={f.country === 'ID'}>
                Indonesia
              </option>
              {COUNTRIES.map((c) => (
                <option value={c} selected={f.country === c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('shop:checkout.province')}
            <span class="muted small">{t('shop:checkout.provinceHint')}</span>
            <select name="province" autocomplete="address-level1">
              <option value="">{t('shop:checkout.chooseProvince')}</option>
              {PROVINCE_NAMES.map((p) => (
                <option value={p} selected={f.province === p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <Field name="city" label={t('shop:checkout.city')} value={f.city} autocomplete="address-level2" list="cities" />
          <datalist id="cities">
            {[...ntt, ...cities].map((c) => (
              <option value={c} />
            ))}
          </datalist>
          <Field name="district" label={t('shop:checkout.district')} value={f.district} autocomplete="address-level3" />
          <Field name="street" label={t('shop:checkout.street')} value={f.street} autocomplete="street-address" />
          <Field name="postalCode" label={t('shop:checkout.postalCode')} hint={t('shop:checkout.postalHint')} value={f.postalCode} autocomplete="postal-code" inputmode="numeric" />
        </fieldset>
        <button type="submit" class="primary big" data-testid="to-review">
          {t('shop:checkout.next')}
        </button>
      </form>
    </ShopFrame>
  );
}
