// A paged list of products (flagships of the month, a category, a regency or search results), five per page
// with next / previous; choosing one opens its card (the flow's "card" step). The list remembers itself in
// ctx.sticky.buyerReturn so "Continue shopping" after adding to the cart comes back to the same page.
import { witaMonth } from '../../../domain/lib/time.ts';
import type { ProductView } from '../../../domain/services/product-view.ts';
import { readSearchQuery, type SearchQuery } from '../../../domain/understanding/search-query.ts';
import type { FlowContext, Step, StepInput, StepResult } from '../../core/flow.ts';
import type { Option } from '../../../domain/chat/message.ts';
import { pagerOptions, UnhandledInput } from '../../core/step-helpers.ts';
import { productLabel } from './product-card.ts';

export const PAGE_SIZE = 5;

export type ListSource =
  | { kind: 'flagships' }
  | { kind: 'category'; categoryId: string }
  | { kind: 'region'; regionCode: string }
  /** regionCode: a regency picked from "not there, but in …" (the words alone are searched there) */
  | { kind: 'search'; q: string; regionCode?: string };

interface ListState {
  source: ListSource;
  page: number;
  /** cursor of each page already seen (index = page); null for the first */
  cursors: (string | null)[];
}

/** Where "Continue shopping" goes back to. */
export interface ShoppingReturn {
  flow: string;
  step: string;
  data: Record<string, unknown>;
}

function readState(ctx: FlowContext): ListState | null {
  const source = ctx.data.source as ListSource | undefined;
  if (!source || typeof source !== 'object' || !('kind' in source)) return null;
  const page = typeof ctx.data.page === 'number' && ctx.data.page >= 0 ? ctx.data.page : 0;
  const cursors = Array.isArray(ctx.data.cursors) ? (ctx.data.cursors as (string | null)[]) : [null];
  return { source, page, cursors };
}

interface LoadedPage {
  items: ProductView[];
  hasNext: boolean;
  total?: { count: number; capped: boolean };
  understood?: SearchQuery;
}

async function loadPage(ctx: FlowContext, state: ListState): Promise<LoadedPage> {
  const { source, page } = state;
  if (source.kind === 'flagships') {
    const all = await ctx.services.catalog.flagships();
    return { items: all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), hasNext: all.length > (page + 1) * PAGE_SIZE };
  }
  const filter = source.kind === 'category' ? { categoryId: source.categoryId } : source.kind === 'region' ? { regionCode: source.regionCode } : { q: source.q, regionCode: source.regionCode };
  const result = await ctx.services.catalog.listProducts({ ...filter, limit: PAGE_SIZE, cursor: state.cursors[page] ?? undefined, withTotal: source.kind === 'search' });
  state.cursors[page + 1] = result.nextCursor;
  return { items: result.items, hasNext: result.nextCursor !== null, ...(result.total ? { total: result.total } : {}), ...(result.understood ? { understood: result.understood } : {}) };
}

