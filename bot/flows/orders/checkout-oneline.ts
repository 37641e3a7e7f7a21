// Checkout's address in as few messages as the buyer wants (issue 25): "dinda pratiwi 081311223344 jl. kemang
// raya no 5 jaksel 12730" at the recipient question fills the name, phone, street, city, province and
// postcode (domain/understanding/extract.ts), and only what is missing is asked after; a city anywhere in
// Indonesia comes with its province from the national list ("Jakarta Selatan" → DKI Jakarta), "bekasi" asks
// which; the province picker offers every province.
import { extractAddress } from '../../../domain/understanding/extract.ts';
import { provinceOfArea, type Province } from '../../../domain/understanding/provinces.ts';
import { resolvePlace, type Area } from '../../../domain/understanding/places.ts';
import type { FlowContext, Step, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';

/** The province of an area of the national list, as addresses write it ("DKI Jakarta"). */
export function provinceOf(area: Area | undefined): Province | undefined {
  return provinceOfArea(area);
}

/** "Kota Jakarta Selatan", "Kabupaten Bekasi": a regency or city as the address stores it. */
export const cityName = (a: Area) => `${a.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${a.short}`;

/** The next question of a domestic address that has no answer yet; 'payment' when the address is complete. */
export function nextAddressStep(ctx: FlowContext): string {
  const d = ctx.data;
  if (!d.country) return 'country';
  if (!d.addressLine) return 'address';
  if (!d.city) return 'city';
  if ((d.country ?? 'ID') === 'ID' && !d.province) return 'province';
  if (!d.postalCode && (d.country ?? 'ID') === 'ID') return 'postal';
  d.addressReady = true;
  return 'payment';
}

/** Reads a city anywhere in Indonesia; stores it with its province. Null when the list does not know it. */
export function readIndonesianCity(ctx: FlowContext, text: string): { stored: true } | { options: string[] } | null {
  const place = resolvePlace(text, { scope: 'indonesia', lang: ctx.lang });
  if (!place) return null;
  if (place.ambiguous?.level === 'regency') return { options: place.ambiguous.options.map(cityName) };
  if (!place.regency) {
    return null;
  }
  ctx.data.city = cityName(place.regency);
  const province = provinceOf(place.province);
  if (province) ctx.data.province = province.name;
  return { stored: true };
}

/** "Siapa nama penerima?" — and everything else the line says. */
export const recipientStep: Step = {
  prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t('orders:checkout.askName') }),
  maxText: 300,
  handle(ctx, input): StepResult {
    const text = expectText(ctx, input, { min: 2, max: 300 });
    if (text === null) return { stay: true };
    const a = extractAddress(text, ctx.lang);
    const d = ctx.data;
    d.recipientName = (a.name ?? text.trim()).slice(0, 100);
    const understood: string[] = [];
    if (a.phone) {
      d.recipientPhone = a.phone.e164.replace(/^\+/, '');
      d.recipientPhoneTyped = a.phone.text;
      understood.push(a.phone.text);
    }
    if (a.street && a.street.length >= 5) {
      d.addressLine = a.street.slice(0, 300);
      understood.push(a.street);
    }
    if (a.regency) {
      d.country = 'ID';
      d.city = cityName(a.regency);
      understood.push(String(d.city));
      const province = provinceOf(a.province);
      if (province) d.province = province.name;
    }
    if (a.postcode && /^[1-9]\d{4}$/.test(a.postcode)) {
      d.postalCode = a.postcode;
      understood.push(a.postcode);
    }
    if (understood.length) ctx.reply({ type: 'text', text: ctx.t('conversation:questions.understood', { what: [d.recipientName, ...understood].join(', ') }) });
    if (d.addressLine && d.city) nextAddressStep(ctx);
    return { goto: d.recipientPhone ? 'delivery' : 'phone' };
  },
};
