// What people type, read against the phrases in locales/<lang>/intents.json (the one place they are defined).
// Both languages are read at once: villagers and visitors mix Indonesian, English and slang in one message.
// Everything is compared after normalizeText (no accents, no punctuation, lower case), so "Brp ongkir ke
// Jakarta??" meets "brp ongkir ke {{place}}".
import { editDistance } from '../../domain/lib/edit-distance.ts';
import { withoutOrigin } from '../../domain/understanding/understand.ts';
import { languages, loadLocaleFiles } from '../../domain/lib/i18n.ts';
import { normalizeText } from '../../domain/search/normalize.ts';
import { normalise } from '../../domain/understanding/normalise.ts';

export type Word = 'yes' | 'no' | 'back' | 'cancel' | 'menu' | 'help' | 'language';
const WORDS: Word[] = ['yes', 'no', 'back', 'cancel', 'menu', 'help', 'language'];

export type Intent =
  /** firm: said with a verb of will ("mau jual", "I want to sell"); a bare "jual kopi?" may be a question */
  | { kind: 'sell'; name: string | null; firm: boolean }
  | { kind: 'incomingOrders' }
  | { kind: 'buy'; quantity: number }
  | { kind: 'shipping'; destination: string }
  | { kind: 'cart' }
  | { kind: 'pay' }
  | { kind: 'orderStatus' }
  | { kind: 'search'; query: string }
  /** from the classifier's currency question; code: the currency named ("SGD"), null when none */
  | { kind: 'currency'; code: string | null };
export type IntentKind = Intent['kind'];
const KINDS: IntentKind[] = ['sell', 'incomingOrders', 'buy', 'shipping', 'cart', 'pay', 'orderStatus', 'search'];

interface Pattern {
  kind: IntentKind;
  regex: RegExp;
  slot: string | null;
  /** letters outside the slot: longer, more specific phrases are tried first */
  weight: number;
  /** a phrase without a slot, compared with typo tolerance */
  fixed: string | null;
  /** how many words the phrase has besides its slot */
  literalWords: number;
}

interface Vocabulary {
  words: Map<string, Word>;
  numbers: Map<string, number>;
  prefixes: Set<string>;
  fillers: Set<string>;
  patterns: Pattern[];
  smallTalk: Set<string>;
  greetings: Set<string>;
  thanks: Set<string>;
}

type Tree = { [key: string]: string | Tree };
const str = (tree: Tree | undefined, key: string): string => {
  const v = tree?.[key];
  return typeof v === 'string' ? v : '';
};
const sub = (tree: Tree | undefined, key: string): Tree | undefined => {
  const v = tree?.[key];
  return v && typeof v === 'object' ? v : undefined;
};
const split = (list: string): string[] => list.split('|').map((s) => s.trim()).filter(Boolean);

const QTY = '(\\S+(?: \\S+)?)';

