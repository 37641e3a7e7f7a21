// First contact (onboarding-welcome.ts): the welcome in the language the person wrote in, "shop or sell?".
// A producer then answers the registration questions (registration-steps.ts) and is registered with the
// last answer, no separate confirmation: the details are shown with how to change them, and a listing begun
// with "mau jual …" goes on at once with its name filled in.
import type { Flow, StepResult } from '../../core/flow.ts';
import { takePendingProduct } from '../producer/sell-intent.ts';
import { welcomeStep } from './onboarding-welcome.ts';
import { firstMissing, REGISTRATION_FIELDS, registeredLines, registrationSteps } from './registration-steps.ts';

const DRAFT = 'registrationDraft';

export const onboardingFlow: Flow = {
  id: 'onboarding',
  start: 'role',
  // the registration questions take typed answers; the welcome's choices and the picker are choices
  form: (step) => !['role', 'register', 'finish'].includes(step),
  async onCancel(ctx) {
    const typed = Object.fromEntries(REGISTRATION_FIELDS.filter((k) => ctx.data[k] !== undefined).map((k) => [k, ctx.data[k]]));
    if (Object.keys(typed).length > 0) {
      ctx.sticky[DRAFT] = typed;
      ctx.reply({ type: 'text', text: ctx.t('conversation:registration.saved') });
    }
    // whoever cancels registering is a buyer with the language they chose: their menu is the buyer's
    if (!ctx.actor.onboarded) {
      await ctx.services.account.completeBuyerOnboarding(ctx.actor);
      await ctx.refreshActor();
    }
  },
  steps: {
    role: welcomeStep,
    register: {
      // "Jual produk" at the welcome, "Jual produk saya" (join.flow) or "mau jual …" from a buyer: resumes a kept draft
      prompt(ctx): StepResult {
        const draft = ctx.sticky[DRAFT];
        delete ctx.sticky[DRAFT];
        if (draft && typeof draft === 'object') {
          Object.assign(ctx.data, draft);
          ctx.reply({ type: 'text', text: ctx.t('conversation:registration.resume') });
        }
        return { goto: firstMissing(ctx.data) };
      },
    },
    ...registrationSteps,
    finish: {
      async prompt(ctx): Promise<StepResult> {
        const missing = firstMissing(ctx.data);
        if (missing !== 'finish') return { goto: missing };
        const d = ctx.data as Record<string, string>;
        await ctx.services.account.registerProducer(ctx.actor, {
          ownerName: d.ownerName!,
          businessName: d.businessName!,
          regionCode: d.regionCode!,
          district: d.district!,
          village: d.village!,
          phone: d.phone,
        });
        await ctx.refreshActor();
        ctx.reply({ type: 'text', text: ctx.t('onboarding:producerWelcome', registeredLines(ctx)) });
        // "mau jual kain tenun" before registering: the listing starts now with that name
        const pending = takePendingProduct(ctx);
        return pending ? { flow: 'product-add', data: { prefillName: pending } } : { end: true };
      },
    },
  },
};
