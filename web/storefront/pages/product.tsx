// A product: photos, price, permit badges, description, the producer and their story, order links for
// Telegram, WhatsApp and the web chat, a QR code of this page, and structured data for search engines.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { unitName } from '../../../domain/lib/units.ts';
import type { ProductView } from '../../../domain/services/product-view.ts';
import { LocalizedText } from '../../components/localized-text.tsx';
import { PermitList } from '../../components/permit-badges.tsx';
import { ProductGrid } from '../../components/product-card.tsx';
import { MAIN_SLOT, Picture, THUMB_SLOT } from '../../components/picture.tsx';
import { categoryName, mediaUrl, priceText, productDescription, productName } from '../../components/view-text.ts';
import { absoluteUrl, Layout } from '../../layout.tsx';
import type { PageContext } from './page-context.ts';
import { scriptSafeJson } from '../../script-safe-json.ts';

export interface OrderLinks {
  telegram?: string;
  whatsapp?: string;
  webChat: string;
}

export interface ProductData {
  product: ProductView;
  order: OrderLinks;
  /** the QR code of the page URL as an SVG data URI */
  qrDataUri: string;
  pageUrl: string;
  more: ProductView[];
  /** one unit's shipping from the producer's own rates: cheapest in Indonesia, abroad (null: none) */
  shipping: { indonesiaFromIdr: number | null; abroadIdr: number | null };
}

function structuredData(ctx: PageContext, d: ProductData, name: string, description: string) {
  const p = d.product;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name,
    description,
    sku: p.code,
    url: d.pageUrl,
    image: p.photos.map((ph) => absoluteUrl(ctx.publicUrl, mediaUrl(ph.path))),
    brand: { '@type': 'Brand', name: p.producer.businessName },
    offers: { '@type': 'Offer', price: p.priceIdr, priceCurrency: 'IDR', availability: p.stock > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock', url: d.pageUrl },
    ...(p.rating.count > 0 && p.rating.average !== null ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: p.rating.average, reviewCount: p.rating.count } } : {}),
  };
}

/** "Beli" beside the price: quantity, add to the cart or buy now; a bar fixed to the bottom on phones */
function BuyForm({ ctx, product: p, name }: { ctx: PageContext; product: ProductView; name: string }) {
  const { t } = ctx;
  if (p.stock <= 0) return <p class="warn">{t('web:product.outOfStock')}</p>;
  return (
    <>
      <form method="post" action="/keranjang/tambah" class="buybar" data-testid="buy-form" aria-label={t('shop:buy.label', { name })}>
        <input type="hidden" name="productId" value={p.id} />
        <label class="qty">
          <span class="vh">{t('shop:buy.quantity')}</span>
          <input type="number" name="quantity" value="1" min="1" max={String(p.stock)} inputmode="numeric" required />
        </label>
        <button type="submit" class="primary" data-testid="add-to-cart">
          {t('shop:buy.add')}
        </button>
        <button type="submit" name="now" value="1" class="primary dark" data-testid="buy-now">
          {t('shop:buy.now')}
        </button>
      </form>
      <div class="buy-spacer" aria-hidden="true" />
    </>
  );
}

