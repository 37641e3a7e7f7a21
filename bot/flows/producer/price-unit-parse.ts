// A price and the unit it is sold by in one answer, as sellers write it: "350rb per lembar", "Rp350.000/lembar",
// "75rb/kg", "50 ribu sebungkus", "IDR 350,000 per piece", "25k each"; or the price alone ("350rb", "1,5jt"),
// the unit then being asked. The amount is read by domain/lib/price-parse.ts (same bounds and refusals); unit
// spellings become the listing's units through domain/lib/units.ts (kilo → kg, piece → pcs); others are kept as
// typed. Pure.
import { parsePrice, type PriceRefusal } from '../../../domain/lib/price-parse.ts';
import { unitKey } from '../../../domain/lib/units.ts';
import { PRODUCT_LIMITS } from '../../../domain/services/product-input.ts';

export type PriceUnitParse = { ok: true; value: number; unit: string | null } | { ok: false; reason: PriceRefusal | 'badUnit' };

/** "se" + a unit is "one …" ("sebungkus", "sekilo", "seikat"); other words starting with "se" are not units.
 * Counted besides the listed units (domain/lib/units.ts): */
const ALSO_COUNTED = new Set(['potong', 'gelas', 'ekor', 'batang', 'lusin', 'kodi', 'tandan', 'kaleng', 'sachet', 'porsi']);

function unitOf(word: string): string | null {
  const w = word.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  if (!/^\p{L}[\p{L} .-]*$/u.test(w) || w.length > PRODUCT_LIMITS.unitMax) return null;
  return unitKey(w) ?? w;
}

/** Splits "350rb per lembar" into the amount and the unit word; the unit is null when none was written. */
function split(text: string): { amount: string; unit: string | null } {
  const s = text.trim();
  const per = /^(.*\d.*?)\s*(?:\/|@|\bper\b|\btiap\b|\bsetiap\b|\ba\b|\ban\b)\s*(\p{L}[\p{L} .-]*)$/iu.exec(s);
  if (per) return { amount: per[1]!, unit: per[2]! };
  const one = /^(.*\d.*?)\s+se(\p{L}{2,})$/iu.exec(s);
  if (one && (unitKey(one[2]!) !== null || ALSO_COUNTED.has(one[2]!.toLowerCase()))) return { amount: one[1]!, unit: one[2]! };
  const each = /^(.*\d.*?)\s+(each)$/iu.exec(s);
  if (each) return { amount: each[1]!, unit: each[2]! };
  return { amount: s, unit: null };
}

export function parsePriceAndUnit(input: string): PriceUnitParse {
  const { amount, unit } = split(input);
  const price = parsePrice(amount);
  if (!price.ok) return price;
  if (unit === null) return { ok: true, value: price.value, unit: null };
  const known = unitOf(unit);
  return known ? { ok: true, value: price.value, unit: known } : { ok: false, reason: 'badUnit' };
}
