// Prices the way Indonesians type them on a phone — "25000", "Rp 25.000", "25rb", "1,5jt", "1 juta 250 ribu",
// "seratus lima puluh ribu", "25rb/kg" — read by the one number parser (domain/understanding/numbers.ts);
// this file only says what counts as a price and applies the platform's bounds. The result is integer
// rupiah, or the reason it was refused so the chat can answer with an example that works. Pure, no I/O.
import { parseAmounts, type Amount } from '../understanding/numbers.ts';

export const MIN_PRICE_IDR = 500;
export const MAX_PRICE_IDR = 100_000_000;

export type PriceRefusal = 'unreadable' | 'zero' | 'negative' | 'tooLow' | 'tooHigh';
export type PriceParse = { ok: true; value: number } | { ok: false; reason: PriceRefusal };

/** The one amount a whole answer is, as rupiah: money, or digits alone; null for anything else or more. */
export function priceAmount(input: string): Amount | null {
  const text = input.trim();
  const all = parseAmounts(text, 'id');
  if (all.length !== 1) return null;
  const a = all[0]!;
  // the amount must be the whole answer (a trailing "/kg", "per bungkus" is the unit's, read by the caller)
  const outside = (text.slice(0, a.start) + text.slice(a.end)).replace(/^\s*-|\s*(\/|per\s|@)\s*\p{L}+\.?\s*$|[\s,.-]/gu, '');
  if (outside) return null;
  if (a.kind === 'money' && a.unit === 'IDR') return a;
  // digits alone are rupiah; a number in words alone ("lima") is a count, not a price
  if (a.kind === 'number' && /^\s*-?\s*\d/.test(text.slice(a.start)) && Number.isInteger(a.value) && !a.approx) return a;
  return null;
}

/** Reads a non-negative amount of rupiah; no bounds applied (see parsePrice). Null when unreadable. */
export function readRupiah(input: string): number | null {
  const a = priceAmount(input.replace(/^\s*(rp\.?\s*)?-\s*/i, '$1'));
  return a ? Math.round(a.value) : null;
}

function refuse(reason: PriceRefusal): PriceParse {
  return { ok: false, reason };
}

/** Parses a typed price and applies the platform's bounds (Rp 500 to Rp 100.000.000). */
export function parsePrice(input: string, bounds: { min?: number; max?: number } = {}): PriceParse {
  const min = bounds.min ?? MIN_PRICE_IDR;
  const max = bounds.max ?? MAX_PRICE_IDR;
  const text = input.trim();
  const value = readRupiah(text);
  if (value === null) return refuse('unreadable');
  if (/^-\s*(rp\.?\s*)?\d/i.test(text) || /^rp\.?\s*-\s*\d/i.test(text)) return refuse('negative');
  if (value === 0) return refuse('zero');
  if (value < min) return refuse('tooLow');
  if (value > max) return refuse('tooHigh');
  return { ok: true, value };
}
