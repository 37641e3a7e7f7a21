// The catalogue: search and filters in one GET form (works without JavaScript), a grid of results, and a
// link to the next page carrying the cursor and the same filters.
import type { ProductView } from '../../../domain/services/product-view.ts';
import { ProductGrid } from '../../components/product-card.tsx';
import { categoryName, mediaUrl } from '../../components/view-text.ts';
import { absoluteUrl, Layout } from '../../layout.tsx';
import type { CategoryTileRow } from '../../../domain/repositories/catalog.repository.ts';
import type { PageContext } from './page-context.ts';

export const permitFilters = ['HALAL', 'SPP_IRT', 'BPOM_MD'] as const;
export type PermitFilter = (typeof permitFilters)[number];

export interface CatalogFilters {
  q?: string;
  region?: string;
  category?: string;
  permit?: PermitFilter;
}

export interface CatalogData {
  filters: CatalogFilters;
  items: ProductView[];
  nextCursor: string | null;
  /** a cursor was given: this is not the first page */
  paged: boolean;
  /** a search's number of results (counted up to a cap) */
  total?: { count: number; capped: boolean };
  regions: { code: string; name: string }[];
  categories: { id: string; nameId: string; nameEn: string }[];
  /** the chosen category's tile (its count of products on sale and a photo) */
  tile: CategoryTileRow | null;
}

export function catalogHref(filters: CatalogFilters, cursor?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/katalog?${query}` : '/katalog';
}

export function CatalogPage({ ctx, data }: { ctx: PageContext; data: CatalogData }) {
  const { t, lang } = ctx;
  const f = data.filters;
  const filtered = Boolean(f.q || f.region || f.category || f.permit);
  // a category's page carries its own name, count and picture (for link previews too)
  const category = !f.q && data.tile ? data.tile : null;
  const title = f.q ? t('web:catalog.resultsFor', { q: f.q }) : category ? categoryName(category, lang) : t('web:catalog.title');
  const first = data.items[0]?.photos[0];
  const photo = category?.photo?.path ?? first?.path;
  const image = photo ? absoluteUrl(ctx.publicUrl, mediaUrl(photo)) : undefined;
  const folded = !(f.region || f.category || f.permit);
  return (
    <Layout
      lang={lang}
      t={t}
      publicUrl={ctx.publicUrl}
      switchHref={ctx.switchHref} cartCount={ctx.cartCount} picker={ctx}
      meta={{ title, description: category ? t('shop:categories.description', { name: title, count: category.count }) : t('web:catalog.description'), path: catalogHref(f), noindex: Boolean(f.q) || data.paged, image }}
    >
      <h1>{title}</h1>
      {category ? (
        <p class="muted" data-testid="category-count">
          {t('shop:categories.count', { count: category.count })}
        </p>
      ) : null}
      <form class="filters" action="/katalog" method="get" role="search" aria-label={t('web:catalog.filters')}>
        <label>
          {t('web:catalog.query')}
          <input name="q" type="search" value={f.q ?? ''} placeholder={t('web:search.placeholder')} maxlength={100} />
        </label>
        {/* the filters fold away until one is used, so a phone shows the results right under the search */}
        <details class="more" open={!folded}>
          <summary>{t('shop:categories.filters')}</summary>
          <div class="more-fields">
        <label>
          {t('web:catalog.region')}
          <select name="region">
            <option value="">{t('web:catalog.allRegions')}</option>
            {data.regions.map((r) => (
              <option value={r.code} selected={r.code === f.region}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('web:catalog.category')}
          <select name="category">
            <option value="">{t('web:catalog.allCategories')}</option>
            {data.categories.map((c) => (
              <option value={c.id} selected={c.id === f.category}>
                {categoryName(c, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('web:catalog.permit')}
          <select name="permit">
            <option value="">{t('web:catalog.anyPermit')}</option>
            {permitFilters.map((p) => (
              <option value={p} selected={p === f.permit}>
                {t(`web:permit.${p}`)}
              </option>
            ))}
          </select>
        </label>
          </div>
        </details>
        <div>
          <button type="submit">{t('web:catalog.apply')}</button> {filtered ? <a href="/katalog">{t('web:catalog.reset')}</a> : null}
        </div>
      </form>

      {data.total && data.total.count > 0 ? (
        <p role="status" class="muted" data-testid="result-count">
          {data.total.capped ? t('web:catalog.countCapped', { count: data.total.count }) : t('web:catalog.count', { count: data.total.count })}
        </p>
      ) : null}
      {data.items.length === 0 ? (
        <p role="status">{t('web:catalog.empty')}</p>
      ) : (
        <ProductGrid products={data.items} lang={lang} t={t} money={ctx.money} label={title} />
      )}

      {data.nextCursor || data.paged ? (
        <nav class="pager" aria-label={t('web:catalog.pagination')}>
          {data.paged ? <a href={catalogHref(f)}>{t('web:catalog.first')}</a> : <span />}
          {data.nextCursor ? (
            <a href={catalogHref(f, data.nextCursor)} rel="next">
              {t('web:catalog.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </Layout>
  );
}
