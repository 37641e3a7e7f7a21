// Free text no step took, read with context (issue 25), in this order after the commands: the buttons of
// notifications sent to this person in the last 24 hours ("terima" for the new order's ✅ Terima, "kurasi
// sekarang"), then the global intents of domain/understanding (classifier.ts): questions are answered as
// questions (order status, payment, QRIS, shipping abroad, currencies, the difference between products) and
// never become product searches; "sy mw jual madu hutan" starts selling with its product, "mau cari madu
// timur" searches for what it names.
import { isOfficial } from '../../domain/services/actor.ts';
import { matchChoice } from '../../domain/understanding/choices.ts';
import { classify, speaksOf, type GlobalIntent } from '../../domain/understanding/classifier.ts';
import { findCurrency } from '../../domain/understanding/entities.ts';
import { intentPayload, saysVerb } from '../../domain/understanding/understand.ts';
import { lexicon } from '../../domain/understanding/lexicon.ts';
import { normalise } from '../../domain/understanding/normalise.ts';
import { parseAmounts, withoutSpans } from '../../domain/understanding/numbers.ts';
import { recentButtons } from './notification-buttons.ts';
import type { FlowContext, StepResult, TextPlace } from './flow.ts';
import type { Intent, IntentKind } from './intents.ts';

/** How sure the classifier must be to act on free text typed inside a form (see classifiedIntent). */
const FORM_SCORE_FLOOR = 0.9;

type Handlers = {
  actions: Map<string, (ctx: FlowContext, args: string) => Promise<StepResult> | StepResult>;
  intents: Map<IntentKind, ((ctx: FlowContext, intent: Intent, at: TextPlace) => Promise<StepResult | null> | StepResult | null)[]>;
};

/** "terima" typed after a "new order" notification: that notification's button, when exactly one fits. */
export async function notificationButton(ctx: FlowContext, text: string, handlers: Handlers): Promise<StepResult | null> {
  // button words are short: a long message is no button
  if (ctx.actor.kind !== 'user' || text.length > 60) return null;
  // newest notification first; one at a time, so a word two notifications share goes to the newest
  const sent = recentButtons(ctx.sticky, ctx.services.now().getTime());
  for (const at of [...new Set(sent.map((b) => b.at))]) {
    const choices = sent.filter((b) => b.at === at).map((b) => ({ value: b.value, label: b.label }));
    const hit = matchChoice(text, choices, ctx.lang);
    if (!hit || !('value' in hit) || hit.how === 'number') continue;
    const m = /^!([a-zA-Z0-9_.-]+):?(.*)$/.exec(hit.value);
    const action = m ? handlers.actions.get(m[1]!) : undefined;
    if (action) return action(ctx, m![2] ?? '');
  }
  return null;
}

const ANSWERED: Partial<Record<GlobalIntent, string>> = {
  productDifference: 'conversation:questions.productDifference',
  paymentMethods: 'conversation:questions.paymentMethods',
  shippingAbroad: 'conversation:questions.shippingAbroad',
  shippingCost: 'conversation:questions.shippingCost',
};

async function runIntent(ctx: FlowContext, intent: Intent, at: TextPlace, handlers: Handlers): Promise<StepResult | null> {
  for (const handle of handlers.intents.get(intent.kind) ?? []) {
    const result = await handle(ctx, intent, at);
    if (result) return result;
  }
  return null;
}

/** "mau 2", "2 botol", "ambil 3 aja": a count and nothing but words of wanting — buying that many. */
function quantityOnly(text: string, lang: FlowContext['lang']): number | null {
  if (text.length > 60) return null;
  const counts = parseAmounts(text, lang).filter((a) => a.kind === 'number' || a.kind === 'quantity');
  if (counts.length !== 1 || !Number.isInteger(counts[0]!.value) || counts[0]!.value < 1) return null;
  const rest = normalise(withoutSpans(text, counts), lang).tokens.map((t) => t.norm);
  const wanting = new Set([...lexicon(lang).slots.get('quantity')!, ...lexicon(lang).slots.get('buyVerb')!, ...lexicon(lang).fillers, 'mau', 'ingin', 'saya', 'i', 'want', 'please', 'ya']);
  return rest.every((w) => wanting.has(w)) ? counts[0]!.value : null;
}

