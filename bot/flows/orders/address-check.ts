// Checks of a delivery address in Indonesia, so answers typed in the wrong order ("Jakarta Barat" as the
// street address, "11530" as the province) are explained and asked again instead of stored.
import { normalizeText } from '../../../domain/search/normalize.ts';
import { findProvince, isProvinceName, provinceOfArea, provinces, regencyIndex, type Province } from '../../../domain/understanding/provinces.ts';
import type { FlowContext } from '../../core/flow.ts';
import { editDistance } from '../../core/intents.ts';

export const NTT = 'Nusa Tenggara Timur';
export const ADDRESS_MIN = 10;
export const ADDRESS_MAX = 300;

export type Checked = { ok: true; value: string } | { ok: false; key: string; params?: Record<string, string> };
const refuse = (key: string, params?: Record<string, string>): Checked => ({ ok: false, key: `forms:address.${key}`, params });

const onlyDigits = (text: string) => /^[\d\s.-]+$/.test(text.trim());

/** "Kota Kupang", "Kab. Ngada", "Kabupaten Sikka" → the place name alone. */
export function placeName(text: string): string {
  return normalizeText(text).replace(/^(kota|kabupaten|kab|kotamadya|city of|regency of)\s+/u, '').trim();
}

type Known = { name: string; provinces: Set<string> };

/** Every regency and city of Indonesia (the national list: names, short forms, towns) → the provinces it is in. */
let index: Map<string, Known> | null = null;
function placeIndex(): Map<string, Known> {
  index ??= new Map(
    [...regencyIndex()].map(([key, areas]) => [key, { name: areas.length === 1 ? areas[0]!.name : areas[0]!.short, provinces: new Set(areas.map((a) => provinceOfArea(a)!.name)) }]),
  );
  return index;
}

export function readProvince(text: string): { ok: true; province: Province } | { ok: false; key: string } {
  if (onlyDigits(text)) return { ok: false, key: 'forms:address.provinceIsNumber' };
  const province = findProvince(text);
  return province ? { ok: true, province } : { ok: false, key: 'forms:address.provinceNotFound' };
}

/** Knows every regency/city of the national list (typos allowed): its name as written there, and its provinces. */
function knownPlace(name: string): Known | undefined {
  const places = placeIndex();
  const known = places.get(name);
  if (known) return known;
  // "Jakarta": a province whose cities carry its name ("Jakarta Pusat" …) is a city to the buyer
  if (isProvinceName(name)) {
    const province = findProvince(name);
    const cities = [...places.entries()].filter(([key, k]) => key.startsWith(name + ' ') && province && k.provinces.has(province.name));
    if (province && cities.length) return { name: name.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), provinces: new Set([province.name]) };
  }
  // typos only in longer names: "Bandar" must not become Banjar, "Jakarta Brat" is Jakarta Barat
  const allowed = name.length >= 12 ? 2 : name.length >= 8 ? 1 : 0;
  const close = allowed ? [...places.entries()].filter(([key]) => Math.abs(key.length - name.length) <= allowed && editDistance(name, key, allowed) <= allowed) : [];
  return close.length === 1 ? close[0]![1] : undefined;
}

/** A regency/city: letters, not a postcode nor a province; a known one is written as we know it. */
export async function readCity(ctx: FlowContext, text: string): Promise<Checked> {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (onlyDigits(typed)) return refuse('cityIsNumber');
  const name = placeName(typed);
  if (name.length < 3 || !/\p{L}/u.test(name)) return refuse('cityTooShort');
  if (name.length > 60) return refuse('cityTooLong');
  const known = knownPlace(name);
  if (!known && isProvinceName(name)) return refuse('cityIsProvince', { text: typed });
  // a typo is written as the list writes the place; a name it knows (a town, a short form) stays as typed
  return { ok: true, value: known && !placeIndex().has(name) && placeName(known.name) !== name ? known.name : typed };
}

/** The province must hold the regency/city typed before, when we know where that one lies. */
export async function cityInProvince(ctx: FlowContext, city: string, province: string): Promise<Checked> {
  const known = knownPlace(placeName(city));
  if (known && !known.provinces.has(province)) return refuse('provinceNotOfCity', { city: known.name, other: [...known.provinces].join(' / '), province });
  return { ok: true, value: province };
}

export async function readAddress(ctx: FlowContext, text: string): Promise<Checked> {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (typed.length > ADDRESS_MAX) return refuse('addressTooLong', { max: String(ADDRESS_MAX) });
  if (onlyDigits(typed)) return refuse('addressIsNumber');
  const name = placeName(typed);
  // only a city or a province: the street is missing
  if (placeIndex().has(name) || isProvinceName(name)) return refuse('addressOnlyPlace', { text: typed });
  if (typed.length < ADDRESS_MIN || typed.split(' ').length < 2) return refuse('addressTooShort', { min: String(ADDRESS_MIN) });
  return { ok: true, value: typed };
}

/** Indonesian postcodes: five digits, the first never 0. */
export function readPostcode(text: string): string | null {
  const code = text.replace(/[\s.-]+/g, '');
  return /^[1-9]\d{4}$/.test(code) ? code : null;
}
