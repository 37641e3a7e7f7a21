// What one message means at one point of a conversation — the single entry the conversation and the
// evaluation use. In this order: the step's own answer (its field and any other field the message fills),
// a none/skip/don't-know answer (a meaning per step, never a stored value), the global intents
// (classifier.ts); otherwise the step asks again, naming what it understood.
import { classify, speaksOf, type GlobalIntent } from './classifier.ts';
import { matchChoice, type Choice } from './choices.ts';
import { detectAnswer, findPhones, findTracking } from './entities.ts';
import { extractAddress, extractListing, extractRegistration } from './extract.ts';
import { lexicon, unitOf, type AnswerKind, type Lang } from './lexicon.ts';
import { normalise } from './normalise.ts';
import { parseAmounts } from './numbers.ts';
import { resolvePlace } from './places.ts';
import { fieldsOfPlace } from './place-fields.ts';

export type FieldStep = 'ownerName' | 'location' | 'district' | 'village' | 'productName' | 'nameEn' | 'price' | 'unit' | 'weight' | 'stock' | 'permits' | 'recipient' | 'phone' | 'city' | 'tracking' | 'quantity';

/** Fields a step may not skip: a none/skip there is asked again. */
const REQUIRED = new Set<FieldStep>(['ownerName', 'location', 'district', 'village', 'productName', 'price', 'weight', 'stock', 'recipient', 'phone', 'city', 'tracking', 'quantity']);

export type StepContext = { step: 'free' } | { step: 'choices'; choices: Choice[] } | { step: FieldStep; within?: string };

export type Fields = Record<string, string | number>;

export type Outcome =
  | { type: 'fill'; fields: Fields }
  | { type: 'skip'; kind: AnswerKind }
  | { type: 'choice'; value: string }
  | { type: 'intent'; intent: GlobalIntent; payload?: string }
  | { type: 'ask'; reason: string; fields?: Fields; options?: string[] };

const VERB_INTENTS = new Set<GlobalIntent>(['sell', 'buy']);
const QUESTION_INTENTS = new Set<GlobalIntent>(['orderStatus', 'productDifference', 'paymentArrived', 'paymentMethods', 'shippingAbroad', 'shippingCost', 'currency', 'help', 'report']);

/** The product or the search a sell/buy message carries: the words after the last verb of selling or
 * looking ("halo kak mau cari madu timur" → "madu timur"), or before it ("ada sarung ikat mau dijual"). */
/** Whether the text says the verb of selling or looking itself ("jual", "cari", "buy"), not only a product. */
export function saysVerb(intent: 'sell' | 'buy', text: string, lang: Lang): boolean {
  const label = intent === 'sell' ? 'sellVerb' : 'buyVerb';
  const words = normalise(text, lang).tokens.map((t) => t.norm);
  const verbs = [...lexicon(lang).slots.get(label)!, ...lexicon(lang === 'id' ? 'en' : 'id').slots.get(label)!].map((v) => v.split(' '));
  return words.some((_, i) => verbs.some((v) => v.every((w, k) => words[i + k] === w)));
}

export function intentPayload(intent: GlobalIntent, text: string, lang: Lang): string | undefined {
  if (intent !== 'sell' && intent !== 'buy') return undefined;
  const n = normalise(text, lang);
  const label = intent === 'sell' ? 'sellVerb' : 'buyVerb';
  const verbs = [...lexicon(lang).slots.get(label)!, ...lexicon(lang === 'id' ? 'en' : 'id').slots.get(label)!].map((v) => v.split(' '));
  const words = n.tokens.map((t) => t.norm);
  let after = -1;
  let before = -1;
  for (let i = 0; i < words.length; i++)
    for (const v of verbs)
      if (v.every((w, k) => words[i + k] === w)) {
        after = i + v.length;
        before = before < 0 ? i : before;
      }
  const skip = new Set([...lexicon(lang).fillers, ...lexicon(lang).greetingWords, ...lexicon('id').slots.get('intro')!, ...lexicon('en').slots.get('intro')!, 'tidak', 'apakah', 'kah', 'do', 'you', 'any', 'some', 'me', 'untuk', 'buat', 'for', 'the', 'a', 'an', 'bisa', 'can', 'mau', 'ingin']);
  const content = (from: number, to: number) => {
    const kept = n.tokens.slice(from, to).filter((t) => !skip.has(t.norm));
    // names keep what was typed ("Kain Tenun"), cut at the first amount ("madu 150rb")
    const cut = kept.findIndex((t) => t.kind === 'number');
    const list = cut < 0 ? kept : kept.slice(0, cut);
    return list.length ? list.map((t) => n.original.slice(t.start, t.end)).join(' ') : undefined;
  };
  if (after < 0) return intent === 'buy' ? content(0, words.length) : extractListing(text, lang).name;
  const payload = content(after, words.length) ?? content(0, before);
  return intent === 'sell' && payload ? withoutOrigin(payload, lang) : payload;
}

