// The web shop: the cart (/keranjang), checkout in two steps (/checkout: recipient and address, then
// /checkout/ringkasan: items + shipping = total and the payment method) and placing (/checkout/pesan),
// all on the same cart, checkout and payment services as the chat. Plain forms, no script: every action
// is a POST answered by a redirect (303) to the page that shows its result.
import { Hono } from 'hono';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import type { Actor } from '../../domain/services/actor.ts';
import type { PaymentMethod } from '../../prisma/generated/client.ts';
import { buyerEmailSchema } from '../../domain/services/checkout.service.ts';
import { renderPage } from '../render-page.ts';
import { emptyFields, fieldsOf, quoteInputOf, type CheckoutFields } from './checkout-form.ts';
import { miniAppRoutes } from './mini-app.routes.tsx';
import { signInRoutes } from './sign-in.routes.tsx';
import { orderRoutes } from './order.routes.tsx';
import { CartPage } from './pages/cart.tsx';
import { CheckoutPage } from './pages/checkout.tsx';
import { ReviewPage } from './pages/review.tsx';
import { noticeOf, refusalText, shopContext, shopRoute, type ShopContext, type ShopDeps } from './shop-page.ts';
import { currentBuyer, ensureBuyer, formFields, orderPath } from './shop-session.ts';

/** what the web offers, best first: the gateway's, then transfer; cash only for a pickup */
const WEB_METHODS: PaymentMethod[] = ['ONLINE_QRIS', 'VIRTUAL_ACCOUNT', 'EWALLET', 'BANK_TRANSFER', 'CASH_ON_PICKUP'];

export function shopRoutes(deps: ShopDeps): Hono<AppEnv> {
  const { services, cookieSecret } = deps;
  const app = new Hono<AppEnv>();
  const route = (handler: (c: ShopContext) => Promise<Response>) => shopRoute(deps, handler);
  const int = (v: string | undefined, fallback: number) => (/^\d{1,4}$/.test(v ?? '') ? Number(v) : fallback);

  async function showCart(c: ShopContext, buyer: Actor | null, problem?: string) {
    const ctx = await shopContext(c, deps);
    const cart = buyer ? await services.cart.view(buyer) : { groups: [], lines: [], totalIdr: 0, itemCount: 0, warnings: [], canCheckout: false };
    return renderPage(c, <CartPage ctx={ctx} cart={cart} flash={{ problem, notice: noticeOf(ctx, c.req.query('ok')) }} />, problem ? 400 : 200);
  }

  /** a cart action: done → back to the cart with a notice; refused → the cart with the reason */
  async function cartAction(c: ShopContext, ok: string, run: (buyer: Actor, form: Record<string, string>) => Promise<string | void>) {
    const form = await formFields(c);
    const ctx = await shopContext(c, deps);
    const buyer = await ensureBuyer(c, services, cookieSecret, ctx.lang, ctx.t('shop:buyerName'));
    try {
      const next = await run(buyer, form);
      return c.redirect(next ?? `/keranjang?ok=${ok}`, 303);
    } catch (error) {
      const problem = refusalText(ctx, error);
      if (problem === null) throw error;
      return showCart(c, buyer, problem);
    }
  }

  app.get('/keranjang', route(async (c) => showCart(c, await currentBuyer(c, services, cookieSecret))));

  app.post(
    '/keranjang/tambah',
    route((c) =>
      cartAction(c, 'added', async (buyer, form) => {
        await services.cart.add(buyer, { productId: form.productId ?? '', quantity: int(form.quantity, 1) });
        return form.now ? '/checkout' : undefined;
      }),
    ),
  );
  app.post('/keranjang/ubah', route((c) => cartAction(c, 'updated', async (buyer, form) => void (await services.cart.setQuantity(buyer, { lineId: form.lineId ?? '', quantity: int(form.quantity, 0) })))));
  app.post('/keranjang/hapus', route((c) => cartAction(c, 'removed', (buyer, form) => services.cart.remove(buyer, form.lineId ?? ''))));

  async function showCheckout(c: ShopContext, fields: CheckoutFields, problem?: string) {
    const ctx = await shopContext(c, deps);
    const ntt = (await services.catalog.listRegions()).map((r) => r.shortName);
    return renderPage(c, <CheckoutPage ctx={ctx} fields={fields} ntt={ntt} flash={{ problem }} />, problem ? 400 : 200);
  }

  /** the buyer with something to order, or null (the caller sends them to the cart) */
  async function buyerWithCart(c: ShopContext): Promise<Actor | null> {
    const buyer = await currentBuyer(c, services, cookieSecret);
    return buyer && (await services.cart.view(buyer)).canCheckout ? buyer : null;
  }

  app.get(
    '/checkout',
    route(async (c) => {
      const buyer = await buyerWithCart(c);
      if (!buyer) return c.redirect('/keranjang', 303);
      const last = await services.checkout.lastRecipient(buyer);
      const fields = emptyFields();
      if (last) Object.assign(fields, { recipientName: last.recipientName, recipientPhone: last.recipientPhone, city: last.city ?? '', province: last.province ?? '', postalCode: last.postalCode ?? '', street: last.addressLine ?? '', country: last.country });
      return showCheckout(c, fieldsOf(fields as unknown as Record<string, string>));
    }),
  );

  app.post(
    '/checkout/ringkasan',
    route(async (c) => {
      const buyer = await buyerWithCart(c);
      if (!buyer) return c.redirect('/keranjang', 303);
      const fields = fieldsOf(await formFields(c));
      const ctx = await shopContext(c, deps);
      if (!buyerEmailSchema.safeParse(fields.email).success) return showCheckout(c, fields, ctx.t('shop:errors.badEmail'));
      try {
        const quote = await services.checkout.quote(buyer, quoteInputOf(fields));
        const pickup = fields.deliveryMethod !== 'COURIER';
        const methods = WEB_METHODS.filter((m) => quote.preview.paymentMethods.includes(m) && (m !== 'CASH_ON_PICKUP' || pickup));
        return renderPage(c, <ReviewPage ctx={ctx} data={{ fields, quote, methods, online: services.payments.enabled() }} />);
      } catch (error) {
        const problem = refusalText(ctx, error);
        if (problem === null) throw error;
        return showCheckout(c, fields, problem);
      }
    }),
  );

  app.post(
    '/checkout/pesan',
    route(async (c) => {
      const buyer = await currentBuyer(c, services, cookieSecret);
      if (!buyer) return c.redirect('/keranjang', 303);
      const form = await formFields(c);
      const fields = fieldsOf(form);
      const ctx = await shopContext(c, deps);
      try {
        const placed = await services.checkout.confirm(buyer, { ...quoteInputOf(fields), checkoutKey: form.checkoutKey ?? '', paymentMethod: (form.paymentMethod ?? '') as PaymentMethod });
        return c.redirect(`${orderPath(cookieSecret, placed.orders[0]!.number)}&placed=1`, 303);
      } catch (error) {
        const problem = refusalText(ctx, error);
        if (problem === null) throw error;
        return showCheckout(c, fields, problem);
      }
    }),
  );

  app.route('/', orderRoutes(deps));
  app.route('/', miniAppRoutes(deps));
  app.route('/', signInRoutes(deps));
  return app;
}
