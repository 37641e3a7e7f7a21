// Interprets one inbound event against the session: global words first (menu, back, cancel, help,
// language), then commands and deep links, action buttons, and finally the current step's handler.
// Whatever happens, the user gets an answer in their language and the session stays consistent.
import { DomainError } from '../../domain/lib/errors.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { SessionRecord } from '../../domain/repositories/conversation.repository.ts';
import type { ContextState } from './context.ts';
import { dropDetour, keepDetour, peekDetour } from './detour.ts';
import type { Flow, FlowRegistry, Step, StepInput, StepResult, TextPlace } from './flow.ts';
import { globalCommandOf, type GlobalCommand } from './global-commands.ts';
import type { InboundEvent, MediaFetcher } from '../../domain/chat/message.ts';
import { matchMenuReply } from './menu-match.ts';
import { smallTalkKind } from './intents.ts';
import { UnhandledInput } from './step-helpers.ts';

export const MAX_TEXT_LENGTH = 4000;
const MAX_REDIRECTS = 6;

interface Args {
  state: ContextState;
  session: SessionRecord;
  registry: FlowRegistry;
  fetchMedia?: MediaFetcher;
  logger: Logger;
}

type Input = StepInput | { kind: 'stale' };

function toInput(event: InboundEvent, session: SessionRecord, fetchMedia?: MediaFetcher): Input {
  switch (event.type) {
    case 'text': {
      const picked = matchMenuReply(session.menu, event.text);
      return picked !== null ? { kind: 'choice', value: picked } : { kind: 'text', text: event.text.trim() };
    }
    case 'choice': {
      if (event.value.startsWith('!')) return { kind: 'choice', value: event.value };
      const menu = session.menu;
      if (!menu || event.menuToken !== menu.token || !menu.items.some((i) => i.value === event.value)) return { kind: 'stale' };
      return { kind: 'choice', value: event.value };
    }
    case 'media':
      return {
        kind: 'media',
        mediaKind: event.kind,
        mime: event.mime,
        bytes: event.bytes,
        caption: event.caption,
        fetch: () => (fetchMedia ? fetchMedia(event.ref) : Promise.reject(new Error('this channel cannot fetch media'))),
      };
    case 'contact':
      return { kind: 'contact', phone: event.phone, name: event.name };
    case 'location':
      return { kind: 'location', latitude: event.latitude, longitude: event.longitude };
    case 'unsupported':
      return { kind: 'unsupported', what: event.kind };
    case 'command':
      return { kind: 'text', text: `/${event.command} ${event.args}`.trim() };
  }
}