/** "kacang mete dari adonara" → "kacang mete": where it comes from is the producer's place, not the name. */
export function withoutOrigin(name: string, lang: Lang = 'id'): string {
  const m = /^(.+?)\s+(?:dari|dr|asal|from)\s+(.+)$/iu.exec(name);
  if (!m) return name;
  const place = resolvePlace(m[2]!, { scope: 'ntt', lang });
  const covered = place?.spans.reduce((n, sp) => n + (sp.end - sp.start), 0) ?? 0;
  // only when the words after "dari" are a place (nearly all of them), not "madu dari lebah hutan"
  return place && place.named.length && covered >= m[2]!.replace(/\s+/g, '').length * 0.6 ? m[1]! : name;
}

async function globalIntent(text: string, lang: Lang, questionsOnly: boolean): Promise<Outcome | null> {
  const guess = await classify(text, lang);
  if (!guess.intent || (questionsOnly && !QUESTION_INTENTS.has(guess.intent))) return null;
  // as the bot reads free text (bot/core/understood.ts): a question or small talk with no word of its
  // intent is no reading (selling and looking need their verb or become a search there instead)
  if (!VERB_INTENTS.has(guess.intent) && !speaksOf(guess.intent, text)) return null;
  const payload = intentPayload(guess.intent, text, lang);
  return payload ? { type: 'intent', intent: guess.intent, payload } : { type: 'intent', intent: guess.intent };
}

function fieldAnswer(step: FieldStep, text: string, lang: Lang, within?: string): Outcome | null {
  switch (step) {
    case 'ownerName': {
      const r = extractRegistration(text, lang);
      if (!r.ownerName) return null;
      const fields: Fields = { ownerName: r.ownerName };
      if (r.businessName) fields.businessName = r.businessName;
      if (r.place) Object.assign(fields, fieldsOfPlace(r.place));
      return { type: 'fill', fields };
    }
    case 'location':
    case 'district':
    case 'village':
    case 'city': {
      const place = resolvePlace(text, { scope: step === 'city' ? 'indonesia' : 'ntt', lang, ...(within ? { within } : {}) });
      if (!place) return null;
      if (place.ambiguous) return { type: 'ask', reason: 'ambiguous', options: place.ambiguous.options.map((a) => a.name) };
      if (!place.named.length && place.conflicts.length) return { type: 'ask', reason: 'outside', options: place.conflicts.map((a) => a.name) };
      const fields = fieldsOfPlace(place);
      if (step === 'district' && !fields.district) return null;
      if (step === 'village' && !fields.village) return null;
      return { type: 'fill', fields };
    }
    case 'productName':
    case 'price':
    case 'unit':
    case 'weight':
    case 'stock': {
      const l = extractListing(text, lang);
      const fields: Fields = {};
      if (l.price) fields.priceIdr = l.price.value;
      if (l.unit) fields.unit = l.unit;
      if (l.weight) fields.weightGrams = l.weight.value;
      if (l.stock) fields.stock = l.stock.value;
      // at the stock question "20 kilo" is twenty of the product's unit
      const weighed = l.weight ?? l.other.find((a) => a.kind === 'weight');
      if (step === 'stock' && fields.stock === undefined && weighed) fields.stock = weighed.typed;
      const bare = l.other.find((a) => a.kind === 'number' || a.kind === 'quantity');
      if (step === 'productName' && l.name) fields.nameId = l.name;
      if (step === 'price' && !fields.priceIdr && bare && bare.value >= 500) fields.priceIdr = bare.value;
      if (step === 'stock' && fields.stock === undefined && bare) fields.stock = bare.value;
      if (step === 'unit' && !fields.unit) {
        const unit = unitWord(text, lang);
        if (unit) fields.unit = unit;
      }
      if (step === 'weight' && fields.weightGrams === undefined && bare) return { type: 'ask', reason: 'weightUnit', fields: { number: bare.value } };
      const wanted = { productName: 'nameId', price: 'priceIdr', unit: 'unit', weight: 'weightGrams', stock: 'stock' }[step];
      return fields[wanted] !== undefined ? { type: 'fill', fields } : null;
    }
    case 'nameEn':
      return /\p{L}/u.test(text) ? { type: 'fill', fields: { nameEn: text.trim() } } : null;
    case 'permits': {
      const a = detectAnswer(text, lang);
      if (a?.kinds.includes('yes') && a.pure) return { type: 'ask', reason: 'permitNumber' };
      return /\d{4,}/.test(text) ? { type: 'fill', fields: { permits: text.trim() } } : null;
    }
    case 'recipient': {
      const a = extractAddress(text, lang);
      const fields: Fields = {};
      if (a.name) fields.recipientName = a.name;
      if (a.phone) fields.recipientPhone = a.phone.e164;
      if (a.street) fields.addressLine = a.street;
      if (a.regency) fields.city = a.regency.name;
      if (a.province) fields.province = a.province.name;
      if (a.postcode) fields.postalCode = a.postcode;
      // what the line gave is kept; the step asks for the rest
      return Object.keys(fields).length ? { type: 'fill', fields } : null;
    }
    case 'phone': {
      const p = findPhones(text)[0];
      return p ? { type: 'fill', fields: { phone: p.e164 } } : null;
    }
    case 'tracking': {
      const t = findTracking(text);
      if (!t) return null;
      return { type: 'fill', fields: t.courier ? { trackingNumber: t.number, courier: t.courier } : { trackingNumber: t.number } };
    }
    case 'quantity': {
      const q = parseAmounts(text, lang).find((a) => a.kind === 'number' || a.kind === 'quantity');
      return q && Number.isInteger(q.value) && q.value > 0 ? { type: 'fill', fields: { quantity: q.value } } : null;
    }
  }
}

