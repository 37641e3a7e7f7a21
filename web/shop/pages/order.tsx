// A checkout's order page, opened by its private link: per producer the status and its timeline, items,
// shipping and total, courier and tracking number, "received" and the rating; on top the payment: the QRIS
// to scan (or the gateway's page) while it waits, refreshed every few seconds until the money is in, or
// the bank details and the proof upload where the buyer pays the producer by transfer.
import { formatDateTime, formatIdr } from '../../../domain/lib/i18n.ts';
import type { OrderItemView, OrderView } from '../../../domain/services/order-view.ts';
import type { OrderStep } from '../../../domain/services/order-rules.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { ShopFrame, type Flash } from './shop-frame.tsx';
import { PaymentBox, type PaymentBlock } from './payment-box.tsx';

export interface OrderBlock {
  view: OrderView;
  history: { to: string; createdAt: Date }[];
  steps: OrderStep[];
  unrated: OrderItemView[];
}

export interface OrderPageData {
  orders: OrderBlock[];
  payment: PaymentBlock | null;
  /** the private path of this page (forms post to it plus an action) */
  link: string;
  /** absolute: what the buyer keeps to come back */
  absoluteLink: string;
  justPlaced: boolean;
  /** the nonce of the page's one script (the payment watcher) */
  nonce: string;
}

/**
 * While a payment waits: asks the page's status every 4 s and reloads when it changed (paid, expired), so
 * the open page turns to paid by itself. Without script the "check payment" button does the same.
 */
const watchScript = `(function(){var box=document.querySelector('[data-testid=payment]');if(!box)return;var url=location.pathname+'/status'+location.search;
function tick(){fetch(url,{headers:{accept:'application/json'}}).then(function(r){return r.ok?r.json():null}).then(function(s){if(s&&s.state!==box.getAttribute('data-state')){location.replace(location.pathname+location.search.replace(/&placed=1/,''));return}setTimeout(tick,4000)}).catch(function(){setTimeout(tick,8000)})}
setTimeout(tick,4000)})();`;

function Timeline({ ctx, history }: { ctx: PageContext; history: OrderBlock['history'] }) {
  return (
    <ol class="timeline" aria-label={ctx.t('shop:order.timeline')}>
      {history.map((h) => (
        <li>
          <strong>{ctx.t(`orders:status.${h.to}`)}</strong> <span class="muted">{formatDateTime(h.createdAt, ctx.lang)}</span>
        </li>
      ))}
    </ol>
  );
}

function Actions({ ctx, block, link }: { ctx: PageContext; block: OrderBlock; link: string }) {
  const { t } = ctx;
  const o = block.view;
  const [path, query] = link.split('?');
  const action = (name: string) => `${path}/${name}?${query}`;
  return (
    <>
      {block.steps.includes('complete') ? (
        <form method="post" action={action('diterima')}>
          <input type="hidden" name="orderId" value={o.id} />
          <button type="submit" class="primary" data-testid="received">
            {t('shop:order.received')}
          </button>
        </form>
      ) : null}
      {block.unrated.length > 0
        ? block.unrated.map((item) => (
            <form method="post" action={action('nilai')} class="rate">
              <input type="hidden" name="orderId" value={o.id} />
              <input type="hidden" name="productId" value={item.productId} />
              <fieldset>
                <legend>{t('shop:order.rate', { name: item.name })}</legend>
                {[5, 4, 3, 2, 1].map((n) => (
                  <label class="star">
                    <input type="radio" name="stars" value={String(n)} required /> {t('shop:order.stars', { count: n })}
                  </label>
                ))}
                <label>
                  {t('shop:order.comment')}
                  <input type="text" name="comment" maxlength={500} />
                </label>
                <button type="submit" class="small">
                  {t('shop:order.sendRating')}
                </button>
              </fieldset>
            </form>
          ))
        : null}
      {block.steps.includes('cancel') ? (
        <form method="post" action={action('batal')}>
          <input type="hidden" name="orderId" value={o.id} />
          <button type="submit" class="small link">
            {t('shop:order.cancel')}
          </button>
        </form>
      ) : null}
    </>
  );
}

function OrderSection({ ctx, block, link }: { ctx: PageContext; block: OrderBlock; link: string }) {
  const { t } = ctx;
  const o = block.view;
  return (
    <section class="box" aria-labelledby={`o-${o.number}`} data-testid="order" data-number={o.number} data-status={o.status}>
      <h2 id={`o-${o.number}`}>
        {o.producer.businessName} <span class="muted">· {o.number}</span>
      </h2>
      <p>
        <span class={`status s-${o.status}`} data-testid="order-status">
          {t(`orders:status.${o.status}`)}
        </span>
      </p>
      <table class="sums">
        <tbody>
          {o.items.map((i) => (
            <tr>
              <th scope="row">
                {i.quantity} × {i.name}
              </th>
              <td>{formatIdr(i.lineTotalIdr)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('shop:review.shippingAll')}</th>
            <td class={o.shippingIdr === null ? 'note' : undefined}>{o.shippingIdr === null ? t('shop:review.shippingByProducer') : formatIdr(o.shippingIdr)}</td>
          </tr>
          <tr class="grand">
            <th scope="row">{t('shop:review.total')}</th>
            <td class={o.totalIdr === null ? 'note' : undefined}>{o.totalIdr === null ? t('shop:review.totalLater', { items: formatIdr(o.subtotalIdr) }) : formatIdr(o.totalIdr)}</td>
          </tr>
        </tbody>
      </table>
      <dl class="facts">
        <dt>{t('shop:order.payment')}</dt>
        <dd>{t(`shop:pay.method.${o.paymentMethod}`)}</dd>
        <dt>{t('shop:order.delivery')}</dt>
        <dd>{o.deliveryMethod === 'COURIER' ? [o.recipient.addressLine, o.recipient.city, o.recipient.province, o.recipient.country === 'ID' ? null : o.recipient.country].filter(Boolean).join(', ') : t('shop:checkout.pickup')}</dd>
        {o.recipient.email ? (
          <>
            <dt>{t('shop:order.email')}</dt>
            <dd data-testid="buyer-email">{o.recipient.email}</dd>
          </>
        ) : null}
        {o.courier ? (
          <>
            <dt>{t('shop:order.courier')}</dt>
            <dd data-testid="tracking">
              {o.courier} · {o.trackingNumber}
            </dd>
          </>
        ) : null}
      </dl>
      <Timeline ctx={ctx} history={block.history} />
      <Actions ctx={ctx} block={block} link={link} />
    </section>
  );
}

export function OrderPage({ ctx, data, flash }: { ctx: PageContext; data: OrderPageData; flash?: Flash }) {
  const { t } = ctx;
  const waiting = data.payment?.state === 'ready';
  return (
    <ShopFrame ctx={ctx} title={t('shop:order.title')} path="/pesanan" flash={flash}>
      {data.justPlaced ? (
        <p class="flash notice" data-testid="placed">
          {t('shop:order.placed')}
        </p>
      ) : null}
      <p class="muted small">
        {t('shop:order.keepLink')} <a href={data.link}>{data.absoluteLink}</a>
      </p>
      {data.payment ? <PaymentBox ctx={ctx} payment={data.payment} link={data.link} /> : null}
      {data.orders.map((b) => (
        <OrderSection ctx={ctx} block={b} link={data.link} />
      ))}
      {waiting ? <script nonce={data.nonce} dangerouslySetInnerHTML={{ __html: watchScript }} /> : null}
    </ShopFrame>
  );
}
