// The small pieces of the number parser (numbers.ts): its tokens, digit groups, the "se-"/"a" prefix that
// means one, approximation words before a number, and the unit a price is for ("/botol", "sebungkus").
import { unitOf, type Lexicon } from './lexicon.ts';
import { fold } from './normalise.ts';

export interface Tok {
  s: string;
  start: number;
  end: number;
  digit: boolean;
}

// letters+2 stays one word (reduplication: "kira2"); digits keep their separators; letters split from digits
const TOK = /\p{L}{2,}2(?![\d.,])|\d+(?:[.,]\d+)*|\p{L}+|[$€£~±½\/+\-]|\S/gu;

export function toks(text: string): Tok[] {
  const out = [...text.matchAll(TOK)].map((m) => ({ s: fold(m[0]), start: m.index, end: m.index + m[0].length, digit: /^\d/.test(m[0]) }));
  // "25 000", "1 250 000": thousands grouped with single spaces are one number
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (/^\d{1,3}$|^\d{1,3}( \d{3})+$/.test(a.s) && /^\d{3}$/.test(b.s) && b.start === a.end + 1 && !out[i + 2]?.s.match(/^\d/)) {
      out.splice(i, 2, { s: `${a.s} ${b.s}`, start: a.start, end: b.end, digit: true });
      i--;
    }
  }
  return out;
}

/** "1.200.000" → 1200000, "350,000" → 350000, "1,5" → 1.5, "2.25" → 2.25, "1.200.000,50" → 1200000.5. */
export function readDigits(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}( \d{3})+$/.test(s)) return Number(s.replace(/ /g, ''));
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const dec = dot > comma ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    const [int, frac] = s.split(dec);
    return Number(int!.split(thou).join('') + '.' + frac);
  }
  const sep = dot >= 0 ? '.' : ',';
  const parts = s.split(sep);
  if (parts.slice(1).every((p) => p.length === 3)) return Number(parts.join(''));
  if (parts.length === 2) return Number(parts[0] + '.' + parts[1]);
  return null;
}

export const isPhoneLike = (s: string) => /^(0|62)\d{7,}$/.test(s.replace(/[.,]/g, ''));

/** "setengah kilo", "sebotol", "sekilo", "a bottle": the se-/a- prefix means one. */
export function seUnit(tok: Tok, lexes: Lexicon[]): string | null {
  for (const lex of lexes)
    for (const one of lex.one) {
      if (!tok.s.startsWith(one) || tok.s.length <= one.length + 1) continue;
      const rest = tok.s.slice(one.length).replace(/^-/, '');
      const unit = unitOf(rest);
      if (unit) return unit;
    }
  return null;
}

const APPROX_MAX_WORDS = 2;

export function approxBefore(t: Tok[], i: number, lexes: Lexicon[]): number | null {
  for (let n = APPROX_MAX_WORDS; n >= 1; n--) {
    if (i - n < 0) continue;
    const phrase = t
      .slice(i - n, i)
      .map((x) => x.s)
      .join(' ')
      .replace(/^(\p{L}+)2$/u, '$1-$1');
    const joined = t.slice(i - n, i).map((x) => x.s).join('');
    if (lexes.some((l) => l.approx.includes(phrase) || l.approx.includes(joined))) return i - n;
  }
  return null;
}

/** "/botol", "per kg", "sebotol", "a bottle", "each" after a price. */
export function perUnitAt(t: Tok[], j: number, lexes: Lexicon[]): { unit: string; next: number } | null {
  const tok = t[j];
  if (!tok) return null;
  if ((tok.s === '/' || tok.s === 'per' || tok.s === 'a' || tok.s === 'an') && t[j + 1]) {
    const unit = unitOf(t[j + 1]!.s);
    if (unit) return { unit, next: j + 2 };
    if (tok.s !== 'a' && tok.s !== 'an') {
      const nested = perUnitAt(t, j + 1, lexes); // "per satu botol"
      if (nested) return nested;
    }
  }
  const se = seUnit(tok, lexes);
  if (se) return { unit: se, next: j + 1 };
  // "satu botol", "1 lembar", "per 1 kg"
  const one = tok.s === '1' || lexes.some((l) => l.numberWords.get(tok.s) === 1);
  if (one && t[j + 1]) {
    const unit = unitOf(t[j + 1]!.s);
    if (unit) return { unit, next: j + 2 };
  }
  if (tok.s === 'each' || tok.s === 'ea') return { unit: 'pcs', next: j + 1 };
  // "150rb botol": a unit right after a price is what the price is for
  const bare = unitOf(tok.s);
  if (bare) return { unit: bare, next: j + 1 };
  return null;
}

