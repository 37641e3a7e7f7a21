// Normalisation before anything else: what a person typed ("sy mw jual madu hutan kak", "bangettt",
// "kira2 7 ons", "pls ship 2 sg") becomes standard words ("saya mau jual madu hutan", "banget",
// "kira-kira 7 ons", "please ship 2 sg") from the lexicon in locales/<lang>/lexicon.json, while every
// token keeps its place in the original so a name or description can be taken verbatim from what was typed.
// Rules, not phrases: elongated letters are folded, "x2" is reduplication, honorifics used as address terms
// are dropped, a unit after a number is left alone ("7 g" is seven grams, not "7 tidak").
import { lexicon, type Lang, type Lexicon } from './lexicon.ts';

export interface Token {
  /** the token as typed */
  raw: string;
  /** lower case, accents removed */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

export interface NormalToken {
  /** standard form; may be several words ("gpp" → "tidak apa-apa") */
  norm: string;
  /** the span of the original text it came from */
  start: number;
  end: number;
  kind: 'word' | 'number';
}

export interface Normalised {
  original: string;
  /** the standard words, separated by single spaces, punctuation dropped */
  text: string;
  tokens: NormalToken[];
  /** what the honorifics and elongation removed or changed, for tests and logs */
  dropped: string[];
  lang: Lang;
}

const TOKEN = /\d+(?:[.,]\d+)+[\p{L}]*|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\S/gu;

export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const kind = /^\d/.test(raw) ? 'number' : /[\p{L}\p{N}&]/u.test(raw) ? 'word' : 'punct';
    out.push({ raw, lower: fold(raw).replace(/’/g, "'"), start, end: start + raw.length, kind });
  }
  return out;
}

const EMPTY = { words: new Map<string, string>() } as Lexicon;

const isKnown = (lex: Lexicon, w: string) => lex.words.has(w) || lex.vocabulary.has(w);

/** "bangettt" → "banget", "mauuu" → "mau", "maaaaf" → "maaf", "makasihh" → "makasih" (when the tables know it). */
export function foldElongation(word: string, lex: Lexicon): string {
  if (isKnown(lex, word)) return word;
  if (/(\p{L})\1\1/u.test(word)) {
    const two = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
    if (isKnown(lex, two)) return two;
    const one = word.replace(/(\p{L})\1{2,}/gu, '$1');
    if (isKnown(lex, one)) return one;
    const oneAll = one.replace(/(\p{L})\1/gu, '$1');
    return isKnown(lex, oneAll) ? oneAll : one;
  }
  const last = word.match(/^(.*\p{L})(\p{L})\2$/u);
  if (last && isKnown(lex, last[1]! + last[2]!)) return last[1]! + last[2]!;
  return word;
}

function standardWord(word: string, lex: Lexicon, other: Lexicon): string {
  // "kira2", "bapa2", "hati2": the 2 doubles the word
  const redup = word.match(/^(\p{L}{2,})2$/u);
  if (redup) {
    const base = standardWord(redup[1]!, lex, other);
    return base.includes(' ') ? base : `${base}-${base}`;
  }
  const w = foldElongation(word, lex);
  const mine = lex.words.get(w);
  if (mine !== undefined) return mine;
  if (lex.vocabulary.has(w)) return w;
  // people mix languages: "pls kirim", "sy mau order 2 bottle"
  const theirs = other.words.get(w);
  return theirs ?? w;
}

const isNumberLike = (lex: Lexicon, t: Token | undefined) => !!t && (t.kind === 'number' || lex.numberWords.has(t.lower));
const isUnitOrScale = (lex: Lexicon, w: string) => lex.units.has(w) || lex.scales.has(w);

/** An honorific is dropped where it addresses the reader; kept as a title before a name ("Mama Maria Bere"). */
function isAddressTerm(tokens: Token[], i: number, lex: Lexicon): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (isNumberLike(lex, prev)) return false; // "2 pak" is two packs
  // "pak Yohanes", "Ina Ndun": a title before a capitalised word is part of the name
  return !(next?.kind === 'word' && /^\p{Lu}/u.test(next.raw));
}

