// Home: what the platform is, a search box, a tile per category (photo, name, count), this month's flagship products grouped by regency, the newest
// products, and every regency.
import type { ProductView } from '../../../domain/services/product-view.ts';
import { ProductGrid } from '../../components/product-card.tsx';
import { SearchForm } from '../../components/search-form.tsx';
import { Picture, TILE_SLOT } from '../../components/picture.tsx';
import { categoryName, mediaUrl, monthName } from '../../components/view-text.ts';
import type { CategoryTileRow } from '../../../domain/repositories/catalog.repository.ts';
import { absoluteUrl, Layout } from '../../layout.tsx';
import type { PageContext } from './page-context.ts';

export interface HomeData {
  month: string;
  flagships: ProductView[];
  newest: ProductView[];
  regions: { code: string; name: string }[];
  /** categories with products on sale: name, count, a photo */
  categories: CategoryTileRow[];
}

function byRegion(products: ProductView[]): { region: ProductView['region']; products: ProductView[] }[] {
  const groups = new Map<string, { region: ProductView['region']; products: ProductView[] }>();
  for (const p of products) {
    const group = groups.get(p.region.code) ?? { region: p.region, products: [] };
    group.products.push(p);
    groups.set(p.region.code, group);
  }
  return [...groups.values()];
}

export function HomePage({ ctx, data }: { ctx: PageContext; data: HomeData }) {
  const { t, lang } = ctx;
  const first = data.flagships[0] ?? data.newest[0];
  const image = first?.photos[0] ? absoluteUrl(ctx.publicUrl, mediaUrl(first.photos[0].path)) : undefined;
  return (
    <Layout lang={lang} t={t} publicUrl={ctx.publicUrl} switchHref={ctx.switchHref} cartCount={ctx.cartCount} picker={ctx} meta={{ title: t('web:home.title'), description: t('web:home.description'), path: '/', image }}>
      <section class="hero">
        <h1>{t('web:home.heroTitle')}</h1>
        <p>{t('web:home.heroText')}</p>
        <SearchForm t={t} />
      </section>

      {data.categories.length > 0 ? (
        <section aria-labelledby="categories">
          <h2 id="categories">{t('shop:categories.title')}</h2>
          <ul class="tiles" data-testid="category-tiles">
            {data.categories.map((c) => (
              <li>
                <a href={`/katalog?category=${encodeURIComponent(c.id)}`}>
                  {c.photo ? <Picture photo={c.photo} alt="" slot={TILE_SLOT} /> : <span class="noimg" />}
                  <span class="name">{categoryName(c, lang)}</span>
                  <span class="muted small">{t('shop:categories.count', { count: c.count })}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="flagships" data-testid="flagships">
        <h2 id="flagships">{t('web:home.flagshipsTitle', { month: monthName(data.month, lang) })}</h2>
        <p class="muted">{t('web:home.flagshipsIntro')}</p>
        {data.flagships.length === 0 ? <p>{t('web:home.noFlagships')}</p> : null}
        {data.flagships.length > 0 ? (
          // regencies side by side in a grid (one flagship each is the common case); a regency with more
          // spans more columns where the screen has them
          <div class="flagship-groups">
            {byRegion(data.flagships).map((group) => (
              <section aria-labelledby={`fr-${group.region.code}`} class={`flagship-group n${Math.min(group.products.length, 3)}`}>
                <h3 id={`fr-${group.region.code}`}>
                  <a href={`/kabupaten/${group.region.code}`}>{group.region.name}</a>
                </h3>
                <ProductGrid products={group.products} lang={lang} t={t} money={ctx.money} />
              </section>
            ))}
          </div>
        ) : null}
      </section>

      {data.newest.length > 0 ? (
        <section aria-labelledby="newest">
          <h2 id="newest">{t('web:home.newest')}</h2>
          <ProductGrid products={data.newest} lang={lang} t={t} money={ctx.money} />
          <p>
            <a href="/katalog">{t('web:home.allProducts')}</a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="regencies">
        <h2 id="regencies">{t('web:home.regencies')}</h2>
        <ul class="regions">
          {data.regions.map((r) => (
            <li>
              <a href={`/kabupaten/${r.code}`}>{r.name}</a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
