// Checks of a delivery address in Indonesia, so answers typed in the wrong order ("Jakarta Barat" as the
// street address, "11530" as the province) are explained and asked again instead of stored.
import { bestMatch } from '../../../domain/search/fuzzy.ts';
import { normalizeText } from '../../../domain/search/normalize.ts';
import { PROVINCES, placeName, type Province } from '../../../domain/lib/indonesia-places.ts';
import type { FlowContext } from '../../core/flow.ts';
import { editDistance } from '../../core/intents.ts';

export const NTT = 'Nusa Tenggara Timur';
export const ADDRESS_MIN = 10;
export const ADDRESS_MAX = 300;

export type Checked = { ok: true; value: string } | { ok: false; key: string; params?: Record<string, string> };
const refuse = (key: string, params?: Record<string, string>): Checked => ({ ok: false, key: `forms:address.${key}`, params });

const provinceWords = new Set(PROVINCES.flatMap((p) => [p.name, ...p.aliases].map((n) => normalizeText(n))));
const onlyDigits = (text: string) => /^[\d\s.-]+$/.test(text.trim());

/** Every known place → the provinces it is in (a name can be in two, e.g. Banjar). */
async function placeIndex(ctx: FlowContext): Promise<Map<string, { name: string; provinces: Set<string> }>> {
  const index = new Map<string, { name: string; provinces: Set<string> }>();
  const add = (name: string, province: string) => {
    const key = placeName(name);
    const entry = index.get(key) ?? { name, provinces: new Set<string>() };
    entry.provinces.add(province);
    index.set(key, entry);
  };
  for (const p of PROVINCES) for (const place of p.places) add(place, p.name);
  for (const r of await ctx.services.catalog.listRegions()) for (const n of [r.name, r.shortName, r.seat]) if (n) add(n, NTT);
  return index;
}

export function readProvince(text: string): { ok: true; province: Province } | { ok: false; key: string } {
  if (onlyDigits(text)) return { ok: false, key: 'forms:address.provinceIsNumber' };
  const province = bestMatch(text, PROVINCES, (p) => [p.name, ...p.aliases]);
  return province ? { ok: true, province } : { ok: false, key: 'forms:address.provinceNotFound' };
}

/** Knows the city of the regencies/cities we list (typos allowed): its name as written there, and its provinces. */
async function knownPlace(ctx: FlowContext, name: string): Promise<{ name: string; provinces: Set<string> } | undefined> {
  const index = await placeIndex(ctx);
  const known = index.get(name);
  if (known) return known;
  // typos only in longer names: "Bandar" must not become Banjar, "Jakarta Brat" is Jakarta Barat
  const allowed = name.length >= 12 ? 2 : name.length >= 8 ? 1 : 0;
  const close = allowed ? [...index.entries()].filter(([key]) => editDistance(name, key, allowed) <= allowed) : [];
  return close.length === 1 ? close[0]![1] : undefined;
}

/** A regency/city: letters, not a postcode nor a province; a known one is written as we know it. */
export async function readCity(ctx: FlowContext, text: string): Promise<Checked> {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (onlyDigits(typed)) return refuse('cityIsNumber');
  const name = placeName(typed);
  if (name.length < 3 || !/\p{L}/u.test(name)) return refuse('cityTooShort');
  if (name.length > 60) return refuse('cityTooLong');
  const known = await knownPlace(ctx, name);
  if (!known && provinceWords.has(name)) return refuse('cityIsProvince', { text: typed });
  return { ok: true, value: known && placeName(known.name) !== name ? known.name : typed };
}

/** The province must hold the regency/city typed before, when we know where that one lies. */
export async function cityInProvince(ctx: FlowContext, city: string, province: string): Promise<Checked> {
  const known = await knownPlace(ctx, placeName(city));
  if (known && !known.provinces.has(province)) return refuse('provinceNotOfCity', { city: known.name, other: [...known.provinces].join(' / '), province });
  return { ok: true, value: province };
}

export async function readAddress(ctx: FlowContext, text: string): Promise<Checked> {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (typed.length > ADDRESS_MAX) return refuse('addressTooLong', { max: String(ADDRESS_MAX) });
  if (onlyDigits(typed)) return refuse('addressIsNumber');
  const name = placeName(typed);
  // only a city or a province: the street is missing
  if ((await placeIndex(ctx)).has(name) || provinceWords.has(name)) return refuse('addressOnlyPlace', { text: typed });
  if (typed.length < ADDRESS_MIN || typed.split(' ').length < 2) return refuse('addressTooShort', { min: String(ADDRESS_MIN) });
  return { ok: true, value: typed };
}

/** Indonesian postcodes: five digits, the first never 0. */
export function readPostcode(text: string): string | null {
  const code = text.replace(/[\s.-]+/g, '');
  return /^[1-9]\d{4}$/.test(code) ? code : null;
}
