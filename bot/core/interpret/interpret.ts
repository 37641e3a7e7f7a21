// Interprets one inbound event against the session, in this order: words that work everywhere (menu, back,
// cancel, help, language), commands and deep links, action buttons, then the current step's handler.
// Whatever happens, the user gets an answer in their language and the session stays consistent.
import type { MediaFetcher } from '../../../domain/chat/message.ts';
import type { StepResult } from '../flow.ts';
import { globalCommandOf } from '../global-commands.ts';
import { UnhandledInput } from '../step-helpers.ts';
import { runGlobal } from './global-words.ts';
import { toInput, type Input } from './input.ts';
import { createNavigator, type Navigator, type TurnArgs } from './navigator.ts';
import { runAction, unhandled } from './unhandled.ts';

export const MAX_TEXT_LENGTH = 4000;

export async function interpret(args: TurnArgs & { fetchMedia?: MediaFetcher }): Promise<void> {
  const nav = createNavigator(args);
  try {
    await interpretEvent(nav, args.fetchMedia);
  } catch (error) {
    nav.fail(error);
  }
}

async function interpretEvent(nav: Navigator, fetchMedia?: MediaFetcher): Promise<void> {
  const event = nav.ctx.event;
  // 1. words and commands that work everywhere
  const global = event.type === 'text' ? globalCommandOf(event.text) : event.type === 'command' && !(event.command === 'start' && event.args) ? globalCommandOf(event.command) : null;
  if (global) return runGlobal(nav, global);
  if (event.type === 'command') return runCommand(nav, event.command, event.args);
  if (event.type === 'text' && event.text.length > MAX_TEXT_LENGTH) {
    nav.say('engine:tooLong', { max: Math.min(nav.currentStep()?.maxText ?? MAX_TEXT_LENGTH, MAX_TEXT_LENGTH) });
    return;
  }

  const input = toInput(event, nav.session, nav.ctx.lang, fetchMedia);
  if (input.kind === 'choice' && input.value.startsWith('!')) return runAction(nav, input.value);
  // 2. no conversation yet
  if (!nav.currentStep() && !(await openConversation(nav, input))) return;
  // 3. the current step
  return runStep(nav, input);
}

/** A deep link (/start ARGS), or a command a flow registered (/laporan), else "unknown command". */
async function runCommand(nav: Navigator, command: string, args: string): Promise<void> {
  if (command === 'start' && args) {
    for (const link of nav.registry.deepLinks) {
      const result = await link(nav.ctx, args);
      if (result) return nav.apply(result);
    }
    nav.say('engine:unknownLink');
    return nav.enterMenu();
  }
  const handler = nav.registry.actions.get(command);
  if (handler) return nav.apply(await handler(nav.ctx, args));
  nav.say('engine:unknownCommand', { command });
  return nav.prompt();
}

/**
 * No conversation yet: the first typed words go to the step that greets (onboarding: it reads their
 * language and their intent, "mau jual kain tenun") or to the menu's handler (a known user's search) instead
 * of being lost behind the greeting or the menu. Returns whether the input still has a step to go to.
 */
async function openConversation(nav: Navigator, input: Input): Promise<boolean> {
  if (input.kind !== 'text') {
    await nav.enterMenu();
    return false;
  }
  await nav.enterMenu(0, true);
  return Boolean(nav.currentStep());
}

async function runStep(nav: Navigator, input: Input): Promise<void> {
  if (input.kind === 'stale') {
    nav.say('engine:staleButton');
    return nav.prompt();
  }
  if (input.kind === 'unsupported') {
    nav.say('engine:unsupported', { what: nav.ctx.t(`engine:kinds.${input.what}`) });
    return nav.prompt();
  }
  const step = nav.currentStep()!;
  if (!step.handle) {
    nav.say('engine:notUnderstood');
    return nav.prompt();
  }
  let result: StepResult;
  const said = nav.state.replies.length;
  try {
    result = await step.handle(nav.ctx, input);
  } catch (error) {
    if (error instanceof UnhandledInput) return unhandled(nav, input);
    throw error;
  }
  // a step that kept waiting without a word (a value it does not know) leaves the user with no answer:
  // every message gets one, so it is treated as input the step did not take
  if (result && 'stay' in result && nav.state.replies.length === said) return unhandled(nav, input);
  return nav.apply(result);
}
