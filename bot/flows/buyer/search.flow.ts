// Searching by text in Indonesian or English, typo and accent tolerant ("kopi bajawa", "coffe flores").
// Text typed at the main menu lands here too (buyer-intents.ts searchText); nothing found suggests categories.
import { queryWords } from '../../../domain/search/normalize.ts';
import { takeDetour } from '../../core/detour.ts';
import type { Flow, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { cardStep } from './product-card.ts';
import { SEARCH_MAX_LENGTH } from './buyer-intents.ts';
import { listStep } from './product-list.ts';

export const searchFlow: Flow = {
  id: 'search',
  start: 'ask',
  steps: {
    ask: {
      prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t('buyer:search.ask') }),
      help: 'buyer:search.help',
      handle(ctx, input): StepResult {
        const q = expectText(ctx, input, { max: SEARCH_MAX_LENGTH });
        if (q === null) return { stay: true };
        if (queryWords(q).length === 0) {
          ctx.reply({ type: 'text', text: ctx.t('buyer:search.tooShort') });
          return { stay: true };
        }
        Object.assign(ctx.data, { source: { kind: 'search', q }, page: 0, cursors: [null] });
        return { goto: 'list' };
      },
    },
    // Back from results of a search typed at another question (registration, checkout) returns there
    list: listStep('search', (ctx) => takeDetour(ctx) ?? { goto: 'ask' }),
    card: cardStep('list'),
  },
};
