// A buyer becomes a producer from the menu: guests of the web chat start as buyers without being asked,
// and a buyer on any channel may start selling later. The registration is onboarding's own questions.
import type { Flow } from '../../core/flow.ts';
import type { FlowModule } from '../../core/registry.ts';

export const joinFlow: Flow = {
  id: 'join',
  start: 'intro',
  steps: {
    intro: {
      prompt(ctx) {
        ctx.reply({ type: 'text', text: ctx.t('join:intro') });
        return { flow: 'onboarding', step: 'ownerName' };
      },
    },
  },
};

export const joinModule: FlowModule = {
  flows: [joinFlow],
  menu: [{ id: 'join.producer', labelKey: 'join:menu.becomeProducer', roles: ['BUYER'], order: 900, open: { flow: 'join' } }],
};
