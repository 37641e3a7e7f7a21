// Input no step took, and action buttons.
import { keepDetour } from '../detour.ts';
import type { StepInput, TextPlace } from '../flow.ts';
import { smallTalkKind } from '../intents.ts';
import type { Navigator } from './navigator.ts';

/**
 * Input the step did not take (free text at a choice, a photo where a tap was wanted): a command, an
 * intent or a search when it is one, else "not understood" with the step's choices shown again.
 */
export async function unhandled(nav: Navigator, input: StepInput): Promise<void> {
  const { session, registry, ctx } = nav;
  const flow = nav.currentFlow();
  if (input.kind === 'text' && flow && session.step && registry.freeText) {
    const form = flow.form;
    const at: TextPlace = { flow: flow.id, step: session.step, atMenu: flow.id === registry.menuFlow, inForm: typeof form === 'function' ? form(session.step) : Boolean(form) };
    const result = await registry.freeText(ctx, input.text, at);
    if (result) {
      // leaving a form for something else (a search) keeps the form to come back to
      if ('flow' in result && result.flow !== flow.id && flow.form) keepDetour(session);
      return nav.apply(result);
    }
  }
  // a photo no step wanted: a payment proof when an order awaits one, ...
  if (input.kind === 'media' && registry.freeMedia) {
    const result = await registry.freeMedia(ctx, input);
    if (result) return nav.apply(result);
  }
  // "halo", "pagi kak", "makasih": people greet and thank; answered in kind, not "not understood"
  const talk = input.kind === 'text' ? smallTalkKind(input.text) : null;
  nav.say(talk ? `engine:smallTalk.${talk}` : input.kind === 'text' ? 'engine:notUnderstood' : 'engine:expectedChoice');
  return nav.prompt();
}

/** A button whose value is "!name:args": the registered action, or "that button is no longer valid". */
export async function runAction(nav: Navigator, value: string): Promise<void> {
  const m = /^!([a-zA-Z0-9_.-]+):?(.*)$/.exec(value);
  const handler = m ? nav.registry.actions.get(m[1]!) : undefined;
  if (!m || !handler) {
    nav.say('engine:staleButton');
    return nav.prompt();
  }
  return nav.apply(await handler(nav.ctx, m[2] ?? ''));
}
