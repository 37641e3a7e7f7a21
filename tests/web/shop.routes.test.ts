// The web shop over HTTP like a browser without JavaScript (plain forms, cookies, redirects): a guest puts
// products of two producers in the cart, sees each producer's shipping and the total before ordering, pays
// by QRIS against the fake Midtrans and the order page turns to paid; transfer without a gateway says why;
// a producer without a rate makes the page ask for approval of the final total; forged links and
// cross-site forms are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMidtransGateway } from '../../domain/payments/midtrans/midtrans-gateway.ts';
import { startFakeMidtrans, type FakeMidtrans } from '../fakes/fake-midtrans-server.ts';
import { addProducer, addProduct } from './web-fixtures.ts';
import { cookieJar, createWebHarness, TEST_SECRET, type WebHarness } from './web-harness.ts';
import { orderPath } from '../../web/shop/shop-session.ts';

let h: WebHarness;
let plain: WebHarness;
let midtrans: FakeMidtrans;
/** product ids per harness */
const ids: Record<string, string> = {};
const plainIds: Record<string, string> = {};

async function catalogue(w: WebHarness, rates: boolean, into: Record<string, string>) {
  const coffee = await addProducer(w, { businessName: 'Kopi Mangulewa', regionCode: '53.09' });
  const weave = await addProducer(w, { businessName: 'Tenun Sumba', regionCode: '53.11' });
  if (rates) {
    await w.db.prisma.shippingRate.createMany({
      data: [
        { producerId: coffee.id, zone: 'INDONESIA', baseIdr: 30_000, perKgIdr: 12_000 },
        { producerId: coffee.id, zone: 'ABROAD', baseIdr: 150_000, perKgIdr: 90_000 },
        { producerId: weave.id, zone: 'INDONESIA', baseIdr: 35_000, perKgIdr: 15_000 },
      ],
    });
  }
  into.KBJ01 = (await addProduct(w, { producerId: coffee.id, code: 'KBJ01', nameId: 'Kopi Arabika Bajawa', nameEn: 'Bajawa Arabica Coffee', priceIdr: 85_000 })).id;
  into.TSB01 = (await addProduct(w, { producerId: weave.id, code: 'TSB01', nameId: 'Tenun Ikat Sumba', priceIdr: 400_000 })).id;
}

beforeAll(async () => {
  midtrans = await startFakeMidtrans();
  h = await createWebHarness({ paymentGateway: createMidtransGateway({ serverKey: midtrans.serverKey, clientKey: 'c', production: false, apiRoot: midtrans.url }) });
  await catalogue(h, true, ids);
  plain = await createWebHarness();
  await catalogue(plain, false, plainIds);
}, 60_000);
afterAll(async () => {
  await h?.close();
  await plain?.close();
  await midtrans?.close();
});

/** a browser: cookies kept, forms posted from this site, redirects not followed (we read where they go) */
function browser(w: WebHarness, lang: 'id' | 'en' = 'id') {
  const jar = cookieJar();
  const headers = (extra: Record<string, string> = {}) => ({ ...(jar.cookies.size ? { cookie: jar.header() } : {}), 'accept-language': lang, ...extra });
  return {
    jar,
    async get(path: string) {
      const res = await w.app.request(path, { headers: headers() });
      jar.store(res);
      return { res, html: await res.text() };
    },
    async post(path: string, fields: Record<string, string>, extra: Record<string, string> = { 'sec-fetch-site': 'same-origin' }) {
      const res = await w.app.request(path, { method: 'POST', body: new URLSearchParams(fields), headers: headers({ 'content-type': 'application/x-www-form-urlencoded', ...extra }) });
      jar.store(res);
      return { res, html: await res.text(), location: res.headers.get('location') };
    },
  };
}

const hidden = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
const jakarta = { recipientName: 'Sari Wulan', recipientPhone: '0812 3456 7890', deliveryMethod: 'COURIER', country: 'ID', province: 'DKI Jakarta', city: 'Jakarta Selatan', district: 'Tebet', street: 'Jl. Tebet Raya 12', postalCode: '12810' };