export async function interpret({ state, session, registry, fetchMedia, logger }: Args): Promise<void> {
  const { ctx } = state;
  const t = () => ctx.t;
  const event = ctx.event;

  const currentFlow = (): Flow | undefined => (session.flow ? registry.flows.get(session.flow) : undefined);
  const currentStep = (): Step | undefined => {
    const flow = currentFlow();
    return flow && session.step ? flow.steps[session.step] : undefined;
  };

  const fail = (error: unknown) => {
    if (error instanceof DomainError && error.messageKey) {
      ctx.reply({ type: 'text', text: t()(error.messageKey, error.params) });
      return;
    }
    logger.error({ err: error, flow: session.flow, step: session.step }, 'step failed');
    ctx.reply({ type: 'text', text: t()('engine:internalError') });
  };

  async function apply(result: StepResult | void, depth = 0): Promise<void> {
    if (!result) return;
    if (depth > MAX_REDIRECTS) {
      logger.error({ flow: session.flow, step: session.step }, 'too many redirects between steps');
      return;
    }
    if ('stay' in result) return;
    if ('repeat' in result) return prompt(depth);
    if ('end' in result) return enterFlow(registry.menuFlow, undefined, undefined, depth, result.quiet);
    if ('goto' in result) {
      if (session.flow && session.step && session.step !== result.goto) session.stack.push({ flow: session.flow, step: session.step });
      session.stack = session.stack.slice(-20);
      session.step = result.goto;
      return prompt(depth);
    }
    return enterFlow(result.flow, result.step, result.data, depth);
  }

  async function enterFlow(id: string, step: string | undefined, data: Record<string, unknown> | undefined, depth: number, quiet = false) {
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
      ctx.reply({ type: 'text', text: t()('engine:notAllowed') });
      if (flowId !== registry.menuFlow) return enterFlow(registry.menuFlow, undefined, undefined, depth + 1);
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

  async function prompt(depth: number) {
    const step = currentStep();
    if (!step) return enterFlow(registry.menuFlow, undefined, undefined, depth + 1);
    session.menu = null;
    let result: StepResult | void;
    try {
      result = await step.prompt(ctx);
    } catch (error) {
      fail(error);
      if (session.flow !== registry.menuFlow) return enterFlow(registry.menuFlow, undefined, undefined, depth + 1);
      return;
    }
    await apply(result, depth + 1);
  }

  async function runGlobal(command: GlobalCommand) {
    switch (command) {
      case 'menu':
        return enterFlow(registry.menuFlow, undefined, undefined, 0);
      case 'cancel': {
        const leaving = currentFlow();
        if (leaving && leaving.id !== registry.menuFlow) ctx.reply({ type: 'text', text: t()('engine:cancelled') });
        if (!ctx.actor.onboarded && leaving?.id !== registry.onboardingFlow) {
          // someone still registering who wandered off (a search) cancels registering: its answers come along
          const kept = peekDetour(session);
          if (kept?.flow === registry.onboardingFlow) session.data.flow = kept.data;
          await registry.flows.get(registry.onboardingFlow)?.onCancel?.(ctx);
        } else if (leaving && leaving.id !== registry.menuFlow) {
          // the flow keeps what it should (a draft, a half-typed registration) and may make the user's menu theirs
          await leaving.onCancel?.(ctx);
        }
        dropDetour(session);
        return enterFlow(registry.menuFlow, undefined, undefined, 0);
      }
      case 'back': {
        const previous = session.stack.pop();
        if (!previous || !registry.flows.get(previous.flow)?.steps[previous.step]) {
          const kept = peekDetour(session);
          if (kept && registry.flows.get(kept.flow)?.steps[kept.step]) {
            dropDetour(session);
            return enterFlow(kept.flow, kept.step, kept.data, 0);
          }
          return enterFlow(registry.menuFlow, undefined, undefined, 0);
        }
        session.flow = previous.flow;
        session.step = previous.step;
        return prompt(0);
      }
      case 'help': {
        const key = currentStep()?.help;
        ctx.reply({ type: 'text', text: `${key ? `${t()(key)}\n\n` : ''}${t()('engine:help')}` });
        return prompt(0);
      }
      case 'language':
        return enterFlow('language', undefined, { returnTo: session.flow === 'language' ? null : { flow: session.flow, step: session.step } }, 0);
    }
  }

  function isFormFlow(flow: Flow | undefined): boolean {
    return Boolean(flow?.form);
  }

  /**
   * Input the step did not take (free text at a choice, a photo where a tap was wanted): a command, an
   * intent or a search when it is one, else "not understood" with the step's choices shown again.
   */
  async function unhandled(input: StepInput) {
    const flow = currentFlow();
    if (input.kind === 'text' && flow && session.step && registry.freeText) {
      const form = flow.form;
      const at: TextPlace = { flow: flow.id, step: session.step, atMenu: flow.id === registry.menuFlow, inForm: typeof form === 'function' ? form(session.step) : Boolean(form) };
      const result = await registry.freeText(ctx, input.text, at);
      if (result) {
        if ('flow' in result && result.flow !== flow.id && isFormFlow(flow)) keepDetour(session);
        return apply(result);
      }
    }
    // "halo", "pagi kak", "makasih": people greet and thank; answered in kind, not "not understood"
    const talk = input.kind === 'text' ? smallTalkKind(input.text) : null;
    ctx.reply({ type: 'text', text: t()(talk ? `engine:smallTalk.${talk}` : input.kind === 'text' ? 'engine:notUnderstood' : 'engine:expectedChoice') });
    return prompt(0);
  }

  async function runAction(value: string) {
    const m = /^!([a-zA-Z0-9_.-]+):?(.*)$/.exec(value);
    const handler = m ? registry.actions.get(m[1]!) : undefined;
    if (!m || !handler) {
      ctx.reply({ type: 'text', text: t()('engine:staleButton') });
      return prompt(0);
    }
    return apply(await handler(ctx, m[2] ?? ''));
  }

  try {
    // 1. words and commands that work everywhere
    const global = event.type === 'text' ? globalCommandOf(event.text) : event.type === 'command' && !(event.command === 'start' && event.args) ? globalCommandOf(event.command) : null;
    if (global) return await runGlobal(global);

    if (event.type === 'command') {
      if (event.command === 'start' && event.args) {
        for (const link of registry.deepLinks) {
          const result = await link(ctx, event.args);
          if (result) return await apply(result);
        }
        ctx.reply({ type: 'text', text: t()('engine:unknownLink') });
        return await enterFlow(registry.menuFlow, undefined, undefined, 0);
      }
      const handler = registry.actions.get(event.command);
      if (handler) return await apply(await handler(ctx, event.args));
      ctx.reply({ type: 'text', text: t()('engine:unknownCommand', { command: event.command }) });
      return await prompt(0);
    }

    if (event.type === 'text' && event.text.length > MAX_TEXT_LENGTH) {
      ctx.reply({ type: 'text', text: t()('engine:tooLong', { max: Math.min(currentStep()?.maxText ?? MAX_TEXT_LENGTH, MAX_TEXT_LENGTH) }) });
      return;
    }

    const input = toInput(event, session, fetchMedia);
    if (input.kind === 'choice' && input.value.startsWith('!')) return await runAction(input.value);

    // 2. no conversation yet: the first typed words go to the step that greets (onboarding: it reads their
    // language and their intent, "mau jual kain tenun") or to the menu's handler (a known user's search) instead
    // of being lost behind the greeting or the menu
    if (!currentStep()) {
      if (input.kind !== 'text') return await enterFlow(registry.menuFlow, undefined, undefined, 0);
      await enterFlow(registry.menuFlow, undefined, undefined, 0, true);
      if (!currentStep()) return;
    }

    if (input.kind === 'stale') {
      ctx.reply({ type: 'text', text: t()('engine:staleButton') });
      return await prompt(0);
    }
    if (input.kind === 'unsupported') {
      ctx.reply({ type: 'text', text: t()('engine:unsupported', { what: t()(`engine:kinds.${input.what}`) }) });
      return await prompt(0);
    }

    // 3. the current step
    const step = currentStep()!;
    if (!step.handle) {
      ctx.reply({ type: 'text', text: t()('engine:notUnderstood') });
      return await prompt(0);
    }
    let result: StepResult;
    const said = state.replies.length;
    try {
      result = await step.handle(ctx, input);
    } catch (error) {
      if (error instanceof UnhandledInput) return await unhandled(input);
      throw error;
    }
    // a step that kept waiting without a word (a value it does not know) leaves the user with no answer:
    // every message gets one, so it is treated as input the step did not take
    if (result && 'stay' in result && state.replies.length === said) return await unhandled(input);
    return await apply(result);
  } catch (error) {
    fail(error);
  }
}