function applyPhrases(tokens: NormalToken[], lex: Lexicon): NormalToken[] {
  if (!lex.phrases.length) return tokens;
  const out: NormalToken[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    for (const [from, to] of lex.phrases) {
      const parts = from.split(' ');
      if (parts.length < 2 || i + parts.length > tokens.length) continue;
      // a token may already be two words ("gk usah" written "gausah" → "tidak usah")
      if (parts.every((p, k) => tokens[i + k]!.norm === p)) {
        out.push({ norm: to, start: tokens[i]!.start, end: tokens[i + parts.length - 1]!.end, kind: 'word' });
        i += parts.length;
        continue outer;
      }
    }
    out.push(tokens[i]!);
    i++;
  }
  return out;
}

/**
 * The last texts normalised, so one inbound message is normalised once per turn however many readers ask
 * (the step, the phrase intents, the classifier, the topic-word guard, the search): the engine normalises
 * the text when the message comes in (bot/core/interpret/input.ts) and every later call for the same text
 * is a lookup. Results are frozen: a reader cannot change what the next one sees.
 */
const recent = new Map<string, Normalised>();
const RECENT_MAX = 64;

/** The text in standard words; `lang` is the conversation's language (the other one is read too). */
export function normalise(original: string, lang: Lang = 'id'): Normalised {
  const key = `${lang}\u0000${original}`;
  const hit = recent.get(key);
  if (hit) return hit;
  const fresh = normaliseText(original, lang);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(key, fresh);
  return fresh;
}

function normaliseText(original: string, lang: Lang): Normalised {
  // the words decide: an English message in an Indonesian conversation is read with the English table first
  const guessed = guessLang(original);
  const primary = guessed ?? lang;
  const lex = lexicon(primary);
  // English slang is common in Indonesian messages ("pls kirim"); Indonesian slang is read in an English
  // message only when its words are Indonesian ("son" is a son, not Kupang's "sonde")
  const other = primary === 'id' ? lexicon('en') : EMPTY;
  const raw = tokenize(original);
  const norms = raw.map((t, i) => {
    if (t.kind !== 'word') return t.lower;
    if (isNumberLike(lex, raw[i - 1]) && isUnitOrScale(lex, t.lower)) return t.lower; // "7 g", "2 pak", "5 k"
    return standardWord(t.lower, lex, other);
  });
  const dropped: string[] = [];
  const tokens: NormalToken[] = [];
  raw.forEach((t, i) => {
    if (t.kind === 'punct') return;
    const norm = norms[i]!;
    if (t.kind === 'word' && (lex.honorifics.has(t.lower) || lex.honorifics.has(norm)) && isAddressTerm(raw, i, lex)) {
      dropped.push(t.raw);
      return;
    }
    tokens.push({ norm, start: t.start, end: t.end, kind: t.kind === 'number' ? 'number' : 'word' });
  });
  const phrased = applyPhrases(splitMulti(tokens), lex);
  return Object.freeze({ original, text: phrased.map((t) => t.norm).join(' '), tokens: Object.freeze(phrased.map((t) => Object.freeze(t))) as NormalToken[], dropped: Object.freeze(dropped) as string[], lang: primary });
}

/** "tidak apa-apa" from one token becomes two tokens with the same span, so phrases can match words. */
function splitMulti(tokens: NormalToken[]): NormalToken[] {
  return tokens.flatMap((t) => (t.norm.includes(' ') ? t.norm.split(' ').map((norm) => ({ ...t, norm })) : [t]));
}

/** The original text of a span of normalised tokens (what a person typed there, for verbatim fields). */
export function originalOf(n: Normalised, from: number, to: number): string {
  const a = n.tokens[from];
  const b = n.tokens[to - 1];
  return a && b ? n.original.slice(a.start, b.end) : '';
}

/** Which of the two languages a text is more likely in, by the words each lexicon knows; null when unsure. */
export function guessLang(text: string): Lang | null {
  let id = 0;
  let en = 0;
  const idLex = lexicon('id');
  const enLex = lexicon('en');
  for (const t of tokenize(text)) {
    if (t.kind !== 'word') continue;
    const inId = idLex.words.has(t.lower) || idLex.vocabulary.has(t.lower);
    const inEn = enLex.words.has(t.lower) || enLex.vocabulary.has(t.lower);
    if (inId && !inEn) id++;
    if (inEn && !inId) en++;
  }
  return id === en ? null : id > en ? 'id' : 'en';
}
