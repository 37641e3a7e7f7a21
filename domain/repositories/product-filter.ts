// What a public product list or search may be narrowed by. Its own file because both the list queries
// (product-query.repository.ts) and the search (product-search.ts) take it, and the search is called by the
// queries: with the type in either one the two files imported each other.
export interface ProductFilter {
  regionCode?: string;
  /** any of these regencies (an island named in a search: "kopi flores") */
  regionCodes?: string[];
  categoryId?: string;
  /** only products with a verified permit of this kind */
  permit?: 'HALAL' | 'SPP_IRT' | 'BPOM_MD';
  producerId?: string;
  ids?: string[];
}