export function ProductPage({ ctx, data }: { ctx: PageContext; data: ProductData }) {
  const { t, lang } = ctx;
  const p = data.product;
  const name = productName(p, lang);
  const description = productDescription(p, lang);
  const [main, ...others] = p.photos;
  const image = main ? absoluteUrl(ctx.publicUrl, mediaUrl(main.path)) : undefined;
  return (
    <Layout
      lang={lang}
      t={t}
      publicUrl={ctx.publicUrl}
      switchHref={ctx.switchHref} cartCount={ctx.cartCount} picker={ctx}
      meta={{ title: name, description: description.slice(0, 200), path: `/p/${encodeURIComponent(p.slug)}`, image, type: 'product' }}
      head={<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(structuredData(ctx, data, name, description)) }} />}
    >
      <article class="product" data-testid="product" data-code={p.code}>
        <section class="gallery" aria-label={t('web:product.photos')}>
          {main ? (
            <Picture photo={main} alt={t('web:product.photoAlt', { n: 1, name })} slot={MAIN_SLOT} priority />
          ) : (
            <p class="muted">{t('web:product.noPhoto')}</p>
          )}
          {others.length > 0 ? (
            <ul class="thumbs">
              {others.map((ph, i) => (
                <li>
                  <a href={mediaUrl(ph.path)}>
                    <Picture photo={ph} alt={t('web:product.photoAlt', { n: i + 2, name })} slot={THUMB_SLOT} />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>

        <section>
          <h1>{name}</h1>
          <p class="price" data-testid="price">
            {priceText(p.priceIdr, lang, ctx.money)} <span class="muted">{t('web:product.perUnit', { unit: unitName(t, p.unit) })}</span>
          </p>
          <PermitList permits={p.permits} t={t} lang={lang} />
          <dl class="facts">
            <dt>{t('web:product.category')}</dt>
            <dd>
              <a href={`/katalog?category=${encodeURIComponent(p.category.id)}`}>{categoryName(p.category, lang)}</a>
            </dd>
            <dt>{t('web:product.origin')}</dt>
            <dd>
              <a href={`/kabupaten/${encodeURIComponent(p.region.code)}`}>{p.region.name}</a>
            </dd>
            <dt>{t('shop:reach.title')}</dt>
            <dd data-testid="ships">
              {data.shipping.indonesiaFromIdr === null ? t('shop:reach.indonesiaAsk') : t('shop:reach.indonesiaFrom', { price: formatIdr(data.shipping.indonesiaFromIdr) })}
              <br />
              {data.shipping.abroadIdr === null ? t('shop:reach.notAbroad') : t('shop:reach.abroad', { price: formatIdr(data.shipping.abroadIdr) })}
            </dd>
            <dt>{t('web:product.producer')}</dt>
            <dd>
              <a href={`/produsen/${encodeURIComponent(p.producer.id)}`}>{p.producer.businessName}</a>
            </dd>
          </dl>
          <p>
            {t('web:product.weight', { grams: p.weightGrams })} · {p.stock > 0 ? t('web:product.stock', { stock: p.stock, unit: unitName(t, p.unit, p.stock) }) : t('web:product.outOfStock')} ·{' '}
            {p.rating.count > 0 && p.rating.average !== null ? t('web:product.rating', { average: p.rating.average, count: p.rating.count }) : t('web:product.noRating')}
          </p>

          <BuyForm ctx={ctx} product={p} name={name} />

          <section aria-labelledby="order" class="order">
            <h2 id="order">{t('web:product.orderTitle')}</h2>
            <p class="muted">{t('web:product.orderHint', { code: p.code })}</p>
            <ul class="chat-links">
              {data.order.telegram ? (
                <li>
                  <a href={data.order.telegram} rel="noopener" data-testid="order-telegram">
                    {t('web:product.orderTelegram')}
                  </a>
                </li>
              ) : null}
              {data.order.whatsapp ? (
                <li>
                  <a href={data.order.whatsapp} rel="noopener" data-testid="order-whatsapp">
                    {t('web:product.orderWhatsApp')}
                  </a>
                </li>
              ) : null}
              <li>
                <a href={data.order.webChat} data-testid="order-webchat">
                  {t('web:product.orderWebChat')}
                </a>
              </li>
            </ul>
          </section>
        </section>
      </article>

      <section aria-labelledby="description">
        <h2 id="description">{t('web:product.description')}</h2>
        <LocalizedText id={p.description.id} en={p.description.en} lang={lang} t={t} testId="description" />
      </section>

      <section aria-labelledby="story">
        <h2 id="story">{t('web:product.story')}</h2>
        {p.producer.story ? <LocalizedText id={p.producer.story} en={p.producer.storyEn} lang={lang} t={t} class="story" testId="story" /> : <p class="muted">{t('web:producer.noStory')}</p>}
        <p>
          <a href={`/produsen/${encodeURIComponent(p.producer.id)}`}>{p.producer.businessName}</a> · {p.producer.village}, {p.producer.district}
        </p>
      </section>

      <section aria-labelledby="qr" class="qr">
        <h2 id="qr">{t('web:product.qrTitle')}</h2>
        <img src={data.qrDataUri} alt={t('web:product.qrAlt', { url: data.pageUrl })} width={160} height={160} data-testid="qr" />
      </section>

      {data.more.length > 0 ? (
        <section aria-labelledby="more">
          <h2 id="more">{t('web:product.moreFromProducer', { producer: p.producer.businessName })}</h2>
          <ProductGrid products={data.more} lang={lang} t={t} money={ctx.money} />
        </section>
      ) : null}
    </Layout>
  );
}
