// The cart page: one block per producer (each becomes its own order, with its own shipping), quantities
// changed and lines removed by plain forms, the total, and the way to checkout.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { unitName } from '../../../domain/lib/units.ts';
import type { CartLineView, CartView } from '../../../domain/services/cart-view.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { ShopFrame, type Flash } from './shop-frame.tsx';

const lineName = (l: CartLineView, ctx: PageContext) => (ctx.lang === 'en' && l.name.en ? l.name.en : l.name.id);

function Line({ line, ctx }: { line: CartLineView; ctx: PageContext }) {
  const { t } = ctx;
  const name = lineName(line, ctx);
  return (
    <li class="line" data-testid="cart-line" data-code={line.code}>
      <div>
        <a href={`/p/${encodeURIComponent(line.slug)}`}>{name}</a>
        <div class="muted">
          {formatIdr(line.priceIdr)} / {unitName(t, line.unit)}
        </div>
        {line.warning ? <div class="warn">{t(`shop:cart.warning.${line.warning}`, { stock: line.stock })}</div> : null}
      </div>
      <form method="post" action="/keranjang/ubah" class="qty">
        <input type="hidden" name="lineId" value={line.id} />
        <label>
          <span class="vh">{t('shop:cart.quantityOf', { name })}</span>
          <input type="number" name="quantity" min="1" max={String(Math.max(1, line.stock))} value={String(line.quantity)} inputmode="numeric" required />
        </label>
        <button type="submit" class="small alt">
          {t('shop:cart.update')}
        </button>
      </form>
      <strong class="amount">{formatIdr(line.lineTotalIdr)}</strong>
      <form method="post" action="/keranjang/hapus">
        <input type="hidden" name="lineId" value={line.id} />
        <button type="submit" class="small link" aria-label={t('shop:cart.removeOf', { name })}>
          {t('shop:cart.remove')}
        </button>
      </form>
    </li>
  );
}

export function CartPage({ ctx, cart, flash }: { ctx: PageContext; cart: CartView; flash?: Flash }) {
  const { t } = ctx;
  return (
    <ShopFrame ctx={ctx} title={t('shop:cart.title')} path="/keranjang" flash={flash}>
      {cart.lines.length === 0 ? (
        <div data-testid="cart-empty">
          <p>{t('shop:cart.empty')}</p>
          <a class="button" href="/katalog">
            {t('shop:cart.browse')}
          </a>
        </div>
      ) : (
        <>
          {cart.groups.map((g) => (
            <section class="box" aria-label={g.producer.businessName} data-testid="cart-group">
              <h2>
                {g.producer.businessName} <span class="muted">· {g.producer.regionShortName}</span>
              </h2>
              <ul class="lines">
                {g.lines.map((l) => (
                  <Line line={l} ctx={ctx} />
                ))}
              </ul>
              <p class="sum">
                {t('shop:cart.subtotal')}: <strong>{formatIdr(g.subtotalIdr)}</strong>
                <br />
                <span class="muted">{t('shop:cart.shippingLater')}</span>
              </p>
            </section>
          ))}
          <p class="total" data-testid="cart-total">
            {t('shop:cart.total', { count: cart.itemCount })}: <strong>{formatIdr(cart.totalIdr)}</strong>
          </p>
          {cart.canCheckout ? (
            <a class="button primary big" href="/checkout" data-testid="to-checkout">
              {t('shop:cart.checkout')}
            </a>
          ) : null}
        </>
      )}
      <p class="muted">
        <a href="/masuk" data-testid="sign-in-link">{t('shop:signIn.title')}</a>
      </p>
    </ShopFrame>
  );
}
