// Buttons and commands that work from any state: "Add to cart" on any card (even an old one), opening a
// product by id or code, the cart (/cart) and a search (/search kopi). Ids that no longer exist or belong
// to someone else get a plain answer, never an error.
import type { ActionHandler, FlowContext, StepResult } from '../../core/flow.ts';
import { tellDomainError } from './add-to-cart.flow.ts';
import { openProduct } from './product.flow.ts';
import { searchResult } from './product-list.ts';
import { publicProductWithCart } from './product-card.ts';

function unavailable(ctx: FlowContext): StepResult {
  ctx.reply({ type: 'text', text: ctx.t('buyer:errors.productUnavailable') });
  return { repeat: true };
}

const cartAdd: ActionHandler = async (ctx, arg) => {
  const productId = arg.trim();
  if (!productId) return unavailable(ctx);
  let product;
  try {
    // with what is in the cart already, which the add's first question says (one statement)
    product = await publicProductWithCart(ctx, productId);
  } catch {
    return unavailable(ctx);
  }
  if (ctx.actor.producerId && product.producer.id === ctx.actor.producerId) {
    ctx.reply({ type: 'text', text: ctx.t('buyer:errors.ownProduct') });
    return { repeat: true };
  }
  return { flow: 'cart.add', data: { productId: product.id } };
};

const productOpen: ActionHandler = async (ctx, arg) => {
  const ref = arg.trim();
  if (!ref) return unavailable(ctx);
  try {
    return openProduct((await ctx.services.catalog.getPublicProductByRef(ref)).id);
  } catch {
    return unavailable(ctx);
  }
};

const cartItem: ActionHandler = async (ctx, arg) => {
  try {
    const line = await ctx.services.cart.line(ctx.actor, arg.trim());
    return { flow: 'cart', step: 'item', data: { lineId: line.id } };
  } catch (error) {
    tellDomainError(ctx, error);
    return { flow: 'cart' };
  }
};

export const buyerActions: Record<string, ActionHandler> = {
  'cart.add': cartAdd,
  'cart.item': cartItem,
  'product.open': productOpen,
  cart: () => ({ flow: 'cart' }),
  search: (_ctx, arg) => (arg.trim() ? searchResult(arg.trim()) : { flow: 'search' }),
};