function compile(kind: IntentKind, phrase: string): Pattern {
  const slotMatch = /\{\{\s*(\w+)\s*\}\}/.exec(phrase);
  const slot = slotMatch?.[1] ?? null;
  const [before, after] = slotMatch ? [phrase.slice(0, slotMatch.index), phrase.slice(slotMatch.index + slotMatch[0].length)] : [phrase, ''];
  const literal = (s: string) => normalizeText(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const b = literal(before);
  const a = literal(after);
  const body = slot === null ? '' : slot === 'qty' ? QTY : '(.+)';
  const source = slot === null ? b : [b, body, a].filter(Boolean).join(' ');
  const literalWords = [b, a].join(' ').split(' ').filter(Boolean).length;
  return { kind, regex: new RegExp(`^${source}$`, 'u'), slot, weight: (b + a).replace(/ /g, '').length, fixed: slot === null ? normalizeText(phrase) : null, literalWords };
}

function load(): Vocabulary {
  const vocabulary: Vocabulary = { words: new Map(), numbers: new Map(), prefixes: new Set(), fillers: new Set(), patterns: [], smallTalk: new Set(), greetings: new Set(), thanks: new Set() };
  for (const lang of languages) {
    const tree = loadLocaleFiles(lang).intents;
    const words = sub(tree, 'words');
    for (const word of WORDS) for (const w of split(str(words, word))) if (!vocabulary.words.has(normalizeText(w))) vocabulary.words.set(normalizeText(w), word);
    const numbers = sub(tree, 'numbers');
    for (const n of Object.keys(numbers ?? {})) for (const w of split(str(numbers, n))) vocabulary.numbers.set(normalizeText(w), Number(n));
    for (const p of split(str(tree, 'choicePrefixes'))) vocabulary.prefixes.add(normalizeText(p));
    for (const f of split(str(tree, 'fillers'))) vocabulary.fillers.add(normalizeText(f));
    for (const s of split(str(tree, 'smallTalk'))) vocabulary.smallTalk.add(normalizeText(s));
    for (const s of split(str(tree, 'greetings'))) vocabulary.greetings.add(normalizeText(s));
    for (const s of split(str(tree, 'thanks'))) vocabulary.thanks.add(normalizeText(s));
    const phrases = sub(tree, 'phrases');
    for (const kind of KINDS) for (const phrase of split(str(phrases, kind))) vocabulary.patterns.push(compile(kind, phrase));
  }
  // specific before general ("jual {{query}} gak" before "jual {{name}}"); a fixed phrase before a slot of the same weight
  vocabulary.patterns.sort((x, y) => y.weight - x.weight || Number(x.slot !== null) - Number(y.slot !== null));
  return vocabulary;
}

const vocab = load();



/** How many typos a word of this length may carry and still be recognised. */
export const typosAllowed = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/** "Iya", "gak", "Kembali", "batal", "menu", "bantuan", "ganti bahasa" → the word; anything else → null. */
export function wordOf(text: string): Word | null {
  const t = normalizeText(text);
  return t ? (vocab.words.get(t) ?? null) : null;
}

/** "2", "dua", "yang kedua", "no. 3", "pilih 4", "third" → the number; anything else → null. */
export function numberOf(text: string): number | null {
  let t = normalizeText(text);
  if (!t) return null;
  const words = t.split(' ');
  while (words.length > 1 && vocab.prefixes.has(words[0]!)) words.shift();
  t = words.join(' ');
  if (/^\d{1,4}$/.test(t)) return Number(t);
  return vocab.numbers.get(t) ?? null;
}

/** A quantity typed as "2", "dua", "3 bungkus", "lima pcs" → the number; anything else → null. */
export function quantityOf(text: string): number | null {
  const t = normalizeText(text);
  const direct = numberOf(t);
  if (direct !== null) return direct;
  const m = /^(\S+) \p{L}+$/u.exec(t);
  return m ? numberOf(m[1]!) : null;
}

/** The words that carry meaning: "saya pembeli" → ["pembeli"], "I am a buyer" → ["buyer"]. */
export function contentWords(normalized: string): string[] {
  return normalized.split(' ').filter((w) => w && !vocab.fillers.has(w));
}

/** The message without the words that only address someone ("pagi kak", "makasih min", "hi there"). */
function withoutFillers(text: string): string {
  const normalized = normalizeText(text);
  return contentWords(normalized).join(' ') || normalized;
}

export function isSmallTalk(text: string): boolean {
  const t = withoutFillers(text);
  return vocab.smallTalk.has(t) || vocab.greetings.has(t) || vocab.thanks.has(t);
}

/** What kind of small talk a whole message is: a greeting, a thank-you, another (ok, haha), or none. */
export function smallTalkKind(text: string): 'greeting' | 'thanks' | 'other' | null {
  const t = withoutFillers(text);
  if (vocab.greetings.has(t)) return 'greeting';
  if (vocab.thanks.has(t)) return 'thanks';
  return vocab.smallTalk.has(t) ? 'other' : null;
}

/** Whether every word of `typed` is a typo-tolerant match of the phrase's words, in order. */
function closePhrase(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((w, i) => w === b[i] || editDistance(w, b[i]!, typosAllowed(b[i]!.length)) <= typosAllowed(b[i]!.length));
}

/** a fixed phrase's words, split once (every message is checked against every fixed phrase) */
const phraseWords = new Map<string, string[]>();
const wordsOfPhrase = (phrase: string): string[] => {
  let words = phraseWords.get(phrase);
  if (!words) phraseWords.set(phrase, (words = phrase.split(' ')));
  return words;
};

/**
 * The intent a message carries, or null. Slots are checked: a quantity must be a number (digits or words,
 * optionally followed by a unit), a name, place or query must have a letter.
 */
export function intentOf(text: string): Intent | null {
  // the phrases as written, then after normalisation ("sy mw jual madu" reads as "saya mau jual madu")
  const found = intentOfPlain(text);
  if (found) return found;
  if (text.length > 300) return null;
  const standard = normalise(text, 'id').text;
  return standard && normalizeText(standard) !== normalizeText(text) ? intentOfPlain(standard) : null;
}

function intentOfPlain(text: string): Intent | null {
  const t = normalizeText(text);
  if (!t) return null;
  // "hi, I want to sell coffee", "halo kak, cari kopi": the greeting before what the message says
  const greeting = leadingGreeting(t);
  if (greeting) return intentOfPlain(text.trim().split(/\s+/).slice(greeting).join(' '));
  for (const p of vocab.patterns) {
    const m = p.regex.exec(t);
    if (!m) continue;
    const value = m[1] ? asTyped(text, m[1].trim()) : '';
    const intent = build(p, value);
    if (intent) return intent;
  }
  // typos in short fixed phrases ("keranjng", "status pesana"), never in ones with slots
  const typed = t.split(' ');
  for (const p of vocab.patterns) if (p.fixed && p.fixed.length >= 5 && closePhrase(typed, wordsOfPhrase(p.fixed))) return build(p, '');
  return null;
}

/** How many words a greeting at the start of a longer message takes ("hi", "selamat pagi"); 0 when none. */
function leadingGreeting(normalized: string): number {
  const words = normalized.split(' ');
  for (const n of [2, 1]) if (words.length > n && vocab.smallTalk.has(words.slice(0, n).join(' '))) return n;
  return 0;
}

/** The slot's words as the user typed them (case, accents, "&"), when they end the message; else as read. */
function asTyped(original: string, slot: string): string {
  const count = slot.split(' ').length;
  const words = original.trim().replace(/[?!.,]+$/u, '').split(/\s+/);
  const tail = words.slice(-count).join(' ');
  return normalizeText(tail) === slot ? tail : slot;
}

function build(p: Pattern, value: string): Intent | null {
  const hasLetter = /\p{L}/u.test(value);
  switch (p.kind) {
    case 'sell':
      if (p.slot && (!hasLetter || value.length < 2)) return null;
      // "tenun ikat dari lembata": the place is the producer's, the name is "tenun ikat"
      return { kind: 'sell', name: p.slot ? withoutOrigin(value) : null, firm: p.literalWords >= 2 };
    case 'buy': {
      const quantity = quantityOf(value);
      return quantity !== null && quantity > 0 ? { kind: 'buy', quantity } : null;
    }
    case 'shipping':
      if (p.slot && !hasLetter) return null;
      return { kind: 'shipping', destination: value };
    case 'search':
      if (!hasLetter || isSmallTalk(value)) return null;
      return { kind: 'search', query: value };
    case 'currency':
      return null; // from the classifier only (bot/core/understood.ts), never a phrase
    default:
      return { kind: p.kind };
  }
}

export { editDistance };
