// Browsing the catalogue: this month's flagship products, by category, or by regency (island first, then
// one of the 22 regencies). Every list pages by five and opens the product card.
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { promptIsland, promptRegionOn, readRegionAnswer } from '../shared/region-picker.ts';
import { cardStep } from './product-card.ts';
import { listStep, searchResult, type ListSource } from './product-list.ts';

/** Opens a list from outside the flow (menu entries, "nothing found" suggestions). */
export const browseList = (source: ListSource): StepResult => ({ flow: 'browse', step: 'list', data: { source, page: 0, cursors: [null] } });

/** Opens a list from inside the flow, keeping what was picked so far (the island) for Back. */
function toList(ctx: FlowContext, source: ListSource): StepResult {
  Object.assign(ctx.data, { source, page: 0, cursors: [null] });
  return { goto: 'list' };
}

function backFromList(ctx: FlowContext, source: ListSource): StepResult {
  if (source.kind === 'category') return { goto: 'categories' };
  if (source.kind === 'region') return { goto: ctx.data.island ? 'region' : 'island' };
  return { goto: 'home' };
}

export const browseFlow: Flow = {
  id: 'browse',
  start: 'home',
  steps: {
    home: {
      prompt(ctx) {
        ctx.choose(ctx.t('buyer:browse.home'), [
          { label: ctx.t('buyer:menu.flagships'), value: 'flagships' },
          { label: ctx.t('buyer:menu.categories'), value: 'categories' },
          { label: ctx.t('buyer:menu.regions'), value: 'regions' },
          { label: ctx.t('buyer:menu.search'), value: 'search' },
          { label: ctx.t('engine:buttons.menu'), value: 'menu' },
        ]);
      },
      handle(ctx, input): StepResult {
        if (input.kind === 'text') return searchResult(input.text);
        const value = expectChoice(ctx, input);
        if (value === 'flagships') return toList(ctx, { kind: 'flagships' });
        if (value === 'categories') return { goto: 'categories' };
        if (value === 'regions') return { goto: 'island' };
        if (value === 'search') return { flow: 'search' };
        if (value === 'menu') return { end: true };
        return { repeat: true };
      },
    },
    // a way in for menu entries: their StepResult is one shared object, so the list's data is made fresh here
    flagships: { prompt: () => browseList({ kind: 'flagships' }) },
    categories: {
      async prompt(ctx) {
        const categories = await ctx.services.catalog.listCategories();
        ctx.choose(
          ctx.t('buyer:browse.askCategory'),
          [...categories.map((c) => ({ label: ctx.lang === 'en' ? c.nameEn : c.nameId, value: `cat:${c.id}` })), { label: ctx.t('engine:buttons.menu'), value: 'menu' }],
          { columns: 2 },
        );
      },
      async handle(ctx, input): Promise<StepResult> {
        if (input.kind === 'text') return searchResult(input.text);
        const value = expectChoice(ctx, input);
        if (value === 'menu') return { end: true };
        if (value?.startsWith('cat:')) {
          const id = value.slice(4);
          if ((await ctx.services.catalog.listCategories()).some((c) => c.id === id)) return toList(ctx, { kind: 'category', categoryId: id });
        }
        return { repeat: true };
      },
    },
    island: {
      prompt: (ctx) => promptIsland(ctx, 'buyer:browse.askIsland'),
      async handle(ctx, input): Promise<StepResult> {
        const answer = await readRegionAnswer(ctx, input);
        if (!answer) return { stay: true };
        if ('island' in answer) {
          ctx.data.island = answer.island;
          return { goto: 'region' };
        }
        ctx.data.island = answer.region.island;
        return toList(ctx, { kind: 'region', regionCode: answer.region.code });
      },
    },
    region: {
      prompt: (ctx) => promptRegionOn(ctx, String(ctx.data.island ?? ''), 'buyer:browse.askRegion'),
      async handle(ctx, input): Promise<StepResult> {
        const answer = await readRegionAnswer(ctx, input);
        if (!answer) return { stay: true };
        if ('island' in answer) {
          ctx.data.island = answer.island;
          return { repeat: true };
        }
        ctx.data.island = answer.region.island;
        return toList(ctx, { kind: 'region', regionCode: answer.region.code });
      },
    },
    list: listStep('browse', backFromList),
    card: cardStep('list'),
  },
};
