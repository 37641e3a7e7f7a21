// First contact: language, then buyer or producer. A producer gives their name, business, regency,
// district, village and phone (taken from WhatsApp, shared as a Telegram contact, or typed).
import { normalizePhone } from '../../../api/services/account.service.ts';
import type { Flow, FlowContext, Step, StepResult } from '../../core/flow.ts';
import { readPhone } from '../shared/phone-answer.ts';
import { takePendingProduct } from '../producer/sell-intent.ts';
import { expectChoice, expectText } from '../../core/step-helpers.ts';
import { promptIsland, promptRegionOn, readRegionAnswer } from '../shared/region-picker.ts';
import { askLanguage, takeLanguage } from './language.flow.ts';

/** A step asking for one short text, kept in the flow's data under `field`. */
const textStep = (key: string, field: string, next: string, max = 100): Step => ({
  prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t(key) }),
  handle(ctx, input): StepResult {
    const value = expectText(ctx, input, { min: 2, max });
    if (value === null) return { stay: true };
    ctx.data[field] = value;
    return { goto: next };
  },
});

function summary(ctx: FlowContext): string {
  const d = ctx.data;
  return ctx.t('onboarding:producerSummary', {
    ownerName: d.ownerName,
    businessName: d.businessName,
    region: d.regionName,
    district: d.district,
    village: d.village,
    phone: d.phoneTyped ?? d.phone ?? '-',
  });
}

/** What a producer has typed so far, kept when they cancel so the registration can be resumed. */
const REGISTRATION_FIELDS = ['ownerName', 'businessName', 'island', 'regionCode', 'regionName', 'district', 'village', 'phone', 'phoneTyped'];
const DRAFT = 'registrationDraft';

/** The first registration question without an answer. */
function firstMissing(d: Record<string, unknown>): string {
  if (!d.ownerName) return 'ownerName';
  if (!d.businessName) return 'businessName';
  if (!d.regionCode) return d.island ? 'region' : 'island';
  if (!d.district) return 'district';
  if (!d.village) return 'village';
  if (!d.phone) return 'phone';
  return 'confirm';
}

export const onboardingFlow: Flow = {
  id: 'onboarding',
  start: 'language',
  // the registration questions take typed answers; the language and role questions are choices
  form: (step) => !['language', 'role', 'register'].includes(step),
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
    register: {
      // "Jual produk saya" (join.flow) from the buyer menu, or "mau jual …" from a buyer: resumes a kept draft
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
    language: {
      prompt(ctx) {
        ctx.reply({ type: 'text', text: ctx.t('onboarding:welcome') });
        askLanguage(ctx);
      },
      async handle(ctx, input) {
        if (!(await takeLanguage(ctx, input))) return { repeat: true };
        ctx.reply({ type: 'text', text: ctx.t('onboarding:languageSet') });
        return { goto: 'role' };
      },
    },
    role: {
      prompt(ctx) {
        ctx.choose(ctx.t('onboarding:askRole'), [
          { label: ctx.t('onboarding:roleBuyer'), value: 'buyer' },
          { label: ctx.t('onboarding:roleProducer'), value: 'producer' },
        ]);
      },
      help: 'onboarding:roleHelp',
      async handle(ctx, input): Promise<StepResult> {
        const role = expectChoice(ctx, input);
        if (role === 'buyer') {
          await ctx.services.account.completeBuyerOnboarding(ctx.actor);
          await ctx.refreshActor();
          ctx.reply({ type: 'text', text: ctx.t('onboarding:buyerWelcome') });
          return { end: true };
        }
        if (role === 'producer') return { goto: 'ownerName' };
        return { repeat: true };
      },
    },
    ownerName: textStep('onboarding:askOwnerName', 'ownerName', 'businessName'),
    businessName: textStep('onboarding:askBusinessName', 'businessName', 'island'),
    island: {
      prompt: (ctx) => promptIsland(ctx),
      async handle(ctx, input): Promise<StepResult> {
        const answer = await readRegionAnswer(ctx, input);
        if (!answer) return { stay: true };
        if ('island' in answer) {
          ctx.data.island = answer.island;
          return { goto: 'region' };
        }
        ctx.data.regionCode = answer.region.code;
        ctx.data.regionName = answer.region.name;
        return { goto: 'district' };
      },
    },
    region: {
      prompt: (ctx) => promptRegionOn(ctx, String(ctx.data.island)),
      async handle(ctx, input): Promise<StepResult> {
        const answer = await readRegionAnswer(ctx, input);
        if (!answer) return { stay: true };
        if ('island' in answer) {
          ctx.data.island = answer.island;
          return { repeat: true };
        }
        ctx.data.regionCode = answer.region.code;
        ctx.data.regionName = answer.region.name;
        return { goto: 'district' };
      },
    },
    district: textStep('onboarding:askDistrict', 'district', 'village'),
    village: textStep('onboarding:askVillage', 'village', 'phone'),
    phone: {
      prompt(ctx) {
        if (ctx.channel === 'WHATSAPP') {
          const own = normalizePhone(ctx.event.senderId);
          ctx.choose(ctx.t('onboarding:askPhoneWhatsApp', { phone: own ?? ctx.event.senderId }), [{ label: ctx.t('onboarding:useThisNumber'), value: 'own' }]);
        } else if (ctx.channel === 'TELEGRAM') {
          ctx.request('contact', ctx.t('onboarding:askPhoneTelegram'), ctx.t('onboarding:shareContact'));
        } else {
          ctx.reply({ type: 'text', text: ctx.t('onboarding:askPhone') });
        }
      },
      handle(ctx, input): StepResult {
        let raw: string | null = null;
        if (input.kind === 'choice' && input.value === 'own') raw = ctx.event.senderId.replace(/@.*$/, '');
        else if (input.kind === 'contact') raw = input.phone;
        else if (input.kind === 'text') raw = input.text;
        const phone = raw ? readPhone(raw) : null;
        if (!phone) {
          ctx.reply({ type: 'text', text: ctx.t('onboarding:errors.badPhone') });
          return { stay: true };
        }
        ctx.data.phone = phone.normalized;
        ctx.data.phoneTyped = input.kind === 'text' ? phone.typed : phone.normalized;
        return { goto: 'confirm' };
      },
    },
    confirm: {
      prompt(ctx) {
        ctx.choose(summary(ctx), [
          { label: ctx.t('engine:buttons.confirm'), value: 'yes' },
          { label: ctx.t('onboarding:editAgain'), value: 'edit' },
        ]);
      },
      async handle(ctx, input): Promise<StepResult> {
        const value = expectChoice(ctx, input);
        if (value === 'edit') return { goto: 'ownerName' };
        if (value !== 'yes') return { repeat: true };
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
        ctx.reply({ type: 'text', text: ctx.t('onboarding:producerWelcome', { businessName: d.businessName }) });
        // "mau jual kain tenun" before registering: the listing starts now with that name
        const pending = takePendingProduct(ctx);
        return pending ? { flow: 'product-add', data: { prefillName: pending } } : { end: true };
      },
    },
  },
};
