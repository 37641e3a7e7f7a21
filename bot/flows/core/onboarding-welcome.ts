// The first contact: no language question first. The first message's language is read (Indonesian unless it
// is clearly English), the welcome in that language asks at once "shop or sell?", with the other language as a
// third choice. A first message that already says what the person wants ("mau jual kain tenun", "cari kopi")
// is answered at once by the engine's intents, after a one-line welcome.
import type { Lang } from '../../../domain/lib/i18n.ts';
import { detectLanguage } from '../../core/detect-language.ts';
import type { FlowContext, Step, StepResult } from '../../core/flow.ts';
import { intentOf } from '../../core/intents.ts';
import { classify } from '../../../domain/understanding/classifier.ts';
import { saysVerb } from '../../../domain/understanding/understand.ts';
import { expectChoice, UnhandledInput } from '../../core/step-helpers.ts';

/** Speaks the language the first typed message was written in (kept when it says nothing either way). */
async function adoptTypedLanguage(ctx: FlowContext): Promise<void> {
  if (ctx.event.type !== 'text') return;
  const lang = detectLanguage(ctx.event.text);
  if (lang && lang !== ctx.lang) await ctx.setLanguage(lang);
}

const otherLanguage = (lang: Lang): Lang => (lang === 'id' ? 'en' : 'id');

export const welcomeStep: Step = {
  async prompt(ctx) {
    const greet = !ctx.data.greeted || ctx.data.greetAgain;
    if (!ctx.data.greeted) await adoptTypedLanguage(ctx);
    ctx.data.greeted = true;
    delete ctx.data.greetAgain;
    const other = otherLanguage(ctx.lang);
    const question = ctx.t('onboarding:askRole');
    ctx.choose(greet ? `${ctx.t('onboarding:welcome')}\n\n${question}` : question, [
      { label: ctx.t('onboarding:roleBuyer'), value: 'buyer' },
      { label: ctx.t('onboarding:roleProducer'), value: 'producer' },
      { label: ctx.t(other === 'en' ? 'onboarding:toEnglish' : 'onboarding:toIndonesian'), value: `lang:${other}` },
    ]);
  },
  help: 'onboarding:roleHelp',
  async handle(ctx, input): Promise<StepResult> {
    if (!ctx.data.greeted) {
      // the very first message: nothing was asked yet
      await adoptTypedLanguage(ctx);
      if (input.kind === 'text' && (intentOf(input.text) || (await meansSomething(input.text, ctx)))) {
        ctx.data.greeted = true;
        ctx.reply({ type: 'text', text: ctx.t('onboarding:welcome') });
        // the engine reads the intent ("mau jual kain tenun" registers first, then lists it)
        throw new UnhandledInput();
      }
      return { repeat: true };
    }
    const value = expectChoice(ctx, input);
    if (value === 'buyer') {
      await ctx.services.account.completeBuyerOnboarding(ctx.actor);
      await ctx.refreshActor({ onboarded: true });
      ctx.reply({ type: 'text', text: ctx.t('onboarding:buyerWelcome') });
      return { end: true };
    }
    if (value === 'producer') return { goto: 'register' };
    if (value === 'lang:id' || value === 'lang:en') {
      await ctx.setLanguage(value.slice(5) as Lang);
      ctx.data.greetAgain = true;
    }
    return { repeat: true };
  },
};

/** A first message the classifier reads as selling or looking (with its verb) or as a question: not lost behind the welcome. */
async function meansSomething(text: string, ctx: Parameters<NonNullable<typeof welcomeStep.handle>>[0]): Promise<boolean> {
  const { intent } = await classify(text, ctx.lang);
  if (!intent || intent === 'greeting' || intent === 'thanks') return false;
  return intent === 'sell' || intent === 'buy' ? saysVerb(intent, text, ctx.lang) : true;
}
