// What a shopper types instead of tapping: "mau beli 2" on a product adds two to the cart, "brp ongkir ke
// Jakarta" answers about shipping, "keranjang" opens the cart, "cari kopi" or plain "kopi bjawa" searches.
import { normalizeText, queryWords } from '../../../domain/search/normalize.ts';
import type { FlowContext, StepResult, TextPlace } from '../../core/flow.ts';
import { isSmallTalk } from '../../core/intents.ts';
import type { FlowModule } from '../../core/registry.ts';
import { buyerActions } from './actions.ts';
import { searchResult } from './product-list.ts';
import { answerShippingQuestion } from './shipping-question.ts';

export const SEARCH_MAX_LENGTH = 100;

/** Flows where typed words are naturally a (new) search. */
const SHOPPING_FLOWS = new Set(['search', 'browse', 'product', 'cart.add', 'cart']);

/** The product the user is looking at: on its card, or while choosing how many. */
function productHere(ctx: FlowContext, at: TextPlace): string | null {
  const id = ctx.data.productId;
  return typeof id === 'string' && id && (at.step === 'card' || at.flow === 'cart.add') ? id : null;
}

export const buyerIntents: NonNullable<FlowModule['intents']> = {
  async buy(ctx, intent, at): Promise<StepResult | null> {
    if (intent.kind !== 'buy') return null;
    const productId = productHere(ctx, at);
    if (!productId) {
      ctx.reply({ type: 'text', text: ctx.t('conversation:buy.which') });
      return { repeat: true };
    }
    // the same checks as the card's "Add to cart" button (gone, not for sale, one's own product)
    const result = await buyerActions['cart.add']!(ctx, productId);
    return 'flow' in result && result.flow === 'cart.add' ? { ...result, data: { ...result.data, quantity: intent.quantity } } : result;
  },
  shipping: (ctx, intent, at) => (intent.kind === 'shipping' ? answerShippingQuestion(ctx, { productId: productHere(ctx, at), destination: intent.destination }) : null),
  cart: () => ({ flow: 'cart' }),
  search: (_ctx, intent) => (intent.kind === 'search' && queryWords(intent.query).length > 0 ? searchResult(intent.query) : null),
};

/**
 * Plain words no step took: at the main menu a search ("kopi bajawa"); elsewhere outside a form, for
 * shoppers, a search when it finds something (else the step's choices are shown again, as a typo in a
 * choice is likelier than a product nobody sells).
 */
export async function searchText(ctx: FlowContext, text: string, at: TextPlace): Promise<StepResult | null> {
  const q = text.trim();
  if (q.length > SEARCH_MAX_LENGTH || queryWords(q).length === 0 || isSmallTalk(q) || at.inForm) return null;
  if (at.atMenu) return searchResult(q);
  if (ctx.actor.producerId && !SHOPPING_FLOWS.has(at.flow)) return null;
  if (SHOPPING_FLOWS.has(at.flow)) return searchResult(q);
  const found = await ctx.services.catalog.listProducts({ q: normalizeText(q), limit: 1 });
  // a place named with the words ("coffee from ende") is a search even when that place has none: the list
  // then says so and offers the regencies that do
  return found.items.length > 0 || found.understood?.regionCode || found.understood?.regionCodes ? searchResult(q) : null;
}
