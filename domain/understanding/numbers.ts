// One parser for every number people type, Duckling style: each amount comes back with the span of the
// text it used, so the rest of the message stays available ("madu hutan 150rb sebotol stok 30" → money
// 150.000 per botol, number 30, and "madu hutan … stok" left over). Digits with separators and
// multipliers ("1,5jt", "Rp 1.200.000", "IDR 350,000", "25rb"), number words in Indonesian and English
// ("seratus lima puluh ribu", "satu juta dua ratus", "two hundred"), halves ("setengah kilo"), the "se-"
// prefix ("sebotol" = one bottle), weights (ons = 100 g, kg, kilo, gram), "30an" (about 30).
import { lexicon, unitOf, type Lang, type Lexicon } from './lexicon.ts';
import { approxBefore, isPhoneLike, perUnitAt, readDigits, seUnit, toks, type Tok } from './numbers-parts.ts';

export { readDigits } from './numbers-parts.ts';

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

const CURRENCY_BEFORE: Record<string, string> = { rp: 'IDR', idr: 'IDR', sgd: 'SGD', s$: 'SGD', usd: 'USD', us$: 'USD', $: 'USD', aud: 'AUD', myr: 'MYR', rm: 'MYR', eur: 'EUR', '€': 'EUR', '£': 'GBP', gbp: 'GBP' };
const CURRENCY_AFTER: Record<string, string> = { rupiah: 'IDR', idr: 'IDR', perak: 'IDR', sgd: 'SGD', usd: 'USD', dollar: 'USD', dollars: 'USD', aud: 'AUD', myr: 'MYR', ringgit: 'MYR', eur: 'EUR', euro: 'EUR', euros: 'EUR' };
const MONEY_WORDS = new Set(['rb', 'rbu', 'rebu', 'k', 'jt', 'jta', 'jeti']);
const WEIGHT: Record<string, number> = { kg: 1000, gram: 1, ons: 100 };
const VOLUME: Record<string, number> = { liter: 1000, ml: 1 };

interface Core {
  value: number;
  next: number;
  scaled: boolean;
  /** "rb", "k", "jt": abbreviations only money is written with */
  moneyWord: boolean;
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
  let moneyWord = false;
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
  // whether a number was said since the last scale ("0 rb" is zero, "ribu" after "seratus" is ×1000)
  let pending = false;
  const applyScale = (s: number) => {
    if (s < 1000) {
      group += (pending ? small : 1) * s;
      small = 0;
    } else {
      total += (pending || group ? group + small : 1) * s;
      group = 0;
      small = 0;
      lastBig = s;
    }
    pending = false;
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
        pending = true;
        applyScale(v);
        if (v >= 1000) scaled = true;
        any = true;
        lastNumeral = false;
        continue;
      }
      if (v === 0.5 && any) {
        // "sejuta setengah": half of the scale just said; "dua setengah", "1 setengah": and a half
        if (!lastNumeral && group + small === 0 && lastBig !== Infinity) total += lastBig / 2;
        else {
          small += 0.5;
          pending = true;
        }
        lastNumeral = true;
        continue;
      }
      // "twenty three", "dua puluh lima": ones after a round ten; otherwise two numerals in a row end the number
      if (lastNumeral && !(small >= 20 && small % 10 === 0 && small < 100 && v < 10)) break;
      if (lastNumeral || small === 0) small += v;
      else break;
      any = true;
      pending = true;
      lastNumeral = true;
      continue;
    }
    if (!any && w.kind !== 's') break;
    if (w.kind === 't') {
      if (!(small >= 1 && small <= 9)) break;
      small += 10;
      pending = true;
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
    if (MONEY_WORDS.has(tok.s)) moneyWord = true;
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
  return { value: total + rest, next: j, scaled, moneyWord, approx };
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
    let core: Core | null = se ? { value: 1, next: i + 1, scaled: false, moneyWord: false, approx: false } : readCore(t, i, lexes);
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
    if (currency || CURRENCY_AFTER[after] || core.moneyWord || (core.scaled && !unitWord)) {
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
