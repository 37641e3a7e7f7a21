// Features plug into the engine as modules: their flows, action buttons, deep links and main-menu entries.
import type { RoleName } from '../../domain/services/actor.ts';
import type { ActionHandler, DeepLinkHandler, Flow, FlowContext, FlowRegistry, StepInput, StepResult, TextPlace } from './flow.ts';
export type { TextPlace } from './flow.ts';
import { intentOf, type Intent, type IntentKind } from './intents.ts';
import { classifiedIntent, notificationButton } from './understood.ts';


/** Answers an intent typed by the user; null when it does not apply to this user or place. */
export type IntentHandler = (ctx: FlowContext, intent: Intent, at: TextPlace) => Promise<StepResult | null> | StepResult | null;

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
  /**
   * free text no step took (at the main menu, or at a choice it matched none of), after the intents: a
   * command ("stok KODE 12"), a search; first module that answers wins
   */
  menuText?: (ctx: FlowContext, text: string, at: TextPlace) => Promise<StepResult | null> | StepResult | null;
  /** what the module does when someone types an intent (bot/core/intents.ts); first non-null answer wins */
  intents?: Partial<Record<IntentKind, IntentHandler>>;
  /** a photo or file no step took; first module that answers wins */
  media?: (ctx: FlowContext, input: Extract<StepInput, { kind: 'media' }>) => Promise<StepResult | null> | StepResult | null;
  /** last of all: text that is no command and no intent (the buyer's search); first module that answers wins */
  searchText?: NonNullable<FlowModule['menuText']>;
}

export interface Registry extends FlowRegistry {
  menuEntries: MenuEntry[];
  menuText: NonNullable<FlowModule['menuText']>[];
  intents: Map<IntentKind, IntentHandler[]>;
  searchText: NonNullable<FlowModule['menuText']>[];
}

export function buildRegistry(modules: FlowModule[], names: { menuFlow: string; onboardingFlow: string }): Registry {
  const registry: Registry = { flows: new Map(), actions: new Map(), deepLinks: [], menuEntries: [], menuText: [], intents: new Map(), searchText: [], ...names };
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
    for (const [kind, handler] of Object.entries(m.intents ?? {}) as [IntentKind, IntentHandler][]) registry.intents.set(kind, [...(registry.intents.get(kind) ?? []), handler]);
    if (m.searchText) registry.searchText.push(m.searchText);
  }
  registry.menuEntries.sort((a, b) => a.order - b.order);
  const mediaTakers = modules.flatMap((m) => (m.media ? [m.media] : []));
  registry.freeMedia = async (ctx, input) => {
    for (const take of mediaTakers) {
      const result = await take(ctx, input);
      if (result) return result;
    }
    return null;
  };
  // free text no step took (issue 25): commands ("stok KODE 12"), the buttons of notifications sent in the
  // last 24 hours, what people mean (the phrase intents, then the classifier's global intents, read after
  // normalisation), and a search last
  registry.freeText = async (ctx, input, at) => {
    const text = input.text;
    for (const take of registry.menuText) {
      const result = await take(ctx, text, at);
      if (result) return result;
    }
    const button = await notificationButton(ctx, text, registry);
    if (button) return button;
    const intent = intentOf(text) ?? intentOf(input.normal.text);
    for (const handle of intent ? (registry.intents.get(intent.kind) ?? []) : []) {
      const result = await handle(ctx, intent!, at);
      if (result) return result;
    }
    const understood = await classifiedIntent(ctx, text, at, registry);
    if (understood) return understood;
    for (const take of registry.searchText) {
      const result = await take(ctx, text, at);
      if (result) return result;
    }
    return null;
  };
  for (const name of [names.menuFlow, names.onboardingFlow, 'language']) {
    if (!registry.flows.has(name)) throw new Error(`required flow ${name} missing`);
  }
  return registry;
}
