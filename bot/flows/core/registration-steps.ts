// The producer's registration questions, as few as the platform needs: name, business, then one question for
// where they are ("Desa Prailiu, Kec. Kambera, Sumba Timur"), read into village, district and regency; only
// what that answer lacks is asked next (the island/regency picker, the district, the village). The phone is
// the WhatsApp sender's own number without asking; on Telegram and elsewhere it is shared or typed.
import type { FlowContext, Step, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { parseLocation, placeName } from '../shared/location-answer.ts';
import { readPhone } from '../shared/phone-answer.ts';
import { promptIsland, promptRegionOn, readRegionAnswer } from '../shared/region-picker.ts';

/** What a producer has typed so far, kept when they cancel so the registration can be resumed. */
export const REGISTRATION_FIELDS = ['ownerName', 'businessName', 'island', 'regionCode', 'regionName', 'district', 'village', 'phone', 'phoneTyped'];

/** The first registration question without an answer; 'finish' when all are there. */
export function firstMissing(d: Record<string, unknown>): string {
  if (!d.ownerName) return 'ownerName';
  if (!d.businessName) return 'businessName';
  if (!d.regionCode && !d.island && !d.district && !d.village) return 'location';
  if (!d.regionCode) return d.island ? 'region' : 'island';
  if (!d.district) return 'district';
  if (!d.village) return 'village';
  if (!d.phone) return 'phone';
  return 'finish';
}

const next = (ctx: FlowContext): StepResult => ({ goto: firstMissing(ctx.data) });

/** A step asking for one short text, kept in the flow's data under `field`. */
function textStep(key: string, field: string, read: (text: string) => string | null = (t) => t): Step {
  return {
    prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t(key) }),
    maxText: 100,
    handle(ctx, input): StepResult {
      const text = expectText(ctx, input, { min: 2, max: 100 });
      if (text === null) return { stay: true };
      const value = read(text);
      if (value === null) {
        ctx.reply({ type: 'text', text: ctx.t('onboarding:errors.badPlace') });
        return { stay: true };
      }
      ctx.data[field] = value;
      return next(ctx);
    },
  };
}

/** "Desa Beiposo, Kec. Bajawa, Kabupaten Ngada" as far as it is known. */
function placeLine(ctx: FlowContext): string {
  const d = ctx.data;
  return [
    d.village ? ctx.t('onboarding:place.village', { name: d.village }) : null,
    d.district ? ctx.t('onboarding:place.district', { name: d.district }) : null,
    d.regionName ? String(d.regionName) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

const locationStep: Step = {
  prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t('onboarding:askLocation') }),
  maxText: 200,
  async handle(ctx, input): Promise<StepResult> {
    const text = expectText(ctx, input, { min: 2, max: 200 });
    if (text === null) return { stay: true };
    const found = parseLocation(text, await ctx.services.catalog.listRegions());
    if (!found.region && !found.regionRefused && !found.district && !found.village) {
      ctx.reply({ type: 'text', text: ctx.t('onboarding:errors.locationUnreadable') });
      return { stay: true };
    }
    if (found.region) Object.assign(ctx.data, { regionCode: found.region.code, regionName: found.region.name });
    if (found.district) ctx.data.district = found.district;
    if (found.village) ctx.data.village = found.village;
    const missing = firstMissing(ctx.data);
    // a regency that is none of NTT's is never stored: said, and the picker asks for it
    if (found.regionRefused) ctx.reply({ type: 'text', text: ctx.t('onboarding:regionNotFound', { text: found.regionRefused.slice(0, 60) }) });
    else if (['island', 'district', 'village'].includes(missing)) ctx.reply({ type: 'text', text: ctx.t('onboarding:locationNoted', { place: placeLine(ctx) }) });
    return { goto: missing };
  },
};

async function takeRegion(ctx: FlowContext, answer: Awaited<ReturnType<typeof readRegionAnswer>>, onIsland: StepResult): Promise<StepResult> {
  if (!answer) return { stay: true };
  if ('island' in answer) {
    ctx.data.island = answer.island;
    return onIsland;
  }
  ctx.data.regionCode = answer.region.code;
  ctx.data.regionName = answer.region.name;
  return next(ctx);
}

const phoneStep: Step = {
  prompt(ctx): StepResult | void {
    if (ctx.channel === 'WHATSAPP') {
      // the number the villager writes from is the one buyers and officials call: no question (changed in the profile)
      // (a WhatsApp "@lid" id is no phone number: then it is asked as elsewhere)
      const own = /@lid$/.test(ctx.event.senderId) ? null : readPhone(ctx.event.senderId.replace(/@.*$/, ''));
      if (own) {
        Object.assign(ctx.data, { phone: own.normalized, phoneTyped: `+${own.normalized}` });
        return next(ctx);
      }
    }
    if (ctx.channel === 'TELEGRAM') ctx.request('contact', ctx.t('onboarding:askPhoneTelegram'), ctx.t('onboarding:shareContact'));
    else ctx.reply({ type: 'text', text: ctx.t('onboarding:askPhone') });
  },
  handle(ctx, input): StepResult {
    const raw = input.kind === 'contact' ? input.phone : input.kind === 'text' ? input.text : null;
    const phone = raw ? readPhone(raw) : null;
    if (!phone) {
      ctx.reply({ type: 'text', text: ctx.t('onboarding:errors.badPhone') });
      return { stay: true };
    }
    ctx.data.phone = phone.normalized;
    ctx.data.phoneTyped = input.kind === 'text' ? phone.typed : phone.normalized;
    return next(ctx);
  },
};

export const registrationSteps: Record<string, Step> = {
  ownerName: textStep('onboarding:askOwnerName', 'ownerName'),
  businessName: textStep('onboarding:askBusinessName', 'businessName'),
  location: locationStep,
  island: {
    prompt: (ctx) => promptIsland(ctx),
    handle: async (ctx, input) => takeRegion(ctx, await readRegionAnswer(ctx, input), { goto: 'region' }),
  },
  region: {
    prompt: (ctx) => promptRegionOn(ctx, String(ctx.data.island)),
    handle: async (ctx, input) => takeRegion(ctx, await readRegionAnswer(ctx, input), { repeat: true }),
  },
  district: textStep('onboarding:askDistrict', 'district', placeName),
  village: textStep('onboarding:askVillage', 'village', placeName),
  phone: phoneStep,
};

/** The registered details as the producer sees them after registering. */
export function registeredLines(ctx: FlowContext): Record<string, string> {
  const d = ctx.data;
  return {
    ownerName: String(d.ownerName),
    businessName: String(d.businessName),
    region: String(d.regionName),
    district: String(d.district),
    village: String(d.village),
    phone: String(d.phoneTyped ?? d.phone ?? '-'),
  };
}
