// Weights and stock counts as typed in chat — "250 g", "1,5 kg", "7 ons", "kira2 7 ons", "setengah kilo";
// "12", "stok 12", "12 pcs", "1.000", "dua belas", "30an" — read by the one number parser
// (domain/understanding/numbers.ts); and the quick command "stok KP7Q2 12". Pure; bounds are the service's.
import { parseAmounts, type Amount } from '../../../domain/understanding/numbers.ts';
import { PRODUCT_LIMITS } from '../../../domain/services/product-input.ts';

export type QuantityParse = { ok: true; value: number } | { ok: false; reason: 'unreadable' | 'negative' | 'zero' | 'tooHigh' | 'unitNeeded' };

/** Below this a bare number is not taken as grams: "2" at the weight is 2 kg or 2 g, and we ask. */
const BARE_GRAMS_FROM = 10;

/** The one amount an answer is (after its label words), or null when it is none or several. */
function onlyAmount(input: string, labels: RegExp): Amount | null {
  const text = input.trim().toLowerCase().replace(labels, '');
  const all = parseAmounts(text.replace(/^-\s*/, ''), 'id');
  if (all.length !== 1) return null;
  const a = all[0]!;
  const stripped = text.replace(/^-\s*/, '');
  const outside = (stripped.slice(0, a.start) + stripped.slice(a.end)).replace(/[\s.,:]/g, '');
  return outside ? null : a;
}

/** Grams for shipping. */
export function parseWeightGrams(input: string): QuantityParse {
  const a = onlyAmount(input, /^(berat(nya)?|weight|kira-kira)\s*:?\s*/);
  if (!a || (a.kind !== 'weight' && a.kind !== 'number')) return { ok: false, reason: 'unreadable' };
  if (/^\s*-\s*\d/.test(input)) return { ok: false, reason: 'negative' };
  if (a.kind === 'number' && a.value !== 0 && a.value < BARE_GRAMS_FROM) return { ok: false, reason: 'unitNeeded' };
  const grams = Math.round(a.value);
  if (grams <= 0) return { ok: false, reason: 'zero' };
  if (grams > PRODUCT_LIMITS.weightMaxGrams) return { ok: false, reason: 'tooHigh' };
  return { ok: true, value: grams };
}

/** A whole number of items in stock, 0 allowed ("sold out"); "stok 12", "ada 12", "12 pcs", "lima", "20 kilo". */
export function parseStock(input: string): QuantityParse {
  const a = onlyAmount(input, /^(stoknya|stok|stock|sisa|ada|tersedia|have|in stock)\s*:?\s*/);
  if (!a || a.kind === 'money') return { ok: false, reason: 'unreadable' };
  if (/^\s*(stok\s*)?-\s*\d/i.test(input)) return { ok: false, reason: 'negative' };
  // "20 kilo" at the stock is twenty of the product's unit
  const value = a.kind === 'weight' || a.kind === 'volume' ? a.typed : a.value;
  if (!Number.isInteger(value)) return { ok: false, reason: 'unreadable' };
  if (value > PRODUCT_LIMITS.stockMax) return { ok: false, reason: 'tooHigh' };
  return { ok: true, value };
}

/** "stok KP7Q2 12" / "stock kp7q2 -3" → code and the typed amount (checked later); null when not that command. */
export function parseStockCommand(input: string): { code: string | null; amount: string } | null {
  const m = /^\s*(?:stok|stock)\s+(?:([a-z0-9]{3,12})\s+)?(-?\s*[\d.,]+(?:\s*[\p{L}]+)?)\s*$/iu.exec(input);
  if (!m) return null;
  return { code: m[1] ? m[1].toUpperCase() : null, amount: m[2]! };
}