/** A unit typed alone: a known spelling ("btl", "per bungkus", "sebotol"), or one new word that is no everyday word. */
function unitWord(text: string, lang: Lang): string | null {
  const n = normalise(text, lang);
  const words = n.tokens.map((t) => t.norm).filter((w) => w !== 'per' && w !== 'satuan' && w !== 'unit');
  for (const w of words) {
    const u = unitOf(w) ?? (w.startsWith('se') ? unitOf(w.slice(2)) : null);
    if (u) return u;
  }
  const [only] = words;
  if (words.length === 1 && only && /^\p{L}{2,12}$/u.test(only) && !lexicon(lang).vocabulary.has(only) && !lexicon(lang).words.has(only)) return only;
  return null;
}

export async function understand(text: string, ctx: StepContext, lang: Lang = 'id'): Promise<Outcome> {
  if (ctx.step === 'free') return (await globalIntent(text, lang, false)) ?? { type: 'ask', reason: 'unknown' };
  if (ctx.step === 'choices') {
    const m = matchChoice(text, ctx.choices, lang);
    if (m && 'value' in m) return { type: 'choice', value: m.value };
    if (m) return { type: 'ask', reason: 'ambiguous', options: m.ambiguous };
    return (await globalIntent(text, lang, true)) ?? { type: 'ask', reason: 'unknown' };
  }
  const answer = detectAnswer(text, lang);
  const nonAnswer = answer && answer.pure && !answer.kinds.includes('yes') ? answer.kinds[0]! : null;
  // "tidak ada" at the permits is an answer; at the stock it is zero
  if (nonAnswer && ctx.step === 'stock' && answer!.kinds.includes('none')) return { type: 'fill', fields: { stock: 0 } };
  if (nonAnswer && !REQUIRED.has(ctx.step)) return { type: 'skip', kind: nonAnswer };
  const filled = nonAnswer ? null : fieldAnswer(ctx.step, text, lang, ctx.within);
  if (filled) return filled;
  if (nonAnswer) return { type: 'ask', reason: 'required' };
  return (await globalIntent(text, lang, true)) ?? { type: 'ask', reason: 'unreadable' };
}
