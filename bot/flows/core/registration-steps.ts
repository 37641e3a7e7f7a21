// The producer's registration questions, as few as the platform needs: name, business, then one question for
// where they are ("Desa Prailiu, Kec. Kambera, Sumba Timur"), read into village, district and regency; only
// what that answer lacks is asked next (the island/regency picker, the district, the village). The phone is
// the WhatsApp sender's own number without asking; on Telegram and elsewhere it is shared or typed.
import type { FlowContext, Step, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { parseLocation } from '../shared/location-answer.ts';
import { resolvePlace } from '../../../domain/understanding/places.ts';
import { extractRegistration } from '../../../domain/understanding/extract.ts';
import { isNonAnswer } from '../../../domain/understanding/entities.ts';
import { normalise } from '../../../domain/understanding/normalise.ts';
import { areaByCode } from '../../../domain/understanding/places.ts';
import { offerList, readPlace, saysNothing, storePlace, takePhoneAlong, takePlaceChoice } from './registration-place.ts';
import { readPhone } from '../shared/phone-answer.ts';
import { promptIsland, promptRegionOn, readRegionAnswer } from '../shared/region-picker.ts';

/** What a producer has typed so far, kept when they cancel so the registration can be resumed. */
export const REGISTRATION_FIELDS = ['ownerName', 'businessName', 'island', 'regionCode', 'regionName', 'district', 'districtCode', 'village', 'phone', 'phoneTyped'];

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
      // "gk tau", "nanti aja": no name; asked again, never stored
      const value = isNonAnswer(text, ctx.lang) ? null : read(text);
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
    const typed = expectText(ctx, input, { min: 2, max: 200 });
    if (typed === null) return { stay: true };
    const text = takePhoneAlong(ctx, typed);
    // only a phone number: noted; the place is asked with the pickers
    if (text.length < 2) return { goto: firstMissing(ctx.data) === 'location' ? 'island' : firstMissing(ctx.data) };
    // a regency that is none of NTT's ("kab Jakarta") is never stored nor guessed from the rest: said, and
    // the picker asks for it
    const refused = parseLocation(text, await ctx.services.catalog.listRegions()).regionRefused;
    const asked = await readPlace(ctx, text, 'location');
    if (asked) return asked;
    // the refused words themselves name the NTT regency the area list read ("kab tts kak": TTS with a "kak"
    // after it): that reading stands; "kab Jakarta" names none and is refused
    const sameRegency = refused && ctx.data.regionCode && resolvePlace(refused, { scope: 'ntt', lang: ctx.lang })?.regency?.code === ctx.data.regionCode;
    if (refused && !sameRegency) {
      delete ctx.data.regionCode;
      delete ctx.data.regionName;
      ctx.reply({ type: 'text', text: ctx.t('onboarding:regionNotFound', { text: refused.slice(0, 60) }) });
      return { goto: firstMissing(ctx.data) };
    }
    // nothing from the list: the island and regency pickers ask, step by step
    if (!ctx.data.regionCode && !ctx.data.district) return { goto: 'island' };
    return noted(ctx);
  },
};

/** "Tercatat: Desa Oelnasi, Kec. Kupang Tengah, Kabupaten Kupang", then the first question left. */
function noted(ctx: FlowContext, quiet = false): StepResult {
  const missing = firstMissing(ctx.data);
  if (!quiet && ['island', 'district', 'village'].includes(missing)) ctx.reply({ type: 'text', text: ctx.t('onboarding:locationNoted', { place: placeLine(ctx) }) });
  return { goto: missing };
}

/** The district or village question: a name from the list (inside the regency / district), else the list. */
function placeStep(key: string, level: 'district' | 'village'): Step {
  return {
    prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t(key) }),
    maxText: 100,
    async handle(ctx, input): Promise<StepResult> {
      if (await takePlaceChoice(ctx, input)) return noted(ctx, true);
      const typed = expectText(ctx, input, { min: 2, max: 100 });
      if (typed === null) return { stay: true };
      const text = takePhoneAlong(ctx, typed);
      // only a phone number (noted): the question moves on to the list to tap, not the same words again
      if (text.length < 2 || saysNothing(text, ctx)) return offerList(ctx, level);
      const asked = await readPlace(ctx, text, level);
      if (asked) return asked;
      if (ctx.data[level]) return noted(ctx, true);
      // a village the list does not have yet: the name as typed, when it is a name
      const n = input.kind === 'text' && input.text === text ? input.normal : normalise(text, ctx.lang);
      if (level === 'village' && /^\p{L}[\p{L} '’.-]{1,60}$/u.test(text.trim()) && n.tokens.length <= 4) {
        await storePlace(ctx, { named: [], conflicts: [], spans: [], unmatched: [{ level: 'village', text: text.trim().replace(/^(desa|ds\.?|kelurahan|kel\.?)\s+/i, ''), start: 0, end: text.length }] });
        if (ctx.data.village) return noted(ctx, true);
      }
      return offerList(ctx, level);
    },
  };
}

