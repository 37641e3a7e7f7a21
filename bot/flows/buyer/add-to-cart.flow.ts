// "Add to cart" from a product card: how many (1..what is left), then what next (the cart, back to the
// list, the menu). Opened by the cart.add action, so a card from last week still works if the product does.
import { DomainError } from '../../../domain/lib/errors.ts';
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { unitName } from '../../../domain/lib/units.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { inCartOf, loadPublicProduct, productName } from './product-card.ts';
import { continueShopping } from './product-list.ts';
import { askQuantity, explainQuantity, parseQuantity } from './quantity.ts';

/** Replies with a DomainError's message in the user's language; rethrows anything else. */
export function tellDomainError(ctx: FlowContext, error: unknown): void {
  if (error instanceof DomainError && error.messageKey) ctx.reply({ type: 'text', text: ctx.t(error.messageKey, error.params) });
  else throw error;
}

async function addToCart(ctx: FlowContext, quantity: number): Promise<StepResult> {
  try {
    const line = await ctx.services.cart.add(ctx.actor, { productId: String(ctx.data.productId), quantity });
    // the cart as the add left it, for the "added" answer right after (one statement less than reading it again)
    Object.assign(ctx.data, { added: quantity, lineQuantity: line.quantity, cartAfterAdd: { totalIdr: line.cart.totalIdr, count: line.cart.lines.length } });
  } catch (error) {
    tellDomainError(ctx, error);
    return { stay: true };
  }
  return { goto: 'added' };
}

/** What the add just returned, used once (shown again later, the "added" answer reads the cart anew). */
function cartAfterAdd(ctx: FlowContext): { totalIdr: number; count: number } | null {
  const known = ctx.data.cartAfterAdd as { totalIdr?: unknown; count?: unknown } | undefined;
  delete ctx.data.cartAfterAdd;
  return known && typeof known.totalIdr === 'number' && typeof known.count === 'number' ? { totalIdr: known.totalIdr, count: known.count } : null;
}

async function cartSummary(ctx: FlowContext): Promise<{ totalIdr: number; count: number }> {
  const cart = await ctx.services.cart.view(ctx.actor);
  return { totalIdr: cart.totalIdr, count: cart.lines.length };
}

export const addToCartFlow: Flow = {
  id: 'cart.add',
  start: 'quantity',
  steps: {
    quantity: {
      async prompt(ctx): Promise<StepResult | void> {
        const view = await loadPublicProduct(ctx, ctx.data.productId);
        if (!view) return { end: true };
        if (view.stock <= 0) {
          ctx.reply({ type: 'text', text: ctx.t('buyer:errors.soldOut') });
          return { end: true };
        }
        const inCart = await inCartOf(ctx, view.id);
        const max = view.stock - inCart;
        if (max <= 0) {
          ctx.reply({ type: 'text', text: ctx.t('buyer:add.allInCart', { stock: view.stock, unit: unitName(ctx.t, view.unit, view.stock) }) });
          return { flow: 'cart' };
        }
        Object.assign(ctx.data, { max, name: productName(ctx, view) });
        // "mau beli 2" typed on the card: added at once when it fits, else asked as usual with the reason
        const wanted = ctx.data.quantity;
        delete ctx.data.quantity;
        if (typeof wanted === 'number') {
          if (wanted <= max) return addToCart(ctx, wanted);
          explainQuantity(ctx, 'tooLarge', max);
        }
        const text = ctx.t(inCart > 0 ? 'buyer:add.askMore' : 'buyer:add.ask', { name: productName(ctx, view), price: formatIdr(view.priceIdr), unit: unitName(ctx.t, view.unit), max, inCart });
        askQuantity(ctx, text, max);
      },
      help: 'buyer:add.help',
      async handle(ctx, input): Promise<StepResult> {
        const max = Number(ctx.data.max) || 1;
        const answer = parseQuantity(input, max);
        if (!answer) {
          ctx.reply({ type: 'text', text: ctx.t('buyer:quantity.notNumber', { max }) });
          return { stay: true };
        }
        if (!answer.ok) {
          explainQuantity(ctx, answer.reason, max);
          return { stay: true };
        }
        return addToCart(ctx, answer.quantity);
      },
    },
    added: {
      async prompt(ctx) {
        const cart = cartAfterAdd(ctx) ?? (await cartSummary(ctx));
        ctx.choose(ctx.t('buyer:add.done', { quantity: ctx.data.added, name: ctx.data.name, total: formatIdr(cart.totalIdr), count: cart.count }), [
          { label: ctx.t('buyer:cart.view'), value: 'cart' },
          { label: ctx.t('buyer:cart.continue'), value: 'shop' },
          { label: ctx.t('engine:buttons.menu'), value: 'menu' },
        ]);
      },
      handle(ctx, input): StepResult {
        const value = expectChoice(ctx, input);
        if (value === 'cart') return { flow: 'cart' };
        if (value === 'shop') return continueShopping(ctx);
        if (value === 'menu') return { end: true };
        return { repeat: true };
      },
    },
  },
};
