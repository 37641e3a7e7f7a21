// A regency or city: this month's flagships there, its newest products, and a link to all of them in the
// catalogue (filtered by the regency).
import type { ProductView } from '../../../domain/services/product-view.ts';
import { ProductGrid } from '../../components/product-card.tsx';
import { absoluteUrl, Layout } from '../../layout.tsx';
import { mediaUrl } from '../../components/view-text.ts';
import type { PageContext } from './page-context.ts';

export interface RegionData {
  region: { code: string; name: string; island: string; seat: string };
  flagships: ProductView[];
  products: ProductView[];
  hasMore: boolean;
}

export function RegionPage({ ctx, data }: { ctx: PageContext; data: RegionData }) {
  const { t, lang } = ctx;
  const r = data.region;
  const all = `/katalog?region=${encodeURIComponent(r.code)}`;
  const photo = (data.flagships[0] ?? data.products[0])?.photos[0];
  return (
    <Layout
      lang={lang}
      t={t}
      publicUrl={ctx.publicUrl}
      switchHref={ctx.switchHref} cartCount={ctx.cartCount} picker={ctx}
      meta={{ title: t('web:region.title', { name: r.name }), description: t('web:region.description', { name: r.name }), path: `/kabupaten/${encodeURIComponent(r.code)}`, image: photo ? absoluteUrl(ctx.publicUrl, mediaUrl(photo.path)) : undefined }}
    >
      <h1>{r.name}</h1>
      <p class="muted">{t('web:region.facts', { island: r.island, seat: r.seat })}</p>
      {data.flagships.length > 0 ? (
        <section aria-labelledby="flagships">
          <h2 id="flagships">{t('web:region.flagships')}</h2>
          <ProductGrid products={data.flagships} lang={lang} t={t} money={ctx.money} />
        </section>
      ) : null}
      <section aria-labelledby="products">
        <h2 id="products">{t('web:region.products')}</h2>
        {data.products.length === 0 ? (
          <p>{t('web:region.noProducts', { name: r.name })}</p>
        ) : (
          <ProductGrid products={data.products} lang={lang} t={t} money={ctx.money} />
        )}
        {data.hasMore ? (
          <p>
            <a href={all}>{t('web:region.seeAll', { name: r.name })}</a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}
