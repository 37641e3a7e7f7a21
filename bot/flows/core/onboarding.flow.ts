// First contact: language, then buyer or producer. A producer gives their name, business, regency,
// district, village and phone (taken from WhatsApp, shared as a Telegram contact, or typed).
import { normalizePhone } from '../../../api/services/account.service.ts';
import type { Flow, FlowContext, Step, StepResult } from '../../core/flow.ts';
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
    phone: d.phone ?? '-',
  });
}

export const onboardingFlow: Flow = {
  id: 'onboarding',
  start: 'language',
  steps: {
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
        if (input.kind === 'choice' && input.value === 'own') raw = ctx.event.senderId;
        else if (input.kind === 'contact') raw = input.phone;
        else if (input.kind === 'text') raw = input.text;
        const phone = raw ? normalizePhone(raw) : null;
        if (!phone) {
          ctx.reply({ type: 'text', text: ctx.t('onboarding:errors.badPhone') });
          return { stay: true };
        }
        ctx.data.phone = phone;
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
        return { end: true };
      },
    },
  },
};
