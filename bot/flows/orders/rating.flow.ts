// Rating a completed order (flow id 'order-rating'): pick a product not rated yet (skipped when there is one),
// 1 to 5 stars, an optional comment; then the next product until all are rated.
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectChoice, expectText } from '../../core/step-helpers.ts';

export const RATING_FLOW = 'order-rating';

const orderId = (ctx: FlowContext) => String(ctx.data.orderId ?? '');

export const ratingFlow: Flow = {
  id: RATING_FLOW,
  start: 'product',
  steps: {
    product: {
      async prompt(ctx): Promise<StepResult | void> {
        const items = await ctx.services.orders.unratedItems(ctx.actor, orderId(ctx));
        if (items.length === 0) {
          ctx.reply({ type: 'text', text: ctx.t('orders:rating.allDone') });
          return { end: true };
        }
        if (items.length === 1) {
          ctx.data.productId = items[0]!.productId;
          ctx.data.productName = items[0]!.name;
          return { goto: 'stars' };
        }
        ctx.choose(ctx.t('orders:rating.askProduct'), items.map((i) => ({ label: i.name, value: `p:${i.productId}` })));
      },
      async handle(ctx, input): Promise<StepResult> {
        const value = expectChoice(ctx, input);
        const items = await ctx.services.orders.unratedItems(ctx.actor, orderId(ctx));
        const item = items.find((i) => `p:${i.productId}` === value);
        if (!item) return { stay: true };
        ctx.data.productId = item.productId;
        ctx.data.productName = item.name;
        return { goto: 'stars' };
      },
    },
    stars: {
      prompt(ctx) {
        ctx.choose(
          ctx.t('orders:rating.askStars', { name: ctx.data.productName }),
          [1, 2, 3, 4, 5].map((n) => ({ label: '⭐'.repeat(n), value: String(n) })),
        );
      },
      handle(ctx, input): StepResult {
        const raw = input.kind === 'choice' ? input.value : input.kind === 'text' ? input.text.trim() : '';
        if (!/^[1-5]$/.test(raw)) {
          ctx.reply({ type: 'text', text: ctx.t('orders:errors.badStars') });
          return { stay: true };
        }
        ctx.data.stars = Number(raw);
        return { goto: 'comment' };
      },
    },
    comment: {
      prompt(ctx) {
        ctx.choose(ctx.t('orders:rating.askComment', { name: ctx.data.productName }), [{ label: ctx.t('engine:buttons.skip'), value: 'skip' }]);
      },
      async handle(ctx, input): Promise<StepResult> {
        let comment: string | undefined;
        if (!(input.kind === 'choice' && input.value === 'skip')) {
          const text = expectText(ctx, input, { max: 500 });
          if (text === null) return { stay: true };
          comment = text;
        }
        await ctx.services.orders.rate(ctx.actor, orderId(ctx), { productId: String(ctx.data.productId), stars: Number(ctx.data.stars), comment });
        ctx.reply({ type: 'text', text: ctx.t('orders:rating.thanks') });
        return { goto: 'product' };
      },
    },
  },
};