async function titleOf(ctx: FlowContext, source: ListSource): Promise<string> {
  switch (source.kind) {
    case 'flagships': {
      const month = new Date(`${witaMonth(ctx.services.now())}-01T00:00:00Z`);
      const label = new Intl.DateTimeFormat(ctx.lang === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(month);
      return ctx.t('buyer:list.flagships', { month: label });
    }
    case 'category': {
      const category = (await ctx.services.catalog.listCategories()).find((c) => c.id === source.categoryId);
      return ctx.t('buyer:list.category', { name: category ? (ctx.lang === 'en' ? category.nameEn : category.nameId) : source.categoryId });
    }
    case 'region': {
      const region = (await ctx.services.catalog.listRegions()).find((r) => r.code === source.regionCode);
      return ctx.t('buyer:list.region', { name: region?.name ?? source.regionCode, island: region?.island ?? '' });
    }
    case 'search':
      return ctx.t('buyer:list.search', { q: source.q });
  }
}

/** Categories that have something for sale, as options "cat:<id>": what "nothing found" suggests. */
export async function categoryOptions(ctx: FlowContext): Promise<Option[]> {
  const categories = await ctx.services.catalog.listCategories();
  const stocked = await Promise.all(categories.map(async (c) => (await ctx.services.catalog.listProducts({ categoryId: c.id, limit: 1 })).items.length > 0));
  return categories.filter((_, i) => stocked[i]).map((c) => ({ label: ctx.lang === 'en' ? c.nameEn : c.nameId, value: `cat:${c.id}` }));
}

/** Regencies whose producers sell what was searched for, as options "reg:<code>" (at most six). */
async function regionsWith(ctx: FlowContext, words: string): Promise<Option[]> {
  const found = await ctx.services.catalog.listProducts({ q: words, limit: 20 });
  const regions = new Map(found.items.map((p) => [p.region.code, p.region.name]));
  return [...regions].slice(0, 6).map(([code, name]) => ({ label: name, value: `reg:${code}` }));
}

export function searchResult(q: string): StepResult {
  return { flow: 'search', step: 'list', data: { source: { kind: 'search', q: q.slice(0, 100) } } };
}

/** The list step of `flowId`; `back` says where its Back button goes. */
export function listStep(flowId: string, back: (ctx: FlowContext, source: ListSource) => StepResult): Step {
  return {
    async prompt(ctx) {
      const state = readState(ctx);
      if (!state) return { end: true };
      const { items, hasNext, total, understood } = await loadPage(ctx, state);
      Object.assign(ctx.data, state);
      ctx.sticky.buyerReturn = { flow: flowId, step: 'list', data: { source: state.source, page: state.page, cursors: state.cursors } } satisfies ShoppingReturn;
      const nav: Option[] = [{ label: ctx.t('engine:buttons.back'), value: 'back' }, { label: ctx.t('engine:buttons.menu'), value: 'menu' }];
      if (items.length === 0 && state.page > 0) {
        ctx.data.page = 0; // the products of later pages went away meanwhile: start over
        return { repeat: true };
      }
      if (items.length === 0 && state.source.kind === 'search') {
        const again = [{ label: ctx.t('buyer:search.again'), value: 'again' }, { label: ctx.t('engine:buttons.menu'), value: 'menu' }];
        // "tenun from Alor": none there; the regencies that do have it are offered, else the categories
        const elsewhere = understood?.regionCode && understood.text ? await regionsWith(ctx, understood.text) : [];
        if (understood?.regionName && elsewhere.length) {
          ctx.choose(ctx.t('buyer:search.nothingThere', { q: understood.text, place: understood.regionName }), [...elsewhere, ...again], { columns: 2 });
          return;
        }
        const suggestions = await categoryOptions(ctx);
        const q = understood?.regionName ? ctx.t('buyer:search.wordsIn', { q: understood.text || state.source.q, place: understood.regionName }) : state.source.q;
        ctx.choose(ctx.t('buyer:search.nothing', { q }), [...suggestions, ...again], { columns: 2 });
        return;
      }
      if (items.length === 0) {
        ctx.choose(`${await titleOf(ctx, state.source)}\n\n${ctx.t('buyer:list.empty')}`, nav);
        return;
      }
      // a search says how many it found ("4 products found · Page 1")
      const counted = total ? `${ctx.t(total.capped ? 'results:countCapped' : 'results:count', { count: total.count })} · ` : '';
      const text = `${await titleOf(ctx, state.source)}\n${counted}${ctx.t('buyer:list.page', { page: state.page + 1 })}\n\n${ctx.t('buyer:list.pick')}`;
      ctx.choose(text, [...items.map((p) => ({ label: productLabel(ctx, p), value: `product:${p.id}` })), ...pagerOptions(ctx, state.page, hasNext), ...nav]);
    },
    help: 'buyer:list.help',
    handle(ctx, input: StepInput): StepResult {
      const state = readState(ctx);
      if (!state) return { end: true };
      // typed words on a list (a new search, "keranjang", ...) and anything but a tap are read by the engine
      if (input.kind !== 'choice') throw new UnhandledInput();
      const value = input.value;
      if (value.startsWith('product:')) {
        ctx.data.productId = value.slice(8);
        return { goto: 'card' };
      }
      if (value === 'page:next') ctx.data.page = state.page + 1;
      else if (value === 'page:prev') ctx.data.page = Math.max(0, state.page - 1);
      else if (value === 'back') return back(ctx, state.source);
      else if (value === 'menu') return { end: true };
      else if (value === 'again') return { flow: 'search' };
      else if (value.startsWith('reg:') && state.source.kind === 'search') Object.assign(ctx.data, { source: { kind: 'search', q: readSearchQuery(state.source.q).text, regionCode: value.slice(4) }, page: 0, cursors: [null] });
      else if (value.startsWith('cat:')) return { flow: 'browse', step: 'list', data: { source: { kind: 'category', categoryId: value.slice(4) } } };
      return { repeat: true };
    },
  };
}

/** Back to the list the buyer last looked at (same page), or to browsing when there is none. */
export function continueShopping(ctx: FlowContext): StepResult {
  const back = ctx.sticky.buyerReturn as ShoppingReturn | undefined;
  if (back && (back.flow === 'browse' || back.flow === 'search') && back.step === 'list' && back.data && typeof back.data === 'object') {
    return { flow: back.flow, step: back.step, data: { ...back.data } };
  }
  return { flow: 'browse' };
}