/** Words the classifier can read something from: not only numbers, fillers and "mau" (the turn's normalised text: a lookup). */
function hasContent(input: string, lang: FlowContext['lang']): boolean {
  const text = input.slice(0, 300);
  const empty = new Set([...lexicon(lang).fillers, ...lexicon('id').slots.get('intro')!, ...lexicon('en').slots.get('intro')!]);
  return normalise(text, lang).tokens.some((t) => t.kind === 'word' && !empty.has(t.norm));
}

/** Whether a search for the text would list something (one statement, asked only of doubtful readings). */
async function findsProducts(ctx: FlowContext, text: string): Promise<boolean> {
  return (await ctx.services.catalog.listProducts({ q: text.slice(0, 100), limit: 1 })).items.length > 0;
}

/** The global intent of a message no step, button or phrase took; null to go on (search, "not understood"). */
export async function classifiedIntent(ctx: FlowContext, text: string, at: TextPlace, handlers: Handlers): Promise<StepResult | null> {
  const quantity = quantityOnly(text, ctx.lang);
  if (quantity !== null) return runIntent(ctx, { kind: 'buy', quantity }, at, handlers);
  if (!hasContent(text, ctx.lang)) return null;
  const guess = await classify(text, ctx.lang);
  if (!guess.intent) return null;
  const say = (key: string, params: Record<string, unknown> = {}): StepResult => {
    ctx.reply({ type: 'text', text: ctx.t(key, params) });
    return { repeat: true };
  };
  // inside a form (a listing, a registration, a checkout) an answer to the question is far likelier than a
  // change of subject: only a sure reading may take the person elsewhere (or answer instead of the step)
  if (at.inForm && (guess.score < FORM_SCORE_FLOOR || !speaksOf(guess.intent, text))) return null;
  // anywhere else the classifier is as over-confident on words it never saw ("blm ada izin" → orderStatus
  // 0.98 from "belum ada"; "kirim" → orderStatus): a reading with no word that speaks of its intent is no
  // reading. The words may still name products ("kain sumba"), and the search after this takes them when
  // they find something; otherwise the person hears what the bot can do instead of a wrong action.
  // Selling and looking are left to their own checks below (the verb itself must be there, else a search).
  if (guess.intent !== 'sell' && guess.intent !== 'buy' && !speaksOf(guess.intent, text)) return (await findsProducts(ctx, text)) ? null : say('conversation:unsure');
  const key = ANSWERED[guess.intent];
  if (key) return say(key);
  switch (guess.intent) {
    case 'orderStatus':
    case 'paymentArrived':
      // a producer asks about orders coming in and buyers' payments; a buyer about their own orders
      return runIntent(ctx, ctx.actor.producerId ? { kind: 'incomingOrders' } : { kind: 'orderStatus' }, at, handlers);
    case 'currency': {
      const code = findCurrency(text);
      return say('conversation:questions.currency', { currency: code && code !== 'IDR' ? ctx.t('conversation:questions.currencyNamed', { code }) : '' });
    }
    case 'report':
      return say(isOfficial(ctx.actor) ? 'conversation:questions.report' : 'conversation:questions.reportOnlyOfficials');
    case 'help':
      return say('engine:help');
    case 'sell': {
      // a product name alone ("kain tenun ikat") may be selling or looking: the flows ask which
      if (at.inForm || !saysVerb('sell', text, ctx.lang)) return null;
      const name = intentPayload('sell', text, ctx.lang) ?? null;
      return runIntent(ctx, { kind: 'sell', name, firm: true }, at, handlers);
    }
    case 'buy': {
      if (at.inForm || !saysVerb('buy', text, ctx.lang)) return null;
      const query = intentPayload('buy', text, ctx.lang);
      return query ? runIntent(ctx, { kind: 'search', query }, at, handlers) : null;
    }
    default:
      return null; // greetings and thanks are answered in kind by the engine
  }
}
