// Where a parcel goes, in the four zones producers price: the producer's own regency, elsewhere in NTT, the
// rest of Indonesia, abroad. Pure: the regencies come from the reference data the caller passes in.
import type { ShippingZone } from '../../prisma/generated/client.ts';
import { bestMatch } from '../search/fuzzy.ts';
import { normalizeText } from '../search/normalize.ts';

export const ZONES: ShippingZone[] = ['SAME_REGENCY', 'NTT', 'INDONESIA', 'ABROAD'];

export interface RegionRef {
  code: string;
  name: string;
  shortName: string;
  seat: string;
}

export interface Destination {
  /** "ID" for Indonesia, otherwise the country as the buyer wrote it */
  country: string;
  province?: string | null;
  city?: string | null;
}

const INDONESIA = new Set(['id', 'ri', 'indonesia', 'indo', 'nkri']);
const NTT = /\b(ntt|nusa tenggara timur)\b/;
// countries buyers of NTT products name most (Timor-Leste is next door), in both languages and common slang
const ABROAD = ['timor leste', 'dili', 'malaysia', 'singapura', 'singapore', 'australia', 'darwin', 'jepang', 'japan', 'korea', 'hong kong', 'taiwan', 'belanda', 'netherlands', 'jerman', 'germany', 'inggris', 'england', 'amerika', 'america', 'usa', 'arab saudi', 'saudi', 'china', 'tiongkok', 'brunei', 'filipina', 'philippines', 'thailand', 'vietnam', 'perancis', 'france', 'swiss', 'kanada', 'canada', 'selandia baru', 'new zealand'];

export const isIndonesia = (country: string) => INDONESIA.has(normalizeText(country));

/** A destination typed in chat ("jakarta", "ke kupang", "malaysia") as a Destination. */
export function destinationOfText(text: string): Destination {
  const t = normalizeText(text).replace(/^(ke|to|kirim ke|dikirim ke)\s+/, '');
  const foreign = ABROAD.find((c) => t === c || t.endsWith(` ${c}`) || t.startsWith(`${c} `));
  if (foreign) return { country: t };
  return { country: 'ID', city: t };
}

/** The NTT regency a city or regency name points at, if any. */
export function regionOfCity(city: string, regions: RegionRef[]): RegionRef | null {
  const q = normalizeText(city).replace(/^(kota|kabupaten|kab)\s+/, '');
  if (!q) return null;
  // "Kota Kupang" and "Kabupaten Kupang" share a short name: the full name decides when it was typed
  const exact = regions.find((r) => normalizeText(r.name) === normalizeText(city));
  if (exact) return exact;
  // a town is where its regency's seat is ("kupang" is the city, whose seat it is), then a regency's name
  const seat = regions.find((r) => normalizeText(r.seat) === q);
  if (seat) return seat;
  const short = regions.find((r) => normalizeText(r.shortName) === q);
  if (short) return short;
  return bestMatch(q, regions, (r) => [r.shortName, r.seat], 0.5);
}

export function zoneOf(producerRegionCode: string, d: Destination, regions: RegionRef[]): ShippingZone {
  if (!isIndonesia(d.country)) return 'ABROAD';
  const region = d.city ? regionOfCity(d.city, regions) : null;
  if (region?.code === producerRegionCode) return 'SAME_REGENCY';
  if (region) return 'NTT';
  if (d.province && NTT.test(normalizeText(d.province))) return 'NTT';
  return 'INDONESIA';
}

/** A zone's rate for a parcel: the base plus each started kilogram. */
export function priceOf(rate: { baseIdr: number; perKgIdr: number }, weightGrams: number): number {
  return rate.baseIdr + rate.perKgIdr * Math.max(1, Math.ceil(weightGrams / 1000));
}
