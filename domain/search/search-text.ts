// The stored Product.searchText: everything a buyer might type to find a product, normalised the same way as
// the query (domain/search/normalize.ts) so trigram matching compares like with like. Rebuild it whenever a
// product, its category name, the producer's business name or the region changes.
import { normalizeText } from './normalize.ts';

export interface SearchTextInput {
  nameId: string;
  nameEn?: string | null;
  descriptionId?: string | null;
  descriptionEn?: string | null;
  category?: { nameId: string; nameEn: string } | null;
  producerBusinessName?: string | null;
  regionShortName?: string | null;
  /** the regency's seat ("Bajawa" for Ngada) and island ("Flores"): buyers search by the names they know */
  regionSeat?: string | null;
  regionIsland?: string | null;
}

/** The region fields of SearchTextInput from a Region row: `buildSearchText({ ...p, ...regionSearchFields(region) })`. */
export function regionSearchFields(region: { shortName: string; seat?: string | null; island?: string | null }): Pick<SearchTextInput, 'regionShortName' | 'regionSeat' | 'regionIsland'> {
  return { regionShortName: region.shortName, regionSeat: region.seat ?? null, regionIsland: region.island ?? null };
}

const APOSTROPHE_WORD = /[\p{L}\p{N}]+(?:['’ʼ`][\p{L}\p{N}]+)+/gu;

/**
 * "Se'i" becomes "se i" like any punctuation, but people type "sei": words written with an apostrophe are
 * added once more without it, so both spellings find the product.
 */
function apostropheVariants(text: string): string[] {
  return [...new Set((text.match(APOSTROPHE_WORD) ?? []).map((w) => normalizeText(w.replace(/['’ʼ`]/g, ''))))];
}

/** Lowercased, accents stripped, punctuation as spaces, words joined by single spaces. */
export function buildSearchText(input: SearchTextInput): string {
  const parts = [
    input.nameId,
    input.nameEn,
    input.category?.nameId,
    input.category?.nameEn,
    input.producerBusinessName,
    input.regionShortName,
    input.regionSeat,
    input.regionIsland,
    input.descriptionId,
    input.descriptionEn,
  ];
  const text = parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' ');
  return normalizeText([text, ...apostropheVariants(text)].join(' '));
}
