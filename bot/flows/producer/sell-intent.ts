// "mau jual kain tenun ikat" / "I want to sell honey": a producer starts a listing with the name filled in
// (and the category when the name says it); someone not yet a producer registers first, and the listing
// starts right after. Plain words at a producer's menu ("kain tenun ikat") ask: sell it or look for it?
import { normalizeText, queryWords } from '../../../domain/search/normalize.ts';
import { PRODUCT_LIMITS } from '../../../domain/services/product-input.ts';
import type { Flow, FlowContext, StepResult, TextPlace } from '../../core/flow.ts';
import { editDistance, isSmallTalk } from '../../core/intents.ts';
import type { FlowModule } from '../../core/registry.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { searchResult } from '../buyer/product-list.ts';

export const SELL_OR_SEARCH_FLOW = 'sell-or-search';
const PENDING = 'pendingProductName';

/** The name as a listing title: first letter upper case, the rest as typed. */
export function listingName(name: string): string | null {
  const t = name.trim().replace(/\s+/g, ' ');
  if (t.length < PRODUCT_LIMITS.nameMin || t.length > PRODUCT_LIMITS.nameMax) return null;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The one category the name's words point to ("kain tenun ikat" → Tenun Ikat), or null. */
export async function guessCategory(ctx: FlowContext, name: string) {
  const words = normalizeText(name).split(' ').filter((w) => w.length >= 4);
  const categories = (await ctx.services.catalog.listCategories()).filter((c) => c.id !== 'lainnya');
  const hits = categories.filter((c) => {
    const names = normalizeText(`${c.nameId} ${c.nameEn} ${c.id}`).split(' ').filter((w) => w.length >= 4);
    return words.some((w) => names.some((n) => n === w || (w.length >= 5 && editDistance(w, n, 1) <= 1)));
  });
  return hits.length === 1 ? hits[0]! : null;
}

/** The name a would-be seller typed before registering, taken once. */
export function takePendingProduct(ctx: FlowContext): string | null {
  const name = ctx.sticky[PENDING];
  delete ctx.sticky[PENDING];
  return typeof name === 'string' ? name : null;
}

export const sellIntent: NonNullable<NonNullable<FlowModule['intents']>['sell']> = (ctx, intent, at: TextPlace): StepResult | null => {
  if (intent.kind !== 'sell') return null;
  if (ctx.actor.producerId) return { flow: 'product-add', data: intent.name ? { prefillName: intent.name } : {} };
  // a shopper's bare "jual kopi?" asks whether coffee is sold (and officials do not sell): a search for it
  if (ctx.actor.role !== 'BUYER' || !intent.firm) return intent.name ? searchResult(intent.name) : null;
  if (intent.name) ctx.sticky[PENDING] = intent.name;
  ctx.reply({ type: 'text', text: intent.name ? ctx.t('conversation:sell.registerFirst', { name: intent.name }) : ctx.t('conversation:sell.registerFirstNoName') });
  return at.flow === 'onboarding' ? { goto: 'register' } : { flow: 'onboarding', step: 'register' };
};

/** Plain words at a producer's own menu: one question instead of guessing between selling and shopping. */
export function producerMenuWords(ctx: FlowContext, text: string, at: TextPlace): StepResult | null {
  const q = text.trim();
  if (!at.atMenu || !ctx.actor.producerId || q.length > PRODUCT_LIMITS.nameMax || queryWords(q).length === 0 || isSmallTalk(q)) return null;
  return { flow: SELL_OR_SEARCH_FLOW, data: { text: q } };
}

export const sellOrSearchFlow: Flow = {
  id: SELL_OR_SEARCH_FLOW,
  start: 'ask',
  steps: {
    ask: {
      prompt(ctx) {
        const text = String(ctx.data.text ?? '').slice(0, 60);
        ctx.choose(ctx.t('conversation:sell.ask', { text }), [
          { label: ctx.t('conversation:sell.sellIt', { text }), value: 'sell' },
          { label: ctx.t('conversation:sell.searchIt', { text }), value: 'search' },
          { label: ctx.t('engine:buttons.menu'), value: 'menu' },
        ]);
      },
      handle(ctx, input): StepResult {
        const value = expectChoice(ctx, input);
        const text = String(ctx.data.text ?? '');
        if (value === 'sell') return { flow: 'product-add', data: { prefillName: text } };
        if (value === 'search') return searchResult(text);
        if (value === 'menu') return { end: true };
        return { repeat: true };
      },
    },
  },
};
