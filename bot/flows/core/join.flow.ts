// A buyer becomes a producer from the menu: guests of the web chat start as buyers without being asked,
// and a buyer on any channel may start selling later. The registration is onboarding's own questions, from
// its register step, which resumes the answers of a registration left half-typed.
import type { Flow } from '../../core/flow.ts';
import type { FlowModule } from '../../core/registry.ts';

export const joinFlow: Flow = {
  id: 'join',
  start: 'intro',
  steps: {
    intro: {
      prompt(ctx) {
        ctx.reply({ type: 'text', text: ctx.t('join:intro') });
        return { flow: 'onboarding', step: 'register' };
      },
    },
  },
};

export const joinModule: FlowModule = {
  flows: [joinFlow],
  menu: [{ id: 'join.producer', labelKey: 'join:menu.becomeProducer', roles: ['BUYER'], order: 900, open: { flow: 'join' } }],
};
