// The main menu: entries registered by every feature, filtered by the user's role. Free text typed here
// goes to the first feature that takes it (the buyer's search).
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import type { MenuEntry, Registry } from '../../core/registry.ts';

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
