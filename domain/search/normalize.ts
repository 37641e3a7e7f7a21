// Text normalisation shared by the stored search text and the query, so "Kopi Bajawá", "kopi-bajawa" and
// "KOPI BAJAWA" meet. Typos are corrected against the vocabulary of product words in the database
// (pg_trgm similarity; domain/repositories/product-search.ts).
export function normalizeText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Query words worth searching: at most 6, each at least 2 characters. */
export function queryWords(query: string): string[] {
  return [...new Set(normalizeText(query).split(' ').filter((w) => w.length >= 2))].slice(0, 6);
}
