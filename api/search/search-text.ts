// The stored Product.searchText: everything a buyer might type to find a product, normalised the same way as
// the query (api/search/normalize.ts) so trigram matching compares like with like. Rebuild it whenever a
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
    input.descriptionId,
    input.descriptionEn,
  ];
  return normalizeText(parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' '));
}
