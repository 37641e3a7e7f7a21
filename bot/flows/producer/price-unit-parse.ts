// A price and the unit it is sold by in one answer, as sellers write it: "350rb per lembar", "Rp350.000/lembar",
// "75rb/kg", "50 ribu sebungkus", "lima puluh ribu sebungkus", "IDR 350,000 per piece", "25k each"; or the
// price alone ("350rb", "1,5jt", "seratus lima puluh ribu"), the unit then being asked. Amounts and known
// unit spellings come from the one number parser (domain/understanding/numbers.ts) through
// domain/lib/price-parse.ts (same bounds and refusals); a unit nobody listed is kept as typed. Pure.
import { parsePrice, priceAmount, type PriceRefusal } from '../../../domain/lib/price-parse.ts';
import { unitKey } from '../../../domain/lib/units.ts';
import { unitOf } from '../../../domain/understanding/lexicon.ts';
import { parseAmounts } from '../../../domain/understanding/numbers.ts';
import { PRODUCT_LIMITS } from '../../../domain/services/product-input.ts';

export type PriceUnitParse = { ok: true; value: number; unit: string | null } | { ok: false; reason: PriceRefusal | 'badUnit' };

/** A unit typed after the price: a known spelling becomes its key, another word is kept as typed. */
function unitWord(word: string): string | null {
  const w = word.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  if (!/^\p{L}[\p{L} .-]*$/u.test(w) || w.length > PRODUCT_LIMITS.unitMax) return null;
  return unitKey(w) ?? unitOf(w) ?? w;
}

export function parsePriceAndUnit(input: string): PriceUnitParse {
  const text = input.trim();
  const amounts = parseAmounts(text.replace(/^-\s*/, ''), 'id');
  const a = amounts[0];
  if (amounts.length !== 1 || !a) return { ok: false, reason: 'unreadable' };
  const offset = text.length - text.replace(/^-\s*/, '').length;
  const amountText = text.slice(0, offset + a.end);
  const rest = text.slice(offset + a.end).trim();
  const price = parsePrice(rest ? amountText : text);
  if (!price.ok) return priceAmount(amountText.replace(/^-\s*/, '')) || /^-/.test(text) ? price : { ok: false, reason: 'unreadable' };
  if (!rest) return { ok: true, value: price.value, unit: a.perUnit ?? null };
  // "per kantong", "/ikat", "@botol", "tiap bungkus": a unit the parser does not list
  const m = /^(?:\/|@|per\b|tiap\b|setiap\b)\s*(\p{L}[\p{L} .-]*)$/iu.exec(rest);
  if (!m) return { ok: false, reason: 'unreadable' };
  const unit = unitWord(m[1]!);
  return unit ? { ok: true, value: price.value, unit } : { ok: false, reason: 'badUnit' };
}
