// Weights and stock counts as typed in chat: "250", "250 g", "250gr", "1 kg", "1,5 kg", "2 ons"; "12",
// "12 pcs", "1.000", "stok 12"; and the quick command "stok KP7Q2 12". Pure; bounds are the service's.
import { quantityOf } from '../../core/intents.ts';
import { PRODUCT_LIMITS } from '../../../domain/services/product-input.ts';

export type QuantityParse = { ok: true; value: number } | { ok: false; reason: 'unreadable' | 'negative' | 'zero' | 'tooHigh' };

const UNIT_GRAMS: Record<string, number> = { g: 1, gr: 1, gram: 1, grams: 1, kg: 1000, kilo: 1000, kilogram: 1000, ons: 100, ton: 1_000_000 };

function decimal(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, '')); // 1.500 (grouped)
  if (/^\d+[.,]\d+$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

/** Grams for shipping; a bare number is grams. */
export function parseWeightGrams(input: string): QuantityParse {
  const s = input.trim().toLowerCase().replace(/^(berat|weight)\s*:?\s*/, '');
  if (/^-\s*\d/.test(s)) return { ok: false, reason: 'negative' };
  const m = /^(\d[\d.,]*)\s*([a-z]*)\.?$/.exec(s);
  if (!m) return { ok: false, reason: 'unreadable' };
  const amount = decimal(m[1]!);
  const factor = m[2] ? UNIT_GRAMS[m[2]] : 1;
  if (amount === null || factor === undefined) return { ok: false, reason: 'unreadable' };
  const grams = Math.round(amount * factor);
  if (grams <= 0) return { ok: false, reason: 'zero' };
  if (grams > PRODUCT_LIMITS.weightMaxGrams) return { ok: false, reason: 'tooHigh' };
  return { ok: true, value: grams };
}

/** A whole number of items in stock, 0 allowed ("sold out"); "stok 12", "ada 12", "12 pcs" and "lima" are read. */
export function parseStock(input: string): QuantityParse {
  // "stok 12", "ada 12", "sisa 12", "stoknya 12", "have 12"; a number in words ("lima") too
  const words = input.trim().toLowerCase().replace(/^(stoknya|stok|stock|sisa|ada|tersedia|have|in stock)\s*:?\s*/, '');
  const inWords = quantityOf(words);
  const s = inWords !== null && !/\d/.test(words) ? String(inWords) : words;
  if (/^-\s*\d/.test(s)) return { ok: false, reason: 'negative' };
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:\s*[\p{L}]+)?$/u.exec(s);
  if (!m) return { ok: false, reason: 'unreadable' };
  const value = Number(m[1]!.replace(/\./g, ''));
  if (value > PRODUCT_LIMITS.stockMax) return { ok: false, reason: 'tooHigh' };
  return { ok: true, value };
}

/** "stok KP7Q2 12" / "stock kp7q2 -3" → code and the typed amount (checked later); null when not that command. */
export function parseStockCommand(input: string): { code: string | null; amount: string } | null {
  const m = /^\s*(?:stok|stock)\s+(?:([a-z0-9]{3,12})\s+)?(-?\s*[\d.,]+(?:\s*[\p{L}]+)?)\s*$/iu.exec(input);
  if (!m) return null;
  return { code: m[1] ? m[1].toUpperCase() : null, amount: m[2]! };
}
