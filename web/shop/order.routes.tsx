// A checkout's order page by its private link (/pesanan/<number>?k=<signature>): whoever holds the link
// acts as the orders' buyer, the services check every step as for the chat. Its actions (check payment,
// received, rating, cancel, transfer proof) post to the same link and come back to it.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { qrCode } from '../../domain/lib/on-demand.ts';
import { DomainError } from '../../domain/lib/errors.ts';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import type { Actor } from '../../domain/services/actor.ts';
import type { StartOutcome } from '../../domain/services/payment.service.ts';
import type { CheckoutRef } from '../../domain/services/web-buyer.service.ts';
import { isOnlineMethod } from '../../domain/payments/payment-gateway.ts';
import { absoluteUrl } from '../layout.tsx';
import { renderPage } from '../render-page.ts';
import { NotFoundPage } from '../storefront/pages/not-found.tsx';
import { OrderPage, type OrderBlock } from './pages/order.tsx';
import type { PaymentBlock } from './pages/payment-box.tsx';
import { noticeOf, refusalText, shopContext, shopRoute, type ShopContext, type ShopDeps } from './shop-page.ts';
import { orderPath, validOrderToken } from './shop-session.ts';

const MAX_PROOF_BYTES = 8 * 1024 * 1024;

export function orderRoutes(deps: ShopDeps): Hono<AppEnv> {
  const { services, cookieSecret } = deps;
  const app = new Hono<AppEnv>();

  /** the checkout behind a valid link, or null (a wrong signature is the same as no such order) */
  async function checkoutOf(c: ShopContext): Promise<CheckoutRef | null> {
    const number = c.req.param('number') ?? '';
    if (!validOrderToken(cookieSecret, number, c.req.query('k'))) return null;
    return services.webBuyers.checkoutOf(number);
  }

  async function blockOf(buyer: Actor, id: string): Promise<OrderBlock> {
    const view = await services.orders.get(buyer, id);
    const steps = services.orders.nextSteps(buyer, view);
    const history = (await services.orders.history(buyer, id)).map((h) => ({ to: h.to, createdAt: h.createdAt }));
    const unrated = steps.includes('rate') ? await services.orders.unratedItems(buyer, id) : [];
    return { view, steps, history, unrated };
  }

  async function onlinePayment(ref: CheckoutRef): Promise<PaymentBlock | null> {
    let outcome: StartOutcome;
    try {
      outcome = await services.payments.startForCheckout(ref.buyer, ref.checkoutKey);
    } catch (error) {
      if (error instanceof DomainError) return null; // nothing left to pay (cancelled, expired) or the gateway is down
      throw error;
    }
    if (outcome.state === 'waitingShipping') return { state: 'waitingShipping' };
    const p = outcome.payment;
    const qrDataUri = p.qrString ? `data:image/svg+xml;base64,${Buffer.from(await qrCode().toString(p.qrString, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })).toString('base64')}` : null;
    return { state: outcome.state, amountIdr: p.amountIdr, qrDataUri, redirectUrl: p.redirectUrl, expiresAt: p.expiresAt, status: p.status };
  }

  function transferOf(blocks: OrderBlock[]): PaymentBlock {
    return {
      state: 'transfer',
      orders: blocks.map(({ view: o }) => ({ id: o.id, number: o.number, status: o.status, totalIdr: o.totalIdr, producer: o.producer.businessName, payTo: o.payTo })),
    };
  }

  app.get(
    '/pesanan/:number',
    shopRoute(deps, async (c) => {
      const ref = await checkoutOf(c);
      const ctx = await shopContext(c, deps);
      if (!ref) return renderPage(c, <NotFoundPage ctx={ctx} path={c.req.path} />, 404);
      const online = (await services.orders.get(ref.buyer, ref.orderIds[0]!)).paymentMethod;
      const payment = isOnlineMethod(online) ? await onlinePayment(ref) : null;
      const orders = await Promise.all(ref.orderIds.map((id) => blockOf(ref.buyer, id)));
      const link = orderPath(cookieSecret, c.req.param('number')!);
      const nonce = randomBytes(16).toString('base64');
      const data = { orders, payment: payment ?? (isOnlineMethod(online) ? null : transferOf(orders)), link, absoluteLink: absoluteUrl(ctx.publicUrl, link), justPlaced: c.req.query('placed') === '1', nonce };
      const flash = { notice: noticeOf(ctx, c.req.query('ok')), problem: c.req.query('problem') ? ctx.t('shop:errors.actionRefused') : undefined };
      return renderPage(c, <OrderPage ctx={ctx} data={data} flash={flash} />, 200, { scriptNonce: nonce });
    }),
  );

  /** the payment's state for the page's watcher: read from our database only (the gateway tells us) */
  app.get(
    '/pesanan/:number/status',
    shopRoute(deps, async (c) => {
      const ref = await checkoutOf(c);
      if (!ref) return c.json({ error: 'not found' }, 404);
      return c.json({ state: await services.webBuyers.paymentState(ref) });
    }),
  );

  /** an action on one order of the checkout; back to the page with a notice, or with the refusal */
  const action = (name: string, ok: string, run: (buyer: Actor, orderId: string, form: Record<string, string | File>) => Promise<unknown>) =>
    app.post(
      `/pesanan/:number/${name}`,
      shopRoute(deps, async (c) => {
        const ref = await checkoutOf(c);
        if (!ref) return c.text('not found', 404);
        const body = (await c.req.parseBody().catch(() => ({}))) as Record<string, string | File>;
        const orderId = typeof body.orderId === 'string' ? body.orderId : (ref.orderIds[0] ?? '');
        const back = orderPath(cookieSecret, c.req.param('number')!);
        if (!ref.orderIds.includes(orderId)) return c.redirect(`${back}&problem=1`, 303);
        try {
          await run(ref.buyer, orderId, body);
          return c.redirect(`${back}&ok=${ok}`, 303);
        } catch (error) {
          if (refusalText(await shopContext(c, deps), error) === null) throw error;
          return c.redirect(`${back}&problem=1`, 303);
        }
      }),
    );

  action('cek', 'checked', async (buyer, orderId) => {
    const started = await services.payments.startForOrder(buyer, orderId);
    if (started.state === 'ready') await services.payments.refresh(buyer, started.payment.id);
  });
  action('diterima', 'received', (buyer, orderId) => services.orders.complete(buyer, orderId));
  action('batal', 'cancelled', (buyer, orderId) => services.orders.cancel(buyer, orderId, {}));
  action('nilai', 'rated', (buyer, orderId, form) =>
    services.orders.rate(buyer, orderId, { productId: String(form.productId ?? ''), stars: Number(form.stars), comment: typeof form.comment === 'string' ? form.comment.slice(0, 500) : undefined }),
  );
  action('bukti', 'proof', async (buyer, orderId, form) => {
    const file = form.proof;
    if (!(file instanceof File) || file.size === 0 || file.size > MAX_PROOF_BYTES) throw new DomainError('validation', 'bad proof', 'orders:errors.badProof');
    const media = await services.media.upload(buyer, { data: Buffer.from(await file.arrayBuffer()), mime: file.type, kind: 'payment_proof' });
    await services.orders.submitPaymentProof(buyer, orderId, { mediaId: media.id });
  });

  return app;
}
