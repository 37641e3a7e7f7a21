// The public catalogue: regions, categories, products. Reading it needs no account; unpublished products
// are visible only to their producer and to officials (see product services).
import { invalid, notFound } from '../lib/errors.ts';
import { witaMonth } from '../lib/time.ts';
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import type { ProductFilter } from '../repositories/product-filter.ts';
import type { ProductQueryRepository } from '../repositories/product-query.repository.ts';
import { readSearchQuery, type SearchQuery } from '../understanding/search-query.ts';
import { toProductView, type ProductView } from './product-view.ts';

export interface CatalogDeps {
  catalog: CatalogRepository;
  productQuery: ProductQueryRepository;
  now?: () => Date;
}

export interface ProductPage {
  items: ProductView[];
  /** opaque; pass back to get the next page, null at the end */
  nextCursor: string | null;
  /** a text search's number of matches, when asked for (counted up to SEARCH_COUNT_CAP) */
  total?: { count: number; capped: boolean };
  /** a text search: what it looked for (the product words, the regency it named) */
  understood?: SearchQuery;
}

/** a search counts its matches up to this many ("more than 100 products": a buyer narrows the words before paging that far) */
export const SEARCH_COUNT_CAP = 100;

export interface ListProductsInput extends ProductFilter {
  q?: string;
  limit: number;
  cursor?: string;
  /** a text search also counts its matches (ProductPage.total) */
  withTotal?: boolean;
}

// Cursors are opaque to clients: "k:<id>" keyset for listings, "o:<offset>" for ranked search results.
function encodeCursor(kind: 'k' | 'o', value: string | number): string {
  return Buffer.from(`${kind}:${value}`).toString('base64url');
}

function decodeCursor(cursor: string): { kind: 'k'; id: string } | { kind: 'o'; offset: number } {
  const raw = Buffer.from(cursor, 'base64url').toString();
  const m = /^(k|o):(.{1,64})$/.exec(raw);
  if (m?.[1] === 'k') return { kind: 'k', id: m[2]! };
  if (m?.[1] === 'o' && /^\d{1,7}$/.test(m[2]!)) return { kind: 'o', offset: Number(m[2]) };
  throw invalid('malformed cursor', 'common:errors.validation');
}

export function createCatalogService(deps: CatalogDeps) {
  const now = deps.now ?? (() => new Date());
  const listing = async (input: ListProductsInput): Promise<ProductPage> => {
    const cursor = input.cursor ? decodeCursor(input.cursor) : undefined;
    const rows = await deps.productQuery.listPublic(input, input.limit + 1, cursor?.kind === 'k' ? cursor.id : undefined);
    const page = rows.slice(0, input.limit);
    const last = page[page.length - 1];
    return { items: page.map(toProductView), nextCursor: rows.length > input.limit && last ? encodeCursor('k', last.id) : null };
  };
  return {
    listRegions: () => deps.catalog.listRegions(),
    listCategories: () => deps.catalog.listCategories(),
    /** categories with their number of products on sale and a photo, those with none left out */
    categoryTiles: async () => (await deps.catalog.categoryTiles()).filter((c) => c.count > 0),

    async getRegion(code: string) {
      const region = await deps.catalog.findRegion(code);
      if (!region) throw notFound('region', 'common:errors.notFound');
      return region;
    },

    async listProducts(input: ListProductsInput): Promise<ProductPage> {
      const cursor = input.cursor ? decodeCursor(input.cursor) : undefined;
      if (input.q && input.q.trim()) {
        // "ada tenun dari alor ga": the words "tenun", from producers in Kabupaten Alor (search-query.ts); a
        // regency chosen by the caller (the web's filter) wins over one named in the words
        const understood = readSearchQuery(input.q);
        const filter: ProductFilter = { ...input, regionCode: input.regionCode ?? understood.regionCode, ...(input.regionCode ? {} : { regionCodes: understood.regionCodes }) };
        // only a place was named ("produk dari alor"): that regency's products, as listed
        if (!understood.text.trim()) return { ...(await listing({ ...input, ...filter, q: undefined, cursor: cursor?.kind === 'k' ? input.cursor : undefined })), understood };
        const offset = cursor?.kind === 'o' ? cursor.offset : 0;
        const { ids, total } = await deps.productQuery.searchPublic(understood.text, filter, input.limit + 1, offset, input.withTotal ? SEARCH_COUNT_CAP : undefined);
        const page = ids.slice(0, input.limit);
        const items = (await deps.productQuery.findCardsByIds(page)).map(toProductView);
        return { items, nextCursor: ids.length > input.limit ? encodeCursor('o', offset + input.limit) : null, ...(total ? { total } : {}), understood };
      }
      return listing(input);
    },

    /** A published product by id, code or slug; 404 for unknown or unpublished ones. */
    async getPublicProduct(ref: { id: string } | { code: string } | { slug: string }): Promise<ProductView> {
      const row = await deps.productQuery.findCard(ref);
      if (!row || row.status !== 'APPROVED' || row.paused) throw notFound('product', 'common:errors.notFound');
      return toProductView(row);
    },

    /** A published product with how many of it the user already has in the cart (the add's first question). */
    async getPublicProductWithCart(id: string, userId: string): Promise<{ product: ProductView; inCart: number }> {
      const found = await deps.productQuery.findCardWithCart(id, userId);
      if (!found || found.card.status !== 'APPROVED' || found.card.paused) throw notFound('product', 'common:errors.notFound');
      return { product: toProductView(found.card), inCart: found.inCart };
    },

    /** A published product by whatever the caller holds: its id, its short code or its slug. */
    async getPublicProductByRef(ref: string): Promise<ProductView> {
      const row =
        (await deps.productQuery.findCard({ id: ref })) ??
        (/^[A-Za-z0-9]{3,12}$/.test(ref) ? await deps.productQuery.findCard({ code: ref.toUpperCase() }) : null) ??
        (await deps.productQuery.findCard({ slug: ref.toLowerCase() }));
      if (!row || row.status !== 'APPROVED' || row.paused) throw notFound('product', 'common:errors.notFound');
      return toProductView(row);
    },

    /** This month's flagship products (WITA), optionally of one regency. */
    async flagships(regionCode?: string, month = witaMonth(now())): Promise<ProductView[]> {
      const ids = await deps.productQuery.flagshipIds(month, regionCode);
      return (await deps.productQuery.findCardsByIds(ids)).map(toProductView);
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
