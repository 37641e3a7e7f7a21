// The cart: lines grouped per producer (each becomes its own order at checkout), warnings for lines that
// can no longer be ordered as they stand, change a quantity, remove a line, empty the cart, go to checkout.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { unitName } from '../../../domain/lib/units.ts';
import type { CartLineView, CartView } from '../../../domain/services/cart.service.ts';
import { action, type Flow, type FlowContext, type StepResult } from '../../core/flow.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { tellDomainError } from './add-to-cart.flow.ts';
import { cartShipping, type CartShipping } from './cart-shipping.ts';
import { productName } from './product-card.ts';
import { continueShopping } from './product-list.ts';
import { askQuantity, explainQuantity, parseQuantity } from './quantity.ts';

/** What the Checkout button starts: the checkout feature's flow (it reads the cart lines itself). */
export const CHECKOUT_FLOW = 'checkout';

function lineText(ctx: FlowContext, line: CartLineView): string {
  const text = ctx.t('buyer:cart.line', { quantity: line.quantity, name: productName(ctx, line), price: formatIdr(line.priceIdr), total: formatIdr(line.lineTotalIdr) });
  if (line.warning === 'unavailable') return `${text}\n   ${ctx.t('buyer:cart.warnUnavailable')}`;
  if (line.warning === 'aboveStock') return `${text}\n   ${ctx.t('buyer:cart.warnAboveStock', { stock: line.stock })}`;
  return text;
}

export function cartText(ctx: FlowContext, cart: CartView, shipping?: CartShipping): string {
  const groups = cart.groups.map((g) => {
    const estimate = shipping?.perProducer.get(g.producer.id);
    return [
      ctx.t('buyer:cart.producer', { producer: g.producer.businessName, region: g.producer.regionShortName }),
      ...g.lines.map((l) => lineText(ctx, l)),
      ctx.t('buyer:cart.subtotal', { subtotal: formatIdr(g.subtotalIdr) }),
      ...(estimate ? [estimate] : []),
    ].join('\n');
  });
  const orders = cart.groups.filter((g) => g.subtotalIdr > 0).length;
  return [ctx.t('buyer:cart.title'), ...groups, ctx.t('buyer:cart.total', { total: formatIdr(cart.totalIdr), orders }), ...(shipping ? [shipping.note] : [])].join('\n\n');
}

const backToCart = (): StepResult => ({ goto: 'list' });

export const cartFlow: Flow = {
  id: 'cart',
  start: 'list',
  steps: {
    list: {
      async prompt(ctx) {
        const cart = await ctx.services.cart.view(ctx.actor);
        if (cart.lines.length === 0) {
          ctx.choose(ctx.t('buyer:cart.empty'), [
            { label: ctx.t('buyer:menu.search'), value: 'search' },
            { label: ctx.t('buyer:menu.flagships'), value: 'shop' },
            { label: ctx.t('engine:buttons.menu'), value: 'menu' },
          ]);
          return;
        }
        ctx.choose(cartText(ctx, cart, cart.canCheckout ? await cartShipping(ctx) : undefined), [
          ...(cart.canCheckout ? [{ label: ctx.t('buyer:cart.checkout'), value: 'checkout' }] : []),
          ...cart.lines.map((l) => ({ label: ctx.t('buyer:cart.editLine', { name: productName(ctx, l).slice(0, 40), quantity: l.quantity }), value: action('cart.item', l.id) })),
          { label: ctx.t('buyer:cart.continue'), value: 'shop' },
          { label: ctx.t('buyer:cart.clear'), value: 'clear' },
          { label: ctx.t('engine:buttons.menu'), value: 'menu' },
        ]);
      },
      help: 'buyer:cart.help',
      handle(ctx, input): StepResult {
        const value = expectChoice(ctx, input);
        if (value === 'checkout') return { flow: CHECKOUT_FLOW };
        if (value === 'shop') return continueShopping(ctx);
        if (value === 'search') return { flow: 'search' };
        if (value === 'clear') return { goto: 'confirmClear' };
        if (value === 'menu') return { end: true };
        return { repeat: true };
      },
    },
    item: {
      async prompt(ctx): Promise<StepResult | void> {
        let line: CartLineView;
        try {
          line = await ctx.services.cart.line(ctx.actor, String(ctx.data.lineId ?? ''));
        } catch (error) {
          tellDomainError(ctx, error);
          return backToCart();
        }
        ctx.choose(ctx.t('buyer:cart.itemInfo', { name: productName(ctx, line), quantity: line.quantity, unit: unitName(ctx.t, line.unit, line.quantity), price: formatIdr(line.priceIdr), stock: line.stock }), [
          ...(line.warning !== 'unavailable' ? [{ label: ctx.t('buyer:cart.changeQuantity'), value: 'change' }] : []),
          { label: ctx.t('buyer:cart.remove'), value: 'remove' },
          { label: ctx.t('buyer:cart.backToCart'), value: 'cart' },
        ]);
      },
      async handle(ctx, input): Promise<StepResult> {
        const value = expectChoice(ctx, input);
        if (value === 'change') return { goto: 'quantity' };
        if (value === 'cart') return backToCart();
        if (value === 'remove') {
          try {
            await ctx.services.cart.remove(ctx.actor, String(ctx.data.lineId ?? ''));
            ctx.reply({ type: 'text', text: ctx.t('buyer:cart.removed') });
          } catch (error) {
            tellDomainError(ctx, error);
          }
          return backToCart();
        }
        return { repeat: true };
      },
    },
    quantity: {
      async prompt(ctx): Promise<StepResult | void> {
        try {
          const line = await ctx.services.cart.line(ctx.actor, String(ctx.data.lineId ?? ''));
          ctx.data.max = Math.max(1, line.stock);
          askQuantity(ctx, ctx.t('buyer:cart.askQuantity', { name: productName(ctx, line), quantity: line.quantity, max: line.stock, unit: unitName(ctx.t, line.unit, line.stock) }), Math.max(1, line.stock));
        } catch (error) {
          tellDomainError(ctx, error);
          return backToCart();
        }
      },
      async handle(ctx, input): Promise<StepResult> {
        const max = Number(ctx.data.max) || 1;
        const answer = parseQuantity(input, max);
        if (!answer || !answer.ok) {
          explainQuantity(ctx, answer?.reason ?? 'notNumber', max);
          return { stay: true };
        }
        try {
          await ctx.services.cart.setQuantity(ctx.actor, { lineId: String(ctx.data.lineId ?? ''), quantity: answer.quantity });
        } catch (error) {
          tellDomainError(ctx, error);
          return { stay: true };
        }
        ctx.reply({ type: 'text', text: ctx.t('buyer:cart.updated', { quantity: answer.quantity }) });
        return backToCart();
      },
    },
    confirmClear: {
      prompt(ctx) {
        ctx.choose(ctx.t('buyer:cart.confirmClear'), [
          { label: ctx.t('engine:buttons.yes'), value: 'yes' },
          { label: ctx.t('engine:buttons.no'), value: 'no' },
        ]);
      },
      async handle(ctx, input): Promise<StepResult> {
        const value = expectChoice(ctx, input);
        if (value === 'yes') {
          await ctx.services.cart.clear(ctx.actor);
          ctx.reply({ type: 'text', text: ctx.t('buyer:cart.cleared') });
          return backToCart();
        }
        if (value === 'no') return backToCart();
        return { repeat: true };
      },
    },
  },
};