/** "kupang": Kota Kupang or Kabupaten Kupang? */
const placeChoiceStep: Step = {
  prompt(ctx) {
    const codes = Array.isArray(ctx.data.placeOptions) ? (ctx.data.placeOptions as string[]) : [];
    if (!codes.length) return { goto: firstMissing(ctx.data) };
    ctx.choose(ctx.t('onboarding:whichPlace', { name: String(ctx.data.placeTyped ?? '') }), codes.map((code) => ({ label: placeLabel(ctx, code), value: `place:${code}` })));
  },
  async handle(ctx, input): Promise<StepResult> {
    if (await takePlaceChoice(ctx, input)) return noted(ctx);
    if (input.kind === 'text') {
      const text = takePhoneAlong(ctx, input.text);
      // a phone number typed ahead is noted; the choice stays to be tapped
      if (text.length < 2) return { repeat: true };
      const asked = await readPlace(ctx, text, 'location');
      if (asked) return asked;
      if (ctx.data.regionCode) return noted(ctx);
    }
    // anything else (a phone number typed ahead, a sticker) gets a word before the same choice again
    ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
    return { repeat: true };
  },
};

/** "Kec. Noebana", "Desa Fatumnasi": a district or village offered with its kind, a regency by its own name. */
function placeLabel(ctx: FlowContext, code: string): string {
  const area = areaByCode(code);
  if (!area) return code;
  return area.level === 'district' || area.level === 'village' ? ctx.t(`onboarding:place.${area.level}`, { name: area.name }) : area.name;
}

async function takeRegion(ctx: FlowContext, answer: Awaited<ReturnType<typeof readRegionAnswer>>, onIsland: StepResult): Promise<StepResult> {
  if (!answer) return { stay: true };
  if ('island' in answer) {
    ctx.data.island = answer.island;
    return onIsland;
  }
  ctx.data.regionCode = answer.region.code;
  ctx.data.regionName = answer.region.name;
  // a district named before that is not in this regency is asked again, never stored with it
  if (ctx.data.districtCode && !String(ctx.data.districtCode).startsWith(`${answer.region.code}.`)) {
    ctx.reply({ type: 'text', text: ctx.t('onboarding:placeOutside', { name: String(ctx.data.district), within: answer.region.name }) });
    for (const k of ['district', 'districtCode', 'village']) delete ctx.data[k];
  }
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

/** A name typed all in lower case is written as a name ("yohanes lado" → "Yohanes Lado"); otherwise as typed. */
const asName = (s: string) => (s === s.toLowerCase() ? s.replace(/(^|\s)(\p{L})/gu, (_, a: string, c: string) => a + c.toUpperCase()) : s);

/** The name, and whatever else the line says: "nama sy Yohanes Lado, usaha Madu Hutan Lado, desa Oelnasi". */
const ownerStep: Step = {
  prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t('onboarding:askOwnerName') }),
  maxText: 200,
  async handle(ctx, input): Promise<StepResult> {
    const text = expectText(ctx, input, { min: 2, max: 200 });
    if (text === null) return { stay: true };
    const r = isNonAnswer(text, ctx.lang) ? {} : extractRegistration(text, ctx.lang);
    if (!r.ownerName || r.ownerName.length < 2) {
      ctx.reply({ type: 'text', text: ctx.t('onboarding:errors.badPlace') });
      return { stay: true };
    }
    ctx.data.ownerName = asName(r.ownerName).slice(0, 100);
    if (r.businessName) ctx.data.businessName = asName(r.businessName).slice(0, 100);
    if (r.place) await storePlace(ctx, r.place);
    if (r.phone) Object.assign(ctx.data, { phone: r.phone.e164.replace(/^\+/, ''), phoneTyped: r.phone.text });
    return r.place ? noted(ctx) : next(ctx);
  },
};

export const registrationSteps: Record<string, Step> = {
  ownerName: ownerStep,
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
  district: placeStep('onboarding:askDistrict', 'district'),
  village: placeStep('onboarding:askVillage', 'village'),
  placeChoice: placeChoiceStep,
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
