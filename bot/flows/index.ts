// Every chat feature, assembled into the registry the engine runs on.
import { buildRegistry, type FlowModule, type Registry } from '../core/registry.ts';
import { languageFlow } from './core/language.flow.ts';
import { joinModule } from './core/join.flow.ts';
import { createMenuFlow } from './core/menu.flow.ts';
import { onboardingFlow } from './core/onboarding.flow.ts';
import { features as allFeatures } from './features.ts';

export function createRegistry(features: FlowModule[] = allFeatures): Registry {
  let registry: Registry | undefined;
  const core: FlowModule = { flows: [createMenuFlow(() => registry!), languageFlow, onboardingFlow] };
  registry = buildRegistry([core, joinModule, ...features], { menuFlow: 'menu', onboardingFlow: 'onboarding' });
  return registry;
}
