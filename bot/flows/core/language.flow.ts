// Choosing the language (id / en), from onboarding or with the word "bahasa"/"language" in any state.
import { isLang } from '../../../domain/lib/i18n.ts';
import type { Flow, FlowContext, StepInput, StepResult } from '../../core/flow.ts';
import { expectChoice } from '../../core/step-helpers.ts';

export const languageOptions = [
  { label: '🇮🇩 Bahasa Indonesia', value: 'id' },
  { label: '🇬🇧 English', value: 'en' },
];

export function askLanguage(ctx: FlowContext): void {
  ctx.choose(ctx.t('onboarding:chooseLanguage'), languageOptions);
}

/** Applies a language choice; null when the input was not one (the user has been told). */
export async function takeLanguage(ctx: FlowContext, input: StepInput): Promise<boolean> {
  const value = expectChoice(ctx, input);
  if (value === null || !isLang(value)) return false;
  // the context saves the user's language with the conversation's (one UPDATE, not a second one here)
  await ctx.setLanguage(value);
  return true;
}

export const languageFlow: Flow = {
  id: 'language',
  start: 'choose',
  steps: {
    choose: {
      prompt: askLanguage,
      async handle(ctx, input): Promise<StepResult> {
        if (!(await takeLanguage(ctx, input))) return { repeat: true };
        ctx.reply({ type: 'text', text: ctx.t('onboarding:languageSet') });
        const back = ctx.data.returnTo as { flow: string | null; step: string | null } | null | undefined;
        if (back?.flow && back.step && back.flow !== 'language') return { flow: back.flow, step: back.step };
        return { end: true };
      },
    },
  },
};
