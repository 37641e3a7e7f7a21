// Where a producer is, read from the national area list (domain/understanding/places.ts): one answer
// ("desa oelnasi kupang tengah kab kupang", "SBD", "Prailiu, Kambera, Sumtim") fills the regency, district and
// village that fit together; "kupang" asks which of the two; a district or village outside the regency
// already given is questioned, never stored as typed; a village the list does not know is kept only when
// announced as one ("desa Beiposo") under a known district. Every answer says what was understood.
import type { FlowContext, StepInput, StepResult } from '../../core/flow.ts';
import { findPhones, isNonAnswer } from '../../../domain/understanding/entities.ts';
import { lexicon } from '../../../domain/understanding/lexicon.ts';
import { withoutSpans } from '../../../domain/understanding/numbers.ts';
import { normalise } from '../../../domain/understanding/normalise.ts';
import { areaByCode, areasIn, resolvePlace, type Area, type PlaceResolution } from '../../../domain/understanding/places.ts';

export type PlaceLevel = 'location' | 'district' | 'village';

const titled = (s: string) => (s === s.toLowerCase() ? s.replace(/(^|\s)(\p{L})/gu, (_, a: string, c: string) => a + c.toUpperCase()) : s);

/** Stores what a resolution says; returns false when it stored nothing. */
export async function storePlace(ctx: FlowContext, place: PlaceResolution): Promise<boolean> {
  const d = ctx.data;
  let stored = false;
  if (place.regency && place.regency.code.startsWith('53.')) {
    const region = (await ctx.services.catalog.listRegions()).find((r) => r.code === place.regency!.code);
    if (region) {
      Object.assign(d, { regionCode: region.code, regionName: region.name });
      stored = true;
    }
  }
  if (place.district && d.regionCode && place.district.code.startsWith(`${String(d.regionCode)}.`)) {
    Object.assign(d, { district: place.district.name, districtCode: place.district.code });
    stored = true;
  }
  if (place.village && d.districtCode && place.village.code.startsWith(`${String(d.districtCode)}.`)) {
    d.village = place.village.name;
    stored = true;
  }
  const typed = place.unmatched.find((u) => u.level === 'village');
  if (!d.village && typed && d.districtCode && /^\p{L}[\p{L} '’-]{1,60}$/u.test(typed.text)) {
    d.village = titled(typed.text.trim());
    stored = true;
  }
  return stored;
}

/** The answer's places, or what to ask instead; null when the answer names no place at all. */
export async function readPlace(ctx: FlowContext, text: string, level: PlaceLevel): Promise<StepResult | null> {
  const d = ctx.data;
  const within = level === 'village' && d.districtCode ? String(d.districtCode) : level !== 'location' && d.regionCode ? String(d.regionCode) : undefined;
  const prefer = level === 'location' ? undefined : level;
  const place = resolvePlace(text, { scope: 'ntt', lang: ctx.lang, ...(within ? { within } : {}), ...(prefer ? { prefer } : {}) });
  if (!place) return null;
  if (place.ambiguous) {
    d.placeOptions = place.ambiguous.options.map((a) => a.code);
    d.placeTyped = place.ambiguous.options[0]!.level === 'village' ? text.trim().slice(0, 40) : areaWord(text, place);
    d.placeText = text.slice(0, 200);
    return { goto: 'placeChoice' };
  }
  if (!place.named.length && place.conflicts.length) {
    const where = areaByCode(within ?? '');
    ctx.reply({ type: 'text', text: ctx.t('onboarding:placeOutside', { name: place.conflicts[0]!.name, within: where?.name ?? '' }) });
    return { stay: true };
  }
  return (await storePlace(ctx, place)) ? null : { stay: true };
}

/** The choices of a level when typed words matched nothing there: the districts of the regency, the villages of the district. */
export function offerList(ctx: FlowContext, level: 'district' | 'village'): StepResult {
  const parent = String(level === 'district' ? ctx.data.regionCode : ctx.data.districtCode);
  const areas: Area[] = areasIn(parent);
  if (!areas.length) return { stay: true };
  ctx.choose(ctx.t(level === 'district' ? 'onboarding:pickDistrict' : 'onboarding:pickVillage', { within: areaByCode(parent)?.name ?? '' }), areas.map((a) => ({ label: a.name, value: `place:${a.code}` })));
  return { stay: true };
}

/** A tap on one of the offered places (or the ambiguous ones). */
export async function takePlaceChoice(ctx: FlowContext, input: StepInput): Promise<boolean> {
  if (input.kind !== 'choice' || !input.value.startsWith('place:')) return false;
  const area = areaByCode(input.value.slice(6));
  if (!area) return false;
  const place: PlaceResolution = { named: [area.level], conflicts: [], spans: [], unmatched: [] };
  place[area.level] = area;
  for (const level of ['regency', 'district'] as const) {
    const code = area.code.split('.').slice(0, level === 'regency' ? 2 : 3).join('.');
    if (code !== area.code) place[level] = areaByCode(code);
  }
  // the rest of the answer that was ambiguous, read again inside the place chosen ("desa Umanen" in Atambua Barat)
  const typed = typeof ctx.data.placeText === 'string' ? ctx.data.placeText : '';
  for (const k of ['placeOptions', 'placeTyped', 'placeText']) delete ctx.data[k];
  const again = typed ? resolvePlace(typed, { scope: 'ntt', lang: ctx.lang, within: area.code }) : null;
  const stored = await storePlace(ctx, place);
  if (again && !again.ambiguous && again.named.length) await storePlace(ctx, again);
  return stored;
}

/** The words of the answer that were read two ways ("Atambua" of "desa Umanen, kec Atambua, Belu"). */
function areaWord(text: string, place: PlaceResolution): string {
  const options = place.ambiguous!.options;
  const words = text.split(/[\s,.;]+/).filter((w) => options.some((o) => o.name.toLowerCase().includes(w.toLowerCase()) && w.length > 2));
  return (words.join(' ') || text.trim()).slice(0, 40);
}

/** "gk tau", "blm tau", "lewati" where a place was asked: no place, asked again. */
export const saysNothing = (text: string, ctx: FlowContext) => isNonAnswer(text, ctx.lang) || !/\p{L}/u.test(normalise(text, ctx.lang).text);

/**
 * A phone number typed at a place question ("081234567890", "desa Oelnasi, hp 0812…"): people answer ahead,
 * or in one line. The number is stored (the phone question is then skipped) and said back; what is left of
 * the text is the place answer ("" when the message was only the number). Without a number, the text as is.
 */
export function takePhoneAlong(ctx: FlowContext, text: string): string {
  const phones = findPhones(text);
  if (!phones.length) return text;
  const phone = phones[0]!;
  Object.assign(ctx.data, { phone: phone.e164.replace(/^\+/, ''), phoneTyped: phone.text.trim() });
  ctx.reply({ type: 'text', text: ctx.t('onboarding:phoneNoted', { phone: phone.text.trim() }) });
  // what is left may be only the words around the number ("hp sy", "ini no wa saya"): then nothing
  const rest = withoutSpans(text, phones).replace(/[\s,;:.-]+$/u, '').trim();
  const lex = lexicon(ctx.lang);
  const around = new Set([...lex.fillers, ...lex.honorifics, ...(lex.slots.get('intro') ?? []), ...(lex.slots.get('phone') ?? []).flatMap((p) => p.split(' ')), 'nomor', 'telepon', 'hp', 'wa']);
  return normalise(rest, ctx.lang).tokens.some((t) => t.kind === 'word' && t.norm.split(' ').some((w) => !around.has(w))) ? rest : '';
}
