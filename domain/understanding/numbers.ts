// One parser for every number people type, Duckling style: each amount comes back with the span of the
// text it used, so the rest of the message stays available ("madu hutan 150rb sebotol stok 30" → money
// 150.000 per botol, number 30, and "madu hutan … stok" left over). Digits with separators and
// multipliers ("1,5jt", "Rp 1.200.000", "IDR 350,000", "25rb"), number words in Indonesian and English
// ("seratus lima puluh ribu", "satu juta dua ratus", "two hundred"), halves ("setengah kilo"), the "se-"
// prefix ("sebotol" = one bottle), weights (ons = 100 g, kg, kilo, gram), "30an" (about 30).
import { lexicon, unitOf, type Lang, type Lexicon } from './lexicon.ts';
import { fold } from './normalise.ts';

export type AmountKind = 'money' | 'weight' | 'volume' | 'quantity' | 'number';

export interface Amount {
  kind: AmountKind;
  /** rupiah (or the currency's units), grams, millilitres, a count, or the bare number */
  value: number;
  /** money: the currency code; quantity: the unit key (botol, bungkus, pcs, …) */
  unit?: string;
  /** money followed by "/botol", "per kg", "sebotol", "each": the unit the price is for */
  perUnit?: string;
  approx?: boolean;
  /** "20-30": the upper end */
  max?: number;
  /** the number as typed, before a unit turned it into grams ("20 kilo" → 20) */
  typed: number;
  start: number;
  end: number;
  text: string;
}

interface Tok {
  s: string;
  start: number;
  end: number;
  digit: boolean;
}

// letters+2 stays one word (reduplication: "kira2"); digits keep their separators; letters split from digits
const TOK = /\p{L}{2,}2(?![\d.,])|\d+(?:[.,]\d+)*|\p{L}+|[$€£~±½\/+\-]|\S/gu;

function toks(text: string): Tok[] {
  return [...text.matchAll(TOK)].map((m) => ({ s: fold(m[0]), start: m.index, end: m.index + m[0].length, digit: /^\d/.test(m[0]) }));
}

const CURRENCY_BEFORE: Record<string, string> = { rp: 'IDR', idr: 'IDR', sgd: 'SGD', s$: 'SGD', usd: 'USD', us$: 'USD', $: 'USD', aud: 'AUD', myr: 'MYR', rm: 'MYR', eur: 'EUR', '€': 'EUR', '£': 'GBP', gbp: 'GBP' };
const CURRENCY_AFTER: Record<string, string> = { rupiah: 'IDR', idr: 'IDR', perak: 'IDR', sgd: 'SGD', usd: 'USD', dollar: 'USD', dollars: 'USD', aud: 'AUD', myr: 'MYR', ringgit: 'MYR', eur: 'EUR', euro: 'EUR', euros: 'EUR' };
const WEIGHT: Record<string, number> = { kg: 1000, gram: 1, ons: 100 };
const VOLUME: Record<string, number> = { liter: 1000, ml: 1 };

