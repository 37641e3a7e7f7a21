// A producer: where they are, their story, and their published products (paged like the catalogue).
import type { ProductView } from '../../../domain/services/product-view.ts';
import type { PublicProducer } from '../../../domain/services/storefront.service.ts';
import { LocalizedText } from '../../components/localized-text.tsx';
import { ProductGrid } from '../../components/product-card.tsx';
import { mediaUrl } from '../../components/view-text.ts';
import { absoluteUrl, Layout } from '../../layout.tsx';
import type { PageContext } from './page-context.ts';

export interface ProducerData {
  producer: PublicProducer;
  products: ProductView[];
  nextCursor: string | null;
  paged: boolean;
}

export function ProducerPage({ ctx, data }: { ctx: PageContext; data: ProducerData }) {
  const { t, lang } = ctx;
  const p = data.producer;
  const params = { name: p.businessName, village: p.village, district: p.district, region: p.region.name };
  const path = `/produsen/${encodeURIComponent(p.id)}`;
  const photo = data.products[0]?.photos[0];
  return (
    <Layout
      lang={lang}
      t={t}
      publicUrl={ctx.publicUrl}
      switchHref={ctx.switchHref} cartCount={ctx.cartCount} picker={ctx}
      meta={{ title: t('web:producer.title', params), description: t('web:producer.description', params), path, type: 'profile', image: photo ? absoluteUrl(ctx.publicUrl, mediaUrl(photo.path)) : undefined, noindex: data.paged }}
    >
      <h1>{p.businessName}</h1>
      <p>{t('web:producer.location', params)}</p>
      <p>
        <a href={`/kabupaten/${encodeURIComponent(p.region.code)}`}>{t('web:region.title', { name: p.region.name })}</a>
      </p>
      <section aria-labelledby="story">
        <h2 id="story">{t('web:product.story')}</h2>
        {p.story ? <LocalizedText id={p.story} en={p.storyEn} lang={lang} t={t} class="story" testId="story" /> : <p class="muted">{t('web:producer.noStory')}</p>}
      </section>
      <section aria-labelledby="products">
        <h2 id="products">{t('web:producer.products')}</h2>
        <ProductGrid products={data.products} lang={lang} t={t} money={ctx.money} />
        {data.nextCursor || data.paged ? (
          <nav class="pager" aria-label={t('web:catalog.pagination')}>
            {data.paged ? <a href={path}>{t('web:catalog.first')}</a> : <span />}
            {data.nextCursor ? (
              <a href={`${path}?cursor=${encodeURIComponent(data.nextCursor)}`} rel="next">
                {t('web:catalog.next')}
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </Layout>
  );
}
