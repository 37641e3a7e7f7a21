// Prices the way Indonesians type them on a phone: "25000", "25.000", "Rp 25.000", "Rp25.000,-", "25rb",
// "25 ribu", "25k", "1,5jt", "1.5 juta", "1 juta 250 ribu", "25rb/kg". The result is integer rupiah, or
// the reason it was refused so the chat can answer with an example that works. Pure, no I/O.

export const MIN_PRICE_IDR = 500;
export const MAX_PRICE_IDR = 100_000_000;

export type PriceRefusal = 'unreadable' | 'zero' | 'negative' | 'tooLow' | 'tooHigh';
export type PriceParse = { ok: true; value: number } | { ok: false; reason: PriceRefusal };

const MULTIPLIERS: Record<string, number> = {
  rb: 1_000,
  ribu: 1_000,
  rebu: 1_000,
  k: 1_000,
  jt: 1_000_000,
  juta: 1_000_000,
};

/** A bare amount without a multiplier: "25000", "25.000", "25,000", "25 000", "25.000,00". */
function bareAmount(text: string): number | null {
  const s = text.replace(/[.,]0{1,2}$/, ''); // rupiah have no cents: "25.000,00" is 25.000
  if (/^\d+$/.test(s)) return Number(s);
  // thousands grouped with dots, commas or spaces, one separator kind throughout
  for (const sep of ['.', ',', ' ']) {
    const escaped = sep === ' ' ? ' ' : `\\${sep}`;
    if (new RegExp(`^\\d{1,3}(${escaped}\\d{3})+$`).test(s)) return Number(s.split(sep).join(''));
  }
  return null;
}

/**
 * A number before "rb"/"jt": one or two decimals after a comma or point ("1,5jt", "1.5 juta", "2,25 juta",
 * "2,5rb"); three digits after it are thousands, as Indonesians group them ("1.250 ribu" is 1.250.000).
 */
function scaledNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  if (/^\d+[.,]\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

function refuse(reason: PriceRefusal): PriceParse {
  return { ok: false, reason };
}

/** Reads a non-negative amount of rupiah; no bounds applied (see parsePrice). Null when unreadable. */
export function readRupiah(input: string): number | null {
  let s = input.trim().toLowerCase();
  s = s.replace(/\s*(\/|per\s)\s*[a-z]+\.?$/, ''); // "25rb/kg", "25.000 per bungkus"
  s = s.replace(/^(rp\.?|idr)\s*/, '').replace(/\s*(,-|\.-|-)$/, '').trim();
  s = s.replace(/\s*(rupiah|idr)$/, '').trim();
  if (!s) return null;
  const bare = bareAmount(s);
  if (bare !== null) return bare;
  // one or more "<number><multiplier>" terms, larger multipliers first: "1 juta 250 ribu", "1jt250rb"
  const term = /(\d+(?:[.,]\d+)*)\s*(juta|jt|ribu|rebu|rb|k)(?![a-z])/y;
  let total = 0;
  let lastMultiplier = Infinity;
  let pos = 0;
  while (pos < s.length) {
    term.lastIndex = pos;
    const m = term.exec(s);
    if (!m) return null;
    const value = scaledNumber(m[1]!);
    const multiplier = MULTIPLIERS[m[2]!]!;
    if (value === null || multiplier >= lastMultiplier) return null;
    total += value * multiplier;
    lastMultiplier = multiplier;
    pos = term.lastIndex;
    while (s[pos] === ' ') pos++;
  }
  return Math.round(total);
}

/** Parses a typed price and applies the platform's bounds (Rp 500 to Rp 100.000.000). */
export function parsePrice(input: string, bounds: { min?: number; max?: number } = {}): PriceParse {
  const min = bounds.min ?? MIN_PRICE_IDR;
  const max = bounds.max ?? MAX_PRICE_IDR;
  const text = input.trim();
  if (/^-\s*(rp\.?\s*)?\d/i.test(text) || /^rp\.?\s*-\s*\d/i.test(text)) return readRupiah(text.replace('-', '')) === null ? refuse('unreadable') : refuse('negative');
  const value = readRupiah(text);
  if (value === null) return refuse('unreadable');
  if (value === 0) return refuse('zero');
  if (value < min) return refuse('tooLow');
  if (value > max) return refuse('tooHigh');
  return { ok: true, value };
}
