// A product in a grid: thumbnail, name, price, origin and permit badges, linking to its page, and a button
// that puts one in the cart.
import type { Lang, TFunction } from '../../domain/lib/i18n.ts';
import type { ProductView } from '../../domain/services/product-view.ts';
import type { DisplayRate } from '../../domain/services/currency.service.ts';
import { PermitBadges } from './permit-badges.tsx';
import { CARD_SLOT, Picture } from './picture.tsx';
import { priceText, productName } from './view-text.ts';

interface CardProps {
  product: ProductView;
  lang: Lang;
  t: TFunction;
  /** the visitor's currency beside rupiah (null: rupiah only) */
  money: DisplayRate | null;
}

export function ProductCard({ product, lang, t, money }: CardProps) {
  const name = productName(product, lang);
  const photo = product.photos[0];
  return (
    <li class="card" data-testid="product-card">
      <a href={`/p/${encodeURIComponent(product.slug)}`}>
        {photo ? <Picture photo={photo} alt="" slot={CARD_SLOT} /> : null}
        <div class="body">
          <div class="name">{name}</div>
          <div class="price">{priceText(product.priceIdr, lang, money)}</div>
          <div class="muted">{t('web:card.from', { region: product.region.shortName })}</div>
          <PermitBadges permits={product.permits} t={t} compact />
        </div>
      </a>
      {product.stock > 0 ? (
        <form method="post" action="/keranjang/tambah" class="card-buy">
          <input type="hidden" name="productId" value={product.id} />
          <input type="hidden" name="quantity" value="1" />
          <button type="submit" class="small" data-testid="card-add">
            {t('shop:buy.addShort')}
          </button>
        </form>
      ) : null}
    </li>
  );
}

export function ProductGrid(props: { products: ProductView[]; lang: Lang; t: TFunction; money: DisplayRate | null; label?: string }) {
  return (
    <ul class="grid" aria-label={props.label}>
      {props.products.map((p) => (
        <ProductCard product={p} lang={props.lang} t={props.t} money={props.money} />
      ))}
    </ul>
  );
}
