// The chat features plugged into the engine. Each feature folder exports one FlowModule.
import type { FlowModule } from '../core/registry.ts';
import { buyerModule } from './buyer/index.ts';

export const features: FlowModule[] = [buyerModule];
