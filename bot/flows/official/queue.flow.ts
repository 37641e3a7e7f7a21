// The curation queue: submissions waiting in the official's regencies (all for admins), oldest first.
import { isOfficial } from '../../../domain/services/actor.ts';
import type { Flow, StepResult } from '../../core/flow.ts';

const DAY_MS = 86_400_000;

export const queueFlow: Flow = {
  id: 'official.queue',
  start: 'list',
  allowed: isOfficial,
  steps: {
    list: {
      async prompt(ctx): Promise<StepResult | void> {
        const items = await ctx.services.curation.queue(ctx.actor, 20);
        if (items.length === 0) {
          ctx.reply({ type: 'text', text: ctx.t('official:queue.empty') });
          return { end: true };
        }
        const now = ctx.services.now().getTime();
        ctx.choose(
          ctx.t('official:queue.title', { count: items.length }),
          items.map((p) => ({
            label: ctx.t(p.status === 'IN_REVIEW' ? 'official:queue.itemInReview' : 'official:queue.item', {
              name: p.name,
              region: p.region.name,
              days: Math.floor((now - (p.submittedAt?.getTime() ?? now)) / DAY_MS),
            }),
            value: `p:${p.id}`,
          })),
        );
      },
      handle(ctx, input): StepResult {
        if (input.kind === 'choice' && input.value.startsWith('p:')) return { flow: 'official.review', data: { productId: input.value.slice(2) } };
        ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
        return { repeat: true };
      },
    },
  },
};
