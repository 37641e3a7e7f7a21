// Small checks most steps need; each replies in the user's language when the input does not fit and
// returns null, so a step reads: `const name = expectText(ctx, input, { max: 100 }); if (name === null) return { stay: true };`
import type { FlowContext, StepInput } from './flow.ts';

export function expectText(ctx: FlowContext, input: StepInput, limits: { min?: number; max?: number } = {}): string | null {
  if (input.kind !== 'text') {
    ctx.reply({ type: 'text', text: ctx.t('engine:expectedText') });
    return null;
  }
  const text = input.text.trim();
  if (!text) {
    ctx.reply({ type: 'text', text: ctx.t('engine:emptyText') });
    return null;
  }
  if (limits.max !== undefined && text.length > limits.max) {
    ctx.reply({ type: 'text', text: ctx.t('engine:textTooLong', { max: limits.max, length: text.length }) });
    return null;
  }
  if (limits.min !== undefined && text.length < limits.min) {
    ctx.reply({ type: 'text', text: ctx.t('engine:textTooShort', { min: limits.min }) });
    return null;
  }
  return text;
}

/**
 * Thrown by a step that does not take this input (free text at a choice step): the engine then reads the
 * text as people mean it (an intent, a search) or refuses it and shows the step's choices again.
 */
export class UnhandledInput extends Error {
  constructor() {
    super('input not taken by the step');
    this.name = 'UnhandledInput';
  }
}

/**
 * Returns the picked value. Anything else (typed words that match no option, a photo, a contact) goes back
 * to the engine, which answers it and shows the choices again, so no step can refuse without its choices.
 */
export function expectChoice(_ctx: FlowContext, input: StepInput): string | null {
  if (input.kind === 'choice') return input.value;
  throw new UnhandledInput();
}

/** Options for paging through a list: previous / next buttons as they apply. */
export function pagerOptions(ctx: FlowContext, page: number, hasNext: boolean) {
  return [
    ...(page > 0 ? [{ label: ctx.t('engine:buttons.previous'), value: 'page:prev' }] : []),
    ...(hasNext ? [{ label: ctx.t('engine:buttons.next'), value: 'page:next' }] : []),
  ];
}
