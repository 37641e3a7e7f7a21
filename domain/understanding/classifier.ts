// Global intents — what a message means when it is not an answer to the step, a button or the menu: a
// question about an order, about the difference between two products, about payment, shipping abroad, a
// currency; wanting to sell or to buy; a greeting, thanks, a call for help, a report. An nlp.js neural
// classifier (@nlpjs/nlp with @nlpjs/lang-id and @nlpjs/lang-en, MIT, offline) trained once per process from
// the example sentences in locales/<lang>/nlu.json, on normalised text, so "pesanan sy gmn kak" reaches the
// model as "pesanan saya bagaimana". Below the score floor the answer is "not sure": the caller says what
// the bot can do instead of guessing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nlpPkg from '@nlpjs/nlp';
import idPkg from '@nlpjs/lang-id';
import enPkg from '@nlpjs/lang-en';
import { LANGS, projectRoot, type Lang } from './lexicon.ts';
import { guessLang, normalise } from './normalise.ts';

export const GLOBAL_INTENTS = ['orderStatus', 'productDifference', 'paymentArrived', 'paymentMethods', 'shippingAbroad', 'shippingCost', 'currency', 'sell', 'buy', 'greeting', 'thanks', 'help', 'report'] as const;
export type GlobalIntent = (typeof GLOBAL_INTENTS)[number];

/** Below this the classifier's best guess is not acted on. */
export const SCORE_FLOOR = 0.62;

export interface IntentGuess {
  intent: GlobalIntent | null;
  score: number;
  /** the best guesses, highest first (for "did you mean" and the evaluation's confusion list) */
  ranked: { intent: GlobalIntent; score: number }[];
}

const isIntent = (s: string): s is GlobalIntent => (GLOBAL_INTENTS as readonly string[]).includes(s);

/** The example sentences of one language: intent → sentences. */
export function trainingExamples(lang: Lang): Map<GlobalIntent, string[]> {
  const file = JSON.parse(readFileSync(path.join(projectRoot(), 'locales', lang, 'nlu.json'), 'utf8')) as Record<string, string>;
  const out = new Map<GlobalIntent, string[]>();
  for (const intent of GLOBAL_INTENTS) out.set(intent, (file[intent] ?? '').split('|').map((s) => s.trim()).filter(Boolean));
  return out;
}

type Model = InstanceType<typeof nlpPkg.Nlp>;
let model: Promise<Model> | null = null;
export let trainingMs = 0;

async function train(): Promise<Model> {
  const started = performance.now();
  const nlp = new nlpPkg.Nlp({ languages: [...LANGS], autoSave: false, autoLoad: false, forceNER: false, nlu: { log: false } });
  nlp.use(idPkg.LangId);
  nlp.use(enPkg.LangEn);
  for (const lang of LANGS) for (const [intent, sentences] of trainingExamples(lang)) for (const s of sentences) nlp.addDocument(lang, normalise(s, lang).text, intent);
  await nlp.train();
  trainingMs = performance.now() - started;
  return nlp;
}

/** Trains the model (once per process); later calls return at once. */
export function warmClassifier(): Promise<unknown> {
  model ??= train();
  return model;
}

async function classifyIn(nlp: Model, text: string, lang: Lang): Promise<IntentGuess> {
  const result = await nlp.process(lang, normalise(text, lang).text);
  const ranked = (result.classifications ?? [{ intent: result.intent, score: result.score }])
    .filter((c): c is { intent: GlobalIntent; score: number } => isIntent(c.intent))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  const top = ranked[0];
  return { intent: top && top.score >= SCORE_FLOOR ? top.intent : null, score: top?.score ?? 0, ranked };
}

const SMALL_TALK = new Set<GlobalIntent>(['greeting', 'thanks']);

/**
 * The global intent of a message in the language its words are in (else the conversation's); the other
 * language's model is asked when that reading is unsure or only small talk (people mix: "qris ok?").
 */
export async function classify(input: string, lang: Lang = 'id'): Promise<IntentGuess> {
  const nlp = (await warmClassifier()) as Model;
  const text = input.slice(0, 300);
  const primary = guessLang(text) ?? lang;
  const first = await classifyIn(nlp, text, primary);
  if (first.intent && !SMALL_TALK.has(first.intent)) return first;
  const second = await classifyIn(nlp, text, primary === 'id' ? 'en' : 'id');
  if (second.intent && !SMALL_TALK.has(second.intent)) return second;
  return first.intent ? first : second.score > first.score ? second : first;
}

/**
 * Words that speak of an intent: in its example sentences and in those of at most one other intent ("pesanan",
 * "paket" for orderStatus; not "belum" or "ada", which every intent's examples use). A neural classifier is
 * sure of itself on words it never saw ("blm ada izin" → orderStatus 0.98 from "belum ada" alone); where a
 * wrong reading costs much (a form left behind), the caller asks for one such word as well.
 */
const topicWordsByLang = new Map<Lang, Map<GlobalIntent, Set<string>>>();

function topicWords(lang: Lang): Map<GlobalIntent, Set<string>> {
  const known = topicWordsByLang.get(lang);
  if (known) return known;
  const wordsOf = new Map<GlobalIntent, Set<string>>();
  for (const [intent, sentences] of trainingExamples(lang)) wordsOf.set(intent, new Set(sentences.flatMap((s) => normalise(s, lang).text.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3)));
  const intentsOf = new Map<string, number>();
  for (const words of wordsOf.values()) for (const w of words) intentsOf.set(w, (intentsOf.get(w) ?? 0) + 1);
  const topics = new Map<GlobalIntent, Set<string>>();
  for (const [intent, words] of wordsOf) topics.set(intent, new Set([...words].filter((w) => (intentsOf.get(w) ?? 0) <= 2)));
  topicWordsByLang.set(lang, topics);
  return topics;
}

/** Whether the text has a word that speaks of the intent, in either language. */
export function speaksOf(intent: GlobalIntent, text: string): boolean {
  return LANGS.some((lang) => {
    const topics = topicWords(lang).get(intent);
    // "pesannya", "sudahkah", "kutransfer": a word with its suffix or its "ku-"/"di-" speaks as the word does
    const affixed = (w: string) => w.length > 6 && [w.replace(/(nya|kah|lah)$/u, ''), w.replace(/^(ku|di)/u, '')].some((b) => b !== w && topics!.has(b));
    return !!topics && normalise(text.slice(0, 300), lang).text.split(/[^\p{L}\p{N}]+/u).some((w) => topics.has(w) || affixed(w));
  });
}
