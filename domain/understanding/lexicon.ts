// The everyday-language tables of one language (locales/<lang>/lexicon.json), read once and cached:
// slang and abbreviations → standard words, phrases, honorifics, answer words (yes/no/none/skip/…), number
// words, unit spellings. Pure data access; every module of domain/understanding reads its words from here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../../prisma/engine/project-root.ts';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** the words that say which field a part of a message is ("stok 30", "nama saya …", "kode pos …") */
export type SlotLabel = 'name' | 'business' | 'phone' | 'street' | 'city' | 'postcode' | 'price' | 'stock' | 'weight' | 'quantity' | 'intro' | 'sellVerb' | 'buyVerb';

export type AnswerKind = 'yes' | 'no' | 'none' | 'skip' | 'dontKnow' | 'later';
export const ANSWER_KINDS: readonly AnswerKind[] = ['yes', 'no', 'none', 'skip', 'dontKnow', 'later'];

interface LexiconFile {
  words: Record<string, string>;
  phrases: string;
  honorifics: string;
  greetingWords: string;
  fillers: string;
  answers: Record<AnswerKind, string>;
  approx: string;
  numbers: { words: string; scales: string; teen: string; half: string; one: string; decimal: string; approxSuffix: string };
  units: Record<string, string>;
  slots: Record<SlotLabel, string>;
  searchNoise: string;
}

export interface Lexicon {
  lang: Lang;
  /** one written word → its standard form (may be several words); place words excluded */
  words: Map<string, string>;
  /** words read only in addresses and places ("kab" → "kabupaten", "brt" → "barat") */
  placeWords: Map<string, string>;
  /** several standard words → their standard phrase ("tidak papa" → "tidak apa-apa"), longest first */
  phrases: [string, string][];
  honorifics: Set<string>;
  greetingWords: Set<string>;
  /** words that add nothing to a short answer ("nanti aja dulu", "not yet thanks") */
  fillers: string[];
  answers: Map<AnswerKind, string[]>;
  approx: string[];
  numberWords: Map<string, number>;
  scales: Map<string, number>;
  teen: string;
  half: string[];
  one: string[];
  decimal: string;
  approxSuffix: string[];
  /** spelling → unit key (the keys of locales/<lang>/units.json, plus "ons" and "ml") */
  units: Map<string, string>;
  /** label words per field, each a list of phrases in standard words */
  slots: Map<SlotLabel, string[]>;
  /** words of a question or a request that name no product ("ada", "dari", "ga", "is there any"): a search drops them */
  searchNoise: Set<string>;
  /** every standard word the tables know, to tell a real doubled letter ("maaf") from an elongation */
  vocabulary: Set<string>;
}

/** The project folder, whose locales/ hold the tables (prisma/engine/project-root.ts: also from a build made
 * into a BUILD_DIR outside the project, where walking up from this module would not find it). */
export function projectRoot(): string {
  return projectPath();
}

const split = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

function pairs(s: string): [string, string][] {
  return split(s).map((entry) => {
    const eq = entry.indexOf('=');
    return eq < 0 ? [entry, entry] : [entry.slice(0, eq).trim(), entry.slice(eq + 1).trim()];
  });
}

const cache = new Map<Lang, Lexicon>();

export function readLexiconFile(lang: Lang): LexiconFile {
  return JSON.parse(readFileSync(path.join(projectRoot(), 'locales', lang, 'lexicon.json'), 'utf8')) as LexiconFile;
}

export function lexicon(lang: Lang): Lexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const file = readLexiconFile(lang);
  const words = new Map<string, string>();
  const placeWords = new Map<string, string>();
  const vocabulary = new Set<string>();
  for (const [category, list] of Object.entries(file.words)) {
    for (const [from, to] of pairs(list)) {
      (category === 'places' ? placeWords : words).set(from, to);
      for (const w of to.split(/\s+/)) vocabulary.add(w);
    }
  }
  const phrases = pairs(file.phrases).sort((a, b) => b[0].length - a[0].length);
  const answers = new Map<AnswerKind, string[]>();
  for (const kind of ANSWER_KINDS) answers.set(kind, split(file.answers[kind]));
  const units = new Map<string, string>();
  for (const [key, list] of Object.entries(file.units)) for (const spelling of split(list)) if (!units.has(spelling)) units.set(spelling, key);
  const lex: Lexicon = {
    lang,
    words,
    placeWords,
    phrases,
    honorifics: new Set(split(file.honorifics)),
    greetingWords: new Set(split(file.greetingWords)),
    fillers: split(file.fillers),
    answers,
    approx: split(file.approx),
    numberWords: new Map(pairs(file.numbers.words).map(([w, n]) => [w, Number(n)])),
    scales: new Map(pairs(file.numbers.scales).map(([w, n]) => [w, Number(n)])),
    teen: file.numbers.teen,
    half: split(file.numbers.half),
    one: split(file.numbers.one),
    decimal: file.numbers.decimal,
    approxSuffix: split(file.numbers.approxSuffix),
    units,
    slots: new Map(Object.entries(file.slots).map(([k, v]) => [k as SlotLabel, split(v)])),
    searchNoise: new Set(split(file.searchNoise ?? '')),
    vocabulary,
  };
  for (const list of [...answers.values(), [...lex.honorifics], [...lex.greetingWords]]) for (const p of list) for (const w of p.split(/\s+/)) vocabulary.add(w);
  cache.set(lang, lex);
  return lex;
}

/** Both languages' unit spellings: people mix them ("2 bottle", "3 bks"). */
export function unitOf(word: string): string | null {
  return lexicon('id').units.get(word) ?? lexicon('en').units.get(word) ?? null;
}
