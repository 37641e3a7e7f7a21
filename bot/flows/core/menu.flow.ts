// The main menu: entries registered by every feature, filtered by the user's role. Free text typed here
// goes to the first feature that takes it (the buyer's search).
import type { Flow, StepResult } from '../../core/flow.ts';
import type { Registry } from '../../core/registry.ts';

export function createMenuFlow(registry: () => Registry): Flow {
  const entriesFor = (role: string) => registry().menuEntries.filter((e) => e.roles.includes(role as never));
  return {
    id: 'menu',
    start: 'main',
    steps: {
      main: {
        prompt(ctx) {
          const entries = entriesFor(ctx.actor.role);
          ctx.choose(ctx.t(`menu:title.${ctx.actor.role}`), [
            ...entries.map((e) => ({ label: ctx.t(e.labelKey), value: e.id })),
            { label: ctx.t('menu:language'), value: 'language' },
          ]);
        },
        help: 'menu:help',
        handle(ctx, input): StepResult {
          if (input.kind === 'choice') {
            if (input.value === 'language') return { flow: 'language' };
            const entry = entriesFor(ctx.actor.role).find((e) => e.id === input.value);
            if (entry) return entry.open;
          }
          if (input.kind === 'text') {
            for (const take of registry().menuText) {
              const result = take(ctx, input.text);
              if (result) return result;
            }
          }
          ctx.reply({ type: 'text', text: ctx.t('engine:notUnderstood') });
          return { repeat: true };
        },
      },
    },
  };
}
