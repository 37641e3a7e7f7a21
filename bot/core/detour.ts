// A step kept to come back to: when a user wanders off a form (or registration) with a typed search or
// intent, the step and its answers are kept in the session; "kembali", Back on the search list, or "menu"
// for someone still registering brings them back there with nothing lost.
import type { SessionRecord } from '../../domain/repositories/conversation.repository.ts';
import type { FlowContext, StepResult } from './flow.ts';

export interface Detour {
  flow: string;
  step: string;
  data: Record<string, unknown>;
}

function isDetour(value: unknown): value is Detour {
  const d = value as Detour | undefined;
  return Boolean(d && typeof d.flow === 'string' && typeof d.step === 'string' && d.data && typeof d.data === 'object');
}

function sticky(session: SessionRecord): Record<string, unknown> {
  session.data.sticky ??= {};
  return session.data.sticky as Record<string, unknown>;
}

/** Keeps the current step, unless an earlier one is already kept (the first place left is where to return). */
export function keepDetour(session: SessionRecord): void {
  const s = sticky(session);
  if (isDetour(s.detour) || !session.flow || !session.step) return;
  s.detour = { flow: session.flow, step: session.step, data: structuredClone((session.data.flow as Record<string, unknown> | undefined) ?? {}) } satisfies Detour;
}

export function peekDetour(session: SessionRecord): Detour | null {
  const d = sticky(session).detour;
  return isDetour(d) ? d : null;
}

export function dropDetour(session: SessionRecord): void {
  delete sticky(session).detour;
}

/** For a step's Back button: the kept step as a result (and forgotten), or null when there is none. */
export function takeDetour(ctx: FlowContext): StepResult | null {
  const d = ctx.sticky.detour;
  if (!isDetour(d)) return null;
  delete ctx.sticky.detour;
  return { flow: d.flow, step: d.step, data: d.data };
}
