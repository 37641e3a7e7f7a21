// Shaped things in a message, each with its span: phone numbers, postcodes, couriers and tracking numbers,
// currencies, and the short answers every step must understand — yes, no, none, skip, don't know, later —
// read from the normalised words ("blm ada" → none, "gk tau" → don't know, "nanti aja" → later/skip), so
// a new spelling of "tidak" in the lexicon is understood by every step at once.
import { ANSWER_KINDS, lexicon, type AnswerKind, type Lang } from './lexicon.ts';
import { fold, normalise } from './normalise.ts';
import courierFile from './couriers.json' with { type: 'json' };

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Phone extends Span {
  /** +62… for Indonesian numbers, + and the digits for others */
  e164: string;
  country: 'ID' | 'other';
}

/** Indonesian mobiles (08…, 628…, +62 8…), with spaces, dots or dashes; other countries with a "+". */
export function findPhones(text: string): Phone[] {
  const out: Phone[] = [];
  const re = /(?<![\d+])(?:\+\s?62|62|0)[\s.-]?8\d(?:[\s.-]?\d){6,11}(?!\d)|(?<![\d+])\+\s?(?!62)[1-9]\d{0,3}(?:[\s.-]?\d){6,12}(?!\d)/g;
  for (const m of text.matchAll(re)) {
    const digits = m[0].replace(/\D/g, '');
    const id = /^(62|0)8/.test(digits) && !m[0].startsWith('+') ? true : m[0].replace(/\s/g, '').startsWith('+62');
    const national = digits.replace(/^62/, '').replace(/^0/, '');
    if (id && (national.length < 9 || national.length > 12)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], e164: id ? `+62${national}` : `+${digits}`, country: id ? 'ID' : 'other' });
  }
  return out;
}

export interface Postcode extends Span {
  code: string;
  /** said as a postcode ("kode pos 12730", "zip 018956"); a bare five-digit number is only a candidate */
  marked: boolean;
}

/** Indonesian postcodes (five digits, 10110–99999) and, after a postcode word, other countries' (4–6 digits). */
export function findPostcodes(text: string): Postcode[] {
  const out: Postcode[] = [];
  for (const m of text.matchAll(/(?<![\d.,])(\d{4,6})(?!\d|[.,]\d|\s*(?:rb|ribu|k|jt|juta|rp|gr|g|kg|ons|an)\b)/gi)) {
    const before = fold(text.slice(Math.max(0, m.index - 14), m.index));
    const marked = /(kode\s*pos|kd\s*pos|kodepos|post\s*code|postal\s*code|zip(\s*code)?|pos)\s*[:.]?\s*$/.test(before);
    const moneyBefore = /(rp|idr|\$)\s*\.?\s*$/.test(before);
    if (moneyBefore) continue;
    if (!marked && !(m[1]!.length === 5 && Number(m[1]) >= 10110)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], code: m[1]!, marked });
  }
  return out;
}

export interface Courier extends Span {
  name: string;
}

const courierSpellings: [string, string][] = Object.entries(courierFile.couriers)
  .flatMap(([name, list]) => list.split('|').map((s): [string, string] => [s, name]))
  .sort((a, b) => b[0].length - a[0].length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\&]/g, (c) => (c === '&' ? '&' : `\\${c}`));

