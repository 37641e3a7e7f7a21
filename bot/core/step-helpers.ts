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

/** Returns the picked value, or tells the user to pick one (the step then answers `{ repeat: true }` to show the choices again). */
export function expectChoice(ctx: FlowContext, input: StepInput): string | null {
  if (input.kind === 'choice') return input.value;
  ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
  return null;
}

/** Options for paging through a list: previous / next buttons as they apply. */
export function pagerOptions(ctx: FlowContext, page: number, hasNext: boolean) {
  return [
    ...(page > 0 ? [{ label: ctx.t('engine:buttons.previous'), value: 'page:prev' }] : []),
    ...(hasNext ? [{ label: ctx.t('engine:buttons.next'), value: 'page:next' }] : []),
  ];
}
