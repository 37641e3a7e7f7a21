// The main menu: entries registered by every feature, filtered by the user's role. Free text typed here
// is read by the engine (bot/core/registry.ts freeText): commands, intents, then the buyer's search.
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import type { MenuEntry, Registry } from '../../core/registry.ts';
import { UnhandledInput } from '../../core/step-helpers.ts';

export function createMenuFlow(registry: () => Registry): Flow {
  const entriesFor = async (ctx: FlowContext): Promise<MenuEntry[]> => {
    const byRole = registry().menuEntries.filter((e) => e.roles.includes(ctx.actor.role));
    const shown = await Promise.all(byRole.map(async (e) => !e.visible || (await e.visible(ctx))));
    return byRole.filter((_, i) => shown[i]);
  };
  return {
    id: 'menu',
    start: 'main',
    steps: {
      main: {
        async prompt(ctx) {
          const entries = await entriesFor(ctx);
          ctx.choose(ctx.t(`menu:title.${ctx.actor.role}`), [
            ...entries.map((e) => ({ label: ctx.t(e.labelKey), value: e.id })),
            { label: ctx.t('menu:language'), value: 'language' },
          ]);
        },
        help: 'menu:help',
        async handle(ctx, input): Promise<StepResult> {
          if (input.kind === 'choice') {
            if (input.value === 'language') return { flow: 'language' };
            const entry = (await entriesFor(ctx)).find((e) => e.id === input.value);
            if (entry) return entry.open;
          }
          // typed words (a command, an intent, a search) are read by the engine, which shows the menu again when
          // it understands none of them
          if (input.kind !== 'choice') throw new UnhandledInput();
          return { repeat: true };
        },
      },
    },
  };
}
