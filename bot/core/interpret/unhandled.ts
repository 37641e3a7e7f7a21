// Input no step took, and action buttons.
import { matchChoice } from '../../../domain/understanding/choices.ts';
import { keepDetour } from '../detour.ts';
import type { StepInput, TextPlace } from '../flow.ts';
import { smallTalkKind } from '../intents.ts';
import { UnhandledInput } from '../step-helpers.ts';
import type { Navigator } from './navigator.ts';

/**
 * Free text at a form's step that shows choices, read as one of them when its words clearly point to one
 * ("plastik klip aja" → "Kemasan sederhana (plastik/kertas polos)"): the step's own choices come before any
 * intent or search. Numbers and exact labels were taken already (menu-match.ts); this is the looser reading.
 */
async function closeChoice(nav: Navigator, text: string): Promise<boolean> {
  const items = nav.session.menu?.items ?? [];
  const step = nav.currentStep();
  if (!items.length || !step?.handle) return false;
  const hit = matchChoice(text, items, nav.ctx.lang);
  if (!hit || !('value' in hit) || hit.value.startsWith('!')) return false;
  try {
    await nav.apply(await step.handle(nav.ctx, { kind: 'choice', value: hit.value }));
    return true;
  } catch (error) {
    if (error instanceof UnhandledInput) return false;
    throw error;
  }
}

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
    // in a form the question's own choices come first (at a menu, "cari madu" is a search, not "🔍 Cari")
    if (at.inForm && (await closeChoice(nav, input.text))) return;
    const result = await registry.freeText(ctx, input, at);
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
