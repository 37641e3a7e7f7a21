// Moving a conversation between flows and steps: enter a flow (or the menu, or the registration someone
// left), ask the current step's question, and apply what a step answered (stay, repeat, go to a step,
// open a flow, end). The four call each other, so they share one closure over the turn.
import { DomainError } from '../../../domain/lib/errors.ts';
import type { Logger } from '../../../domain/lib/logger.ts';
import type { SessionRecord } from '../../../domain/repositories/conversation.repository.ts';
import type { ContextState } from '../context.ts';
import { dropDetour, peekDetour } from '../detour.ts';
import type { Flow, FlowRegistry, Step, StepResult } from '../flow.ts';

const MAX_REDIRECTS = 6;

export interface TurnArgs {
  state: ContextState;
  session: SessionRecord;
  registry: FlowRegistry;
  logger: Logger;
}

export function createNavigator({ state, session, registry, logger }: TurnArgs) {
  const { ctx } = state;
  const say = (key: string, params: Record<string, unknown> = {}) => ctx.reply({ type: 'text', text: ctx.t(key, params) });

  const currentFlow = (): Flow | undefined => (session.flow ? registry.flows.get(session.flow) : undefined);
  const currentStep = (): Step | undefined => {
    const flow = currentFlow();
    return flow && session.step ? flow.steps[session.step] : undefined;
  };

  /** A failed step: its own words when it is a DomainError with a message, else "something went wrong". */
  function fail(error: unknown): void {
    // a param "t:<key>" is itself a text to translate (what kind of restricted good ...)
    if (error instanceof DomainError && error.messageKey) return say(error.messageKey, Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('t:') ? ctx.t(v.slice(2)) : v])));
    logger.error({ err: error, flow: session.flow, step: session.step }, 'step failed');
    say('engine:internalError');
  }

  async function apply(result: StepResult | void, depth = 0): Promise<void> {
    if (!result) return;
    if (depth > MAX_REDIRECTS) {
      logger.error({ flow: session.flow, step: session.step }, 'too many redirects between steps');
      return;
    }
    if ('stay' in result) return;
    if ('repeat' in result) return prompt(depth);
    if ('end' in result) return enterMenu(depth, result.quiet);
    if ('goto' in result) {
      if (session.flow && session.step && session.step !== result.goto) session.stack.push({ flow: session.flow, step: session.step });
      session.stack = session.stack.slice(-20);
      session.step = result.goto;
      return prompt(depth);
    }
    return enterFlow(result.flow, result.step, result.data, depth);
  }

  const enterMenu = (depth = 0, quiet = false) => enterFlow(registry.menuFlow, undefined, undefined, depth, quiet);

  async function enterFlow(id: string, step: string | undefined, data: Record<string, unknown> | undefined, depth: number, quiet = false): Promise<void> {
    let flowId = id;
    if (flowId === registry.menuFlow && !ctx.actor.onboarded) {
      // someone still registering who wandered off comes back to the question they left, answers kept
      const kept = peekDetour(session);
      if (kept?.flow === registry.onboardingFlow && registry.flows.get(kept.flow)?.steps[kept.step]) {
        dropDetour(session);
        return enterFlow(kept.flow, kept.step, kept.data, depth, quiet);
      }
      flowId = registry.onboardingFlow;
    } else if (flowId === registry.menuFlow) dropDetour(session);
    const flow = registry.flows.get(flowId);
    if (!flow) throw new Error(`unknown flow ${flowId}`);
    if (flow.allowed && !flow.allowed(ctx.actor)) {
      say('engine:notAllowed');
      if (flowId !== registry.menuFlow) return enterMenu(depth + 1);
      return;
    }
    session.flow = flowId;
    session.step = step ?? flow.start;
    // a copy: a menu entry's `open` result is one object shared by every user
    session.data.flow = data ? structuredClone(data) : {};
    session.stack = [];
    if (!quiet) await prompt(depth);
    else session.menu = null;
  }

  async function prompt(depth = 0): Promise<void> {
    const step = currentStep();
    if (!step) return enterMenu(depth + 1);
    session.menu = null;
    let result: StepResult | void;
    try {
      result = await step.prompt(ctx);
    } catch (error) {
      fail(error);
      if (session.flow !== registry.menuFlow) return enterMenu(depth + 1);
      return;
    }
    await apply(result, depth + 1);
  }

  return { ctx, state, session, registry, say, currentFlow, currentStep, fail, apply, enterFlow, enterMenu, prompt };
}

export type Navigator = ReturnType<typeof createNavigator>;
