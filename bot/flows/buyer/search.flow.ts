// Searching by text in Indonesian or English, typo and accent tolerant ("kopi bajawa", "coffe flores").
// Text typed at the main menu lands here too (menuText); nothing found suggests categories.
import { normalizeText, queryWords } from '../../../api/search/normalize.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { cardStep } from './product-card.ts';
import { listStep, searchResult } from './product-list.ts';

export const SEARCH_MAX_LENGTH = 100;

// small talk typed at the menu is not a product search: the menu answers it by showing itself again
const SMALL_TALK = new Set(['halo', 'hallo', 'hai', 'hi', 'hello', 'hey', 'pagi', 'siang', 'sore', 'malam', 'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam', 'terima kasih', 'makasih', 'thanks', 'thank you', 'ok', 'oke', 'ya', 'tidak', 'yes', 'no']);

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
    list: listStep('search', () => ({ goto: 'ask' })),
    card: cardStep('list'),
  },
};

/** Free text at the main menu is a search when it has a searchable word ("kopi bajawa"). */
export function searchMenuText(_ctx: FlowContext, text: string): StepResult | null {
  const q = text.trim();
  if (q.length > SEARCH_MAX_LENGTH || queryWords(q).length === 0 || SMALL_TALK.has(normalizeText(q))) return null;
  return searchResult(q);
}