export function findCouriers(text: string): Courier[] {
  const lower = fold(text);
  const out: Courier[] = [];
  for (const [spelling, name] of courierSpellings) {
    // a courier glued to a number counts ("JNE0123456789ID"); inside a word it does not ("posisi")
    const re = new RegExp(`(?<![\\p{L}\\d])${escape(spelling).replace(/ /g, '\\s*')}(?![\\p{L}])`, 'gu');
    for (const m of lower.matchAll(re)) {
      if (out.some((c) => m.index < c.end && c.start < m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface Tracking extends Span {
  number: string;
  courier?: string;
}

/** "resi JNE0123456789ID", "no resi: 0123 4567 8901 (J&T)", "awb 1234567890": the number, the courier apart. */
export function findTracking(text: string): Tracking | null {
  const couriers = findCouriers(text);
  const re = /[A-Za-z0-9](?:[A-Za-z0-9-]|(?<=\d)\s(?=\d{3,}))*[A-Za-z0-9]/g;
  let best = null as Tracking | null;
  for (const m of text.matchAll(re)) {
    let token = m[0];
    let start = m.index;
    let courier: string | undefined;
    const glued = couriers.find((c) => c.start === start && c.end < start + token.length);
    if (glued) {
      courier = glued.name;
      start = glued.end;
      token = text.slice(start, m.index + m[0].length).replace(/^[\s-]+/, '');
    }
    const compact = token.replace(/[\s-]/g, '');
    const digits = compact.replace(/\D/g, '').length;
    if (compact.length < 8 || compact.length > 30 || digits < 6) continue;
    if (findPhones(token).length) continue;
    if (!best || compact.length > best.number.length) best = { start, end: m.index + m[0].length, text: token, number: compact.toUpperCase(), ...(courier ? { courier } : {}) };
  }
  if (best && !best.courier) {
    const c = couriers.find((x) => x.end <= best!.start || x.start >= best!.end);
    if (c) best.courier = c.name;
  }
  return best;
}

const CURRENCIES: [RegExp, string][] = [
  [/\b(sgd|s\$|singapore dollars?|dolar singapura|singdollar)/, 'SGD'],
  [/\b(usd|us\$|us dollars?|dolar amerika|american dollars?)/, 'USD'],
  [/\b(aud|au\$|australian dollars?|dolar australia)/, 'AUD'],
  [/\b(myr|ringgit)/, 'MYR'],
  [/\b(eur|euros?)\b|€/, 'EUR'],
  [/\b(gbp|pounds?( sterling)?)\b|£/, 'GBP'],
  [/\b(jpy|yen)\b/, 'JPY'],
  [/\b(idr|rupiah)\b/, 'IDR'],
  [/\b(dollars?|dolar)\b|\$/, 'USD'],
];

/** A currency named in the text ("how much is that in SGD", "berapa dolar"), or null. */
export function findCurrency(text: string): string | null {
  const lower = fold(text);
  for (const [re, code] of CURRENCIES) if (re.test(lower)) return code;
  return null;
}

export interface Answer {
  /** every kind the words can mean, most likely first ("tidak usah" is no and skip) */
  kinds: AnswerKind[];
  /** the words left after the answer and fillers ("izin" of "blm ada izin") */
  rest: string;
  /** nothing but the answer (and at most a few words naming what it is about, no digits) */
  pure: boolean;
}

/** Reads a short answer at the start of a message, in either language. */
export function detectAnswer(text: string, lang: Lang = 'id'): Answer | null {
  // a short answer is short: a long message is never one (and is not read word by word for it)
  if (text.length > 200) return null;
  const candidates = [normalise(text, lang).text, fold(text).replace(/[^\p{L}\p{N}\s/-]+/gu, ' ').replace(/\s+/g, ' ').trim()];
  type Best = { kinds: AnswerKind[]; len: number; rest: string };
  let best = null as Best | null;
  for (const l of [lexicon(lang), lexicon(lang === 'id' ? 'en' : 'id')]) {
    for (const words of candidates) {
      for (const kind of ANSWER_KINDS) {
        for (const phrase of l.answers.get(kind)!) {
          if (!(words === phrase || words.startsWith(phrase + ' '))) continue;
          if (best && phrase.length < best.len) continue;
          const rest = words.slice(phrase.length).trim();
          if (!best || phrase.length > best.len) best = { kinds: [kind], len: phrase.length, rest };
          else if (!best.kinds.includes(kind)) best.kinds.push(kind);
        }
      }
    }
    if (best) break;
  }
  if (!best) return null;
  const fillers = new Set([...lexicon('id').fillers, ...lexicon('en').fillers]);
  let rest = best.rest;
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of fillers)
      if (rest === f || rest.startsWith(f + ' ') || rest.endsWith(' ' + f)) {
        rest = (rest === f ? '' : rest.startsWith(f + ' ') ? rest.slice(f.length + 1) : rest.slice(0, -f.length - 1)).trim();
        changed = true;
      }
  }
  const pure = !/\d/.test(rest) && rest.split(' ').filter(Boolean).length <= 3;
  return { kinds: best.kinds, rest, pure };
}

/** True when the text is only a none/skip/don't-know/later/no answer: never to be stored as a value. */
export function isNonAnswer(text: string, lang: Lang = 'id'): boolean {
  const a = detectAnswer(text, lang);
  return !!a && a.pure && a.kinds.some((k) => k !== 'yes') && !a.kinds.includes('yes');
}
