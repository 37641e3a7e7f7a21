// Features plug into the engine as modules: their flows, action buttons, deep links and main-menu entries.
import type { RoleName } from '../../api/services/actor.ts';
import type { ActionHandler, DeepLinkHandler, Flow, FlowContext, FlowRegistry, StepResult } from './flow.ts';

export interface MenuEntry {
  id: string;
  /** i18n key of the button label */
  labelKey: string;
  roles: RoleName[];
  order: number;
  open: StepResult;
  /** shown only when this also holds (e.g. display-point staff, who may have any role) */
  visible?: (ctx: FlowContext) => boolean | Promise<boolean>;
}

export interface FlowModule {
  flows?: Flow[];
  actions?: Record<string, ActionHandler>;
  deepLinks?: DeepLinkHandler[];
  menu?: MenuEntry[];
  /** free text typed at the main menu (e.g. a search); first module that answers wins */
  menuText?: (ctx: FlowContext, text: string) => StepResult | null;
}

export interface Registry extends FlowRegistry {
  menuEntries: MenuEntry[];
  menuText: NonNullable<FlowModule['menuText']>[];
}

export function buildRegistry(modules: FlowModule[], names: { menuFlow: string; onboardingFlow: string }): Registry {
  const registry: Registry = { flows: new Map(), actions: new Map(), deepLinks: [], menuEntries: [], menuText: [], ...names };
  for (const m of modules) {
    for (const flow of m.flows ?? []) {
      if (registry.flows.has(flow.id)) throw new Error(`flow ${flow.id} registered twice`);
      registry.flows.set(flow.id, flow);
    }
    for (const [name, handler] of Object.entries(m.actions ?? {})) {
      if (registry.actions.has(name)) throw new Error(`action ${name} registered twice`);
      registry.actions.set(name, handler);
    }
    registry.deepLinks.push(...(m.deepLinks ?? []));
    registry.menuEntries.push(...(m.menu ?? []));
    if (m.menuText) registry.menuText.push(m.menuText);
  }
  registry.menuEntries.sort((a, b) => a.order - b.order);
  for (const name of [names.menuFlow, names.onboardingFlow, 'language']) {
    if (!registry.flows.has(name)) throw new Error(`required flow ${name} missing`);
  }
  return registry;
}