describe('the web shop', () => {
  it('a guest from Jakarta: cart of two producers, shipping and total before ordering, QRIS, the page turns paid', async () => {
    const b = browser(h);
    const product = await b.get('/p/kbj01-produk');
    expect(product.html).toContain('data-testid="add-to-cart"');
    expect(product.html).not.toContain('data-testid="cart-count"');
    // where the producer ships, from their own rates: abroad too (one 250 g unit: 150.000 + 90.000)
    expect(product.html).toContain('Ke seluruh Indonesia, ongkir mulai Rp42.000');
    expect(product.html).toContain('Juga ke luar negeri, ongkir Rp240.000 per barang');
    expect((await b.get('/p/tsb01-produk')).html).toContain('Produsen ini belum mengirim ke luar negeri');
    expect((await b.post('/keranjang/tambah', { productId: ids.KBJ01!, quantity: '2' })).location).toBe('/keranjang?ok=added');
    expect((await b.post('/keranjang/tambah', { productId: ids.TSB01!, quantity: '1', now: '1' })).location).toBe('/checkout');

    const cart = await b.get('/keranjang');
    expect(cart.html).toMatch(/data-testid="cart-count">3</);
    expect(cart.html.match(/data-testid="cart-group"/g)).toHaveLength(2);
    expect(cart.html).toContain('Rp570.000');

    const form = await b.get('/checkout');
    expect(form.html).toContain('data-testid="checkout-form"');
    const review = await b.post('/checkout/ringkasan', jakarta);
    expect(review.res.status).toBe(200);
    // coffee: 2 × 250 g = 1 kg → 30.000 + 12.000; ikat: 35.000 + 15.000; items 570.000
    expect(review.html).toContain('Rp42.000');
    expect(review.html).toContain('Rp50.000');
    expect(review.html).toMatch(/data-testid="total">Rp662\.000</);
    expect(review.html).toContain('value="ONLINE_QRIS" checked');
    expect(review.html).not.toContain('data-testid="no-gateway"');

    const fields = { ...jakarta, checkoutKey: hidden(review.html, 'checkoutKey'), paymentMethod: 'ONLINE_QRIS' };
    const placed = await b.post('/checkout/pesan', fields);
    expect(placed.location).toMatch(/^\/pesanan\/ETL-[A-Z0-9-]+\?k=[\w-]{24}&placed=1$/);
    // a double tap places nothing more
    const again = await b.post('/checkout/pesan', fields);
    expect(again.location).toBe(placed.location);
    const orders = await h.db.prisma.order.findMany({ orderBy: { createdAt: 'asc' } });
    expect(orders.map((o) => [o.status, o.totalIdr])).toEqual([
      ['AWAITING_PAYMENT', 212_000],
      ['AWAITING_PAYMENT', 450_000],
    ]);

    const page = await b.get(placed.location!);
    expect(page.html).toContain('data-state="ready"');
    expect(page.html).toContain('Rp662.000');
    expect(page.html).toContain('data-testid="qris"');
    expect(page.html).toContain('/status');
    const payment = await h.db.prisma.payment.findFirstOrThrow();
    expect(payment.amountIdr).toBe(662_000);

    midtrans.setStatus(payment.gatewayOrderId, 'settlement');
    const note = await h.app.request('/payments/midtrans/notification', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(midtrans.notification(payment.gatewayOrderId)) });
    expect(await note.json()).toEqual({ ok: true, outcome: 'settled' });
    const paid = await b.get(placed.location!.replace('&placed=1', ''));
    expect(paid.html).toContain('data-state="paid"');
    expect(paid.html.match(/data-status="PAID"/g)).toHaveLength(2);
    expect(paid.html).not.toContain('/status');
    // the cart is empty once ordered
    expect((await b.get('/keranjang')).html).toContain('data-testid="cart-empty"');
  });

  it('tracking: the producer ships with a tracking number, the buyer confirms receipt and rates on the order page', async () => {
    const b = browser(h);
    const order = await h.db.prisma.order.findFirstOrThrow({ where: { status: 'PAID' }, orderBy: { createdAt: 'asc' }, include: { producer: true, items: true } });
    const producer = (await h.services.repos.users.loadActor(order.producer.userId))!;
    await h.services.orders.ship(producer, order.id, { courier: 'JNE REG', trackingNumber: 'JNE1234567890' });
    const link = orderPath(TEST_SECRET, order.number);
    const shipped = await b.get(link);
    expect(shipped.html).toContain('JNE REG · JNE1234567890');
    expect(shipped.html).toMatch(/data-number="[^"]+" data-status="SHIPPED"/);
    expect(shipped.html).toContain('data-testid="received"');
    // "received": the order completes; then one rating per product, once
    const action = (name: string) => link.replace('?', `/${name}?`);
    expect((await b.post(action('diterima'), { orderId: order.id })).location).toBe(`${link}&ok=received`);
    expect((await h.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('COMPLETED');
    const completed = await b.get(link);
    expect(completed.html).toContain('name="stars"');
    const rate = { orderId: order.id, productId: order.items[0]!.productId, stars: '5', comment: 'Harum sekali' };
    expect((await b.post(action('nilai'), rate)).location).toBe(`${link}&ok=rated`);
    expect((await b.post(action('nilai'), rate)).location).toBe(`${link}&problem=1`);
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: order.items[0]!.productId } })).ratingCount).toBe(1);
    // only the orders of this link's checkout can be acted on through it
    expect((await b.post(action('diterima'), { orderId: 'not-in-this-checkout' })).location).toBe(`${link}&problem=1`);
  });

  it('refuses a forged order link and a form from another site', async () => {
    const b = browser(h);
    const order = await h.db.prisma.order.findFirstOrThrow();
    expect((await b.get(`/pesanan/${order.number}?k=AAAAAAAAAAAAAAAAAAAAAAAA`)).res.status).toBe(404);
    expect((await b.get(`/pesanan/${order.number}`)).res.status).toBe(404);
    const cross = await b.post('/keranjang/tambah', { productId: ids.KBJ01!, quantity: '1' }, { 'sec-fetch-site': 'cross-site' });
    expect(cross.res.status).toBe(403);
  });

  it('without a gateway and without rates: says which methods exist and why, and asks approval of the final total', async () => {
    const b = browser(plain, 'en');
    await b.post('/keranjang/tambah', { productId: plainIds.KBJ01!, quantity: '1' });
    const review = await b.post('/checkout/ringkasan', { ...jakarta, country: 'Singapore', province: '', city: 'Singapore', postalCode: '018956', street: '10 Bayfront Ave' });
    expect(review.html).toContain('data-testid="no-gateway"');
    expect(review.html).toContain('the operator has not connected a payment gateway');
    expect(review.html).toContain('data-testid="approval-note"');
    expect(review.html).toContain('Rp85.000 + shipping');
    expect(review.html).toContain('value="BANK_TRANSFER" checked');
    const placed = await b.post('/checkout/pesan', { ...jakarta, country: 'Singapore', province: '', city: 'Singapore', postalCode: '018956', street: '10 Bayfront Ave', checkoutKey: hidden(review.html, 'checkoutKey'), paymentMethod: 'BANK_TRANSFER' });
    const page = await b.get(placed.location!);
    expect(page.html).toContain('data-state="transfer"');
    expect(page.html).toContain('Waiting for the producer to confirm the order and the shipping cost');
    const order = await plain.db.prisma.order.findFirstOrThrow({ include: { producer: true } });
    expect([order.status, order.country]).toEqual(['AWAITING_CONFIRMATION', 'Singapore']);

    // the producer confirms with shipping: the page shows the final total and where to transfer it
    const producer = (await plain.services.repos.users.loadActor(order.producer.userId))!;
    await plain.services.orders.accept(producer, order.id, { shippingIdr: 240_000 });
    const due = await b.get(placed.location!.replace('&placed=1', ''));
    expect(due.html).toContain('transfer Rp325.000');
    expect(due.html).toContain('SECRET-ACCOUNT');
    expect(due.html).toContain('name="proof"');
  });
});