/** "1.200.000" → 1200000, "350,000" → 350000, "1,5" → 1.5, "2.25" → 2.25, "1.200.000,50" → 1200000.5. */
export function readDigits(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
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

const isPhoneLike = (s: string) => /^(0|62)\d{7,}$/.test(s.replace(/[.,]/g, ''));

interface Core {
  value: number;
  next: number;
  scaled: boolean;
  approx: boolean;
}

/** Reads digits and number words from token i: "seratus lima puluh ribu", "1 juta 250 ribu", "dua setengah". */
function readCore(t: Tok[], i: number, lexes: Lexicon[]): Core | null {
  let total = 0;
  let group = 0;
  let small = 0;
  let any = false;
  let lastNumeral = false;
  let lastBig = Infinity;
  let scaled = false;
  let approx = false;
  let j = i;
  const word = (s: string) => {
    for (const lex of lexes) {
      if (lex.numberWords.has(s)) return { kind: 'n' as const, v: lex.numberWords.get(s)! };
      if (lex.scales.has(s)) return { kind: 's' as const, v: lex.scales.get(s)! };
      if (s === lex.teen) return { kind: 't' as const, v: 10 };
      if (lex.half.includes(s)) return { kind: 'n' as const, v: 0.5 };
    }
    return null;
  };
  const applyScale = (s: number) => {
    if (s < 1000) {
      group += (small || 1) * s;
      small = 0;
    } else {
      total += (group + small || 1) * s;
      group = 0;
      small = 0;
      lastBig = s;
    }
  };
  for (; j < t.length; j++) {
    const tok = t[j]!;
    let w: { kind: 'n' | 's' | 't'; v: number } | null = null;
    if (tok.digit) {
      if (isPhoneLike(tok.s)) break;
      let v = readDigits(tok.s);
      if (v === null) break;
      // "1/4 kg", "3/4": a fraction written with digits
      const den = t[j + 2];
      if (t[j + 1]?.s === '/' && den?.digit && t[j + 1]!.start === tok.end && den.start === t[j + 1]!.end && Number(den.s) > 0 && Number(den.s) <= 10) {
        v = v / Number(den.s);
        j += 2;
      }
      w = { kind: 'n', v };
    } else {
      w = word(tok.s);
      // "a"/"an" or "se" as a word: one before a unit or a scale ("a kilo", "a hundred"); nothing before a
      // numeral ("a dozen", "and a half")
      if (w === null && lexes.some((l) => l.one.includes(tok.s)) && t[j + 1]) {
        const nextWord = word(t[j + 1]!.s);
        if (nextWord && nextWord.kind === 'n') continue;
        if (unitOf(t[j + 1]!.s) || nextWord?.kind === 's') {
          if (any && small === 0.5 && total + group === 0) continue; // "half a kilo"
          if (any) break;
          w = { kind: 'n', v: 1 };
        }
      }
      // "and" in "two hundred and fifty", "dan" in "dua dan setengah"; "-" in "twenty-five"
      const joins = tok.s === 'and' || tok.s === 'dan' || (tok.s === '-' && !t[j - 1]?.digit && tok.start === t[j - 1]?.end);
      if (w === null && any && joins && t[j + 1] && (word(t[j + 1]!.s) || (t[j + 2] && lexes.some((l) => l.one.includes(t[j + 1]!.s)) && word(t[j + 2]!.s)))) continue;
    }
    if (!w) break;
    // "30 ribu satu botol", "25rb setengah kilo": after a whole amount, a number before a unit starts a new one
    if (w.kind === 'n' && any && !lastNumeral && lastBig !== Infinity && t[j + 1] && unitOf(t[j + 1]!.s)) break;
    if (w.kind === 'n') {
      const v = w.v;
      // a power of ten ≥ 100 said alone ("seratus", "seribu", "sejuta") is a scale with one before it
      if (!tok.digit && v >= 100 && Math.log10(v) % 1 === 0) {
        if (lastNumeral) break;
        if (v >= 1000 && v >= lastBig) break;
        small = small || 1;
        applyScale(v);
        if (v >= 1000) scaled = true;
        any = true;
        lastNumeral = false;
        continue;
      }
      if (v === 0.5 && any) {
        // "sejuta setengah": half of the scale just said; "dua setengah", "1 setengah": and a half
        if (!lastNumeral && group + small === 0 && lastBig !== Infinity) total += lastBig / 2;
        else small += 0.5;
        lastNumeral = true;
        continue;
      }
      // "twenty three", "dua puluh lima": ones after a round ten; otherwise two numerals in a row end the number
      if (lastNumeral && !(small >= 20 && small % 10 === 0 && small < 100 && v < 10)) break;
      if (lastNumeral || small === 0) small += v;
      else break;
      any = true;
      lastNumeral = true;
      continue;
    }
    if (!any && w.kind !== 's') break;
    if (w.kind === 't') {
      if (!(small >= 1 && small <= 9)) break;
      small += 10;
      lastNumeral = false;
      continue;
    }
    // a scale word
    if (!any) {
      // "rb", "k", "juta" need a number before them; "ribuan" is not handled
      if (tok.s.length > 2 && lexes.some((l) => l.numberWords.has('se' + tok.s))) break;
      break;
    }
    if (w.v >= 1000 && w.v >= lastBig) break;
    applyScale(w.v);
    if (w.v >= 1000) scaled = true;
    lastNumeral = false;
  }
  if (!any) return null;
  // "sejuta dua ratus", "2 juta 500": the group after a million means thousands, as people say it
  let rest = group + small;
  if (lastBig >= 1_000_000 && lastBig !== Infinity && rest > 0 && rest < 1000) rest *= lastBig / 1000;
  // "30an", "30-an", "20ish"
  const after = t[j];
  if (after && lexes.some((l) => l.approxSuffix.includes(after.s) || l.approxSuffix.includes('-' + after.s)) && after.start === t[j - 1]!.end) {
    approx = true;
    j++;
  } else if (after?.s === '-' && t[j + 1] && lexes.some((l) => l.approxSuffix.includes('-' + t[j + 1]!.s)) && after.start === t[j - 1]!.end) {
    approx = true;
    j += 2;
  }
  return { value: total + rest, next: j, scaled, approx };
}

/** "setengah kilo", "sebotol", "sekilo", "a bottle": the se-/a- prefix means one. */
function seUnit(tok: Tok, lexes: Lexicon[]): string | null {
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

function approxBefore(t: Tok[], i: number, lexes: Lexicon[]): number | null {
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

/** Every amount in the text, left to right, spans in the text's own offsets. */
export function parseAmounts(text: string, lang: Lang = 'id'): Amount[] {
  const lexes = [lexicon(lang), lexicon(lang === 'id' ? 'en' : 'id')];
  const t = toks(text);
  const out: Amount[] = [];
  let i = 0;
  while (i < t.length) {
    let first = i;
    let currency: string | undefined;
    const cur = CURRENCY_BEFORE[t[i]!.s] ?? (t[i]!.s === 's' && t[i + 1]?.s === '$' ? 'SGD' : undefined);
    if (cur) {
      i += t[i]!.s === 's' ? 2 : 1;
      if (t[i]?.s === '.') i++;
      currency = cur;
    }
    const se = !currency ? seUnit(t[i]!, lexes) : null;
    let core: Core | null = se ? { value: 1, next: i + 1, scaled: false, approx: false } : readCore(t, i, lexes);
    if (!core) {
      i = currency ? first + 1 : i + 1;
      continue;
    }
    const a: Amount = { kind: 'number', value: core.value, typed: core.value, start: t[first]!.start, end: t[core.next - 1]!.end, text: '' };
    if (core.approx) a.approx = true;
    let j = core.next;
    const approxAt = approxBefore(t, first, lexes);
    if (approxAt !== null) {
      a.approx = true;
      first = approxAt;
      a.start = t[first]!.start;
    }
    // a range: "20-30", "20 sampai 30"
    if ((t[j]?.s === '-' || t[j]?.s === 'sampai' || t[j]?.s === 'to') && t[j + 1]?.digit) {
      const upper = readCore(t, j + 1, lexes);
      if (upper && upper.value > core.value) {
        a.max = upper.value;
        a.approx = true;
        j = upper.next;
      }
    }
    const unitWord = se ?? (t[j] ? unitOf(t[j]!.s) : null);
    const after = t[j]?.s ?? '';
    if (currency || CURRENCY_AFTER[after] || (core.scaled && !unitWord)) {
      a.kind = 'money';
      a.unit = currency ?? CURRENCY_AFTER[after] ?? 'IDR';
      if (!currency && CURRENCY_AFTER[after]) j++;
      if (t[j]?.s === ',' && t[j + 1]?.s === '-') j += 2;
      else if (t[j]?.s === '-' && !t[j + 1]?.digit) j++;
      const per = perUnitAt(t, j, lexes);
      if (per) {
        a.perUnit = per.unit;
        j = per.next;
      }
    } else if (unitWord) {
      if (!se) j++;
      if (unitWord in WEIGHT) {
        a.kind = 'weight';
        a.value = core.value * WEIGHT[unitWord]!;
      } else if (unitWord in VOLUME) {
        a.kind = 'volume';
        a.value = core.value * VOLUME[unitWord]!;
      } else {
        a.kind = 'quantity';
        a.unit = unitWord;
      }
    }
    a.value = Math.round(a.value * 1000) / 1000;
    a.end = t[j - 1]!.end;
    a.text = text.slice(a.start, a.end);
    out.push(a);
    i = j;
  }
  return out;
}

/** "/botol", "per kg", "sebotol", "a bottle", "each" after a price. */
function perUnitAt(t: Tok[], j: number, lexes: Lexicon[]): { unit: string; next: number } | null {
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
  return null;
}

/** The text with the amounts' spans taken out (the "rest" another parser reads). */
export function withoutSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** The first amount of a kind, or null. */
export function firstAmount(text: string, kind: AmountKind, lang: Lang = 'id'): Amount | null {
  return parseAmounts(text, lang).find((a) => a.kind === kind) ?? null;
}
