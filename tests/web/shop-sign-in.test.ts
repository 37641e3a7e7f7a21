// Issue 27's identity on the web, over HTTP like a browser without JavaScript: a guest signs in through
// WhatsApp with a one-time code (the page shows it with the wa.me link and a QR, reloads until the chat
// confirms, then signs in once) and finds the WhatsApp user's cart with the guest's lines added; the Mini
// App does the same merge and opens the product of the card's "Beli"; a guest may leave an e-mail at
// checkout (checked, kept on the order, shown on the order page; nothing is mailed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInitData } from '../../domain/lib/telegram-init-data.ts';
import { addProducer, addProduct } from './web-fixtures.ts';
import { cookieJar, createWebHarness, type WebHarness } from './web-harness.ts';

const TOKEN = '123456:TEST-token-for-the-mini-app';
let h: WebHarness;
const ids: Record<string, string> = {};
beforeAll(async () => {
  h = await createWebHarness({ telegramBotToken: TOKEN });
  const coffee = await addProducer(h, { businessName: 'Kopi Mangulewa', regionCode: '53.09' });
  const weave = await addProducer(h, { businessName: 'Tenun Sumba', regionCode: '53.11' });
  ids.KBJ01 = (await addProduct(h, { producerId: coffee.id, code: 'KBJ01', nameId: 'Kopi Arabika Bajawa', nameEn: 'Bajawa Arabica Coffee', priceIdr: 85_000 })).id;
  ids.TSB01 = (await addProduct(h, { producerId: weave.id, code: 'TSB01', nameId: 'Tenun Ikat Sumba', priceIdr: 400_000 })).id;
});
afterAll(() => h?.close());

function browser(lang: 'id' | 'en' = 'id') {
  const jar = cookieJar();
  const headers = (extra: Record<string, string> = {}) => ({ ...(jar.cookies.size ? { cookie: jar.header() } : {}), 'accept-language': lang, ...extra });
  return {
    jar,
    async get(path: string) {
      const res = await h.app.request(path, { headers: headers() });
      jar.store(res);
      return { res, html: await res.text() };
    },
    async post(path: string, fields: Record<string, string>) {
      const res = await h.app.request(path, { method: 'POST', body: new URLSearchParams(fields), headers: headers({ 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' }) });
      jar.store(res);
      return { res, html: await res.text(), location: res.headers.get('location') };
    },
    async json(path: string, body: unknown) {
      const res = await h.app.request(path, { method: 'POST', body: JSON.stringify(body), headers: headers({ 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }) });
      jar.store(res);
      return res;
    },
  };
}

const codeOn = (html: string) => /data-testid="sign-in-code">[^<]*?([A-Z2-9]{8})</.exec(html)?.[1] ?? '';

describe('signing in to the web shop through WhatsApp', () => {
  it('code, wa.me link and QR; the chat confirms; the browser signs in once and the guest cart joins the WhatsApp cart', async () => {
    const wa = await h.services.repos.users.createBuyerForIdentity({ channel: 'WHATSAPP', externalId: '6281355556666', chatId: '6281355556666@c.us', displayName: 'Rina', language: 'id' });
    await h.services.cart.add(wa, { productId: ids.TSB01!, quantity: 1 });
    await h.services.cart.add(wa, { productId: ids.KBJ01!, quantity: 1 });

    const b = browser();
    await b.post('/keranjang/tambah', { productId: ids.KBJ01!, quantity: '2' });
    expect((await b.get('/keranjang')).html).toContain('href="/masuk"');
    const start = await b.get('/masuk');
    expect(start.html).toContain('data-testid="sign-in-start"');
    expect((await b.post('/masuk', {})).location).toBe('/masuk');
    const waiting = await b.get('/masuk');
    const code = codeOn(waiting.html);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(waiting.html).toContain(`https://wa.me/6281234567890?text=start%20masuk_${code}`);
    expect(waiting.html).toContain(`https://t.me/EtalaseNttBot?start=masuk_${code}`);
    expect(waiting.html).toContain('src="data:image/svg+xml;base64,');
    expect(waiting.html).toMatch(/<script nonce="[^"]+">setTimeout/);
    // still waiting while the chat has not confirmed
    expect(codeOn((await b.get('/masuk')).html)).toBe(code);

    // the bot's half (tests/bot/buyer/shop-identity.flow.test.ts drives it through the engine)
    expect(await h.services.webSignIn.claim(wa, code)).toBe(true);
    const signedIn = await b.get('/masuk');
    expect(signedIn.html).toContain('data-testid="signed-in">Anda masuk sebagai Rina.');
    expect(signedIn.html).toContain('data-testid="merged"');
    expect(b.jar.cookies.has('etalase_buyer')).toBe(true);
    const cart = await b.get('/keranjang');
    // 1 cloth + (1 + 2) coffee, one coffee line
    expect(cart.html).toMatch(/data-testid="cart-count">4</);
    expect(cart.html.match(/data-testid="cart-line"/g)).toHaveLength(2);
    const lines = await h.db.prisma.cartItem.findMany({ where: { cart: { userId: wa.userId } }, include: { product: true } });
    expect(lines.map((l) => [l.product.code, l.quantity]).sort()).toEqual([
      ['KBJ01', 3],
      ['TSB01', 1],
    ]);
    // used once: the page now just says who is signed in, nothing merges again
    const again = await b.get('/masuk');
    expect(again.html).toContain('data-testid="signed-in"');
    expect(again.html).not.toContain('data-testid="merged"');
    // another browser holding nothing gets the start button, never Rina's session
    const other = browser();
    expect((await other.get('/masuk')).html).toContain('data-testid="sign-in-start"');
    expect(other.jar.cookies.has('etalase_buyer')).toBe(false);
  });

  it('a claimed code does not sign in a browser that lacks its secret cookie', async () => {
    const wa = await h.services.repos.users.createBuyerForIdentity({ channel: 'WHATSAPP', externalId: '6281355557777', chatId: '6281355557777@c.us', displayName: 'Yos', language: 'id' });
    const b = browser();
    await b.post('/masuk', {});
    const code = codeOn((await b.get('/masuk')).html);
    await h.services.webSignIn.claim(wa, code);
    const thief = browser();
    const page = await thief.get('/masuk');
    expect(page.html).not.toContain('data-testid="signed-in"');
    expect(thief.jar.cookies.has('etalase_buyer')).toBe(false);
    // a forged pending cookie is refused by its signature
    thief.jar.cookies.set('etalase_signin', `${'a'.repeat(43)}.${code}.forged`);
    expect((await thief.get('/masuk')).html).toContain('data-testid="sign-in-start"');
  });

  it('refuses more than ten codes a minute from one address, without making a code', async () => {
    const b = browser('en');
    let refused: Awaited<ReturnType<typeof b.post>> | null = null;
    for (let i = 0; i < 11 && !refused; i += 1) {
      const answer = await b.post('/masuk', {});
      if (answer.res.status === 429) refused = answer;
      else expect(answer.location).toBe('/masuk');
    }
    expect(refused?.res.status).toBe(429);
    expect(Number(refused?.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused?.html).toContain('Too many sign-in codes');
    expect(refused?.location).toBeNull();
  });
});

describe('the Mini App', () => {
  it('merges the guest cart of the browser into the Telegram user and opens the product of the card', async () => {
    const tg = await h.services.repos.users.createBuyerForIdentity({ channel: 'TELEGRAM', externalId: '777002', chatId: '777002', displayName: 'Yohana', language: 'en' });
    await h.services.cart.add(tg, { productId: ids.KBJ01!, quantity: 1 });
    const b = browser('en');
    await b.post('/keranjang/tambah', { productId: ids.TSB01!, quantity: '2' });
    const fields: Record<string, string> = { auth_date: String(Math.floor(Date.now() / 1000)), user: JSON.stringify({ id: 777002, first_name: 'Yohana', language_code: 'en' }) };
    fields.hash = signInitData(fields, TOKEN);
    const res = await b.json('/tg/session', { initData: new URLSearchParams(fields).toString(), product: 'KBJ01' });
    expect(await res.json()).toEqual({ next: '/p/KBJ01?lang=en' });
    const lines = await h.db.prisma.cartItem.findMany({ where: { cart: { userId: tg.userId } }, include: { product: true } });
    expect(lines.map((l) => [l.product.code, l.quantity]).sort()).toEqual([
      ['KBJ01', 1],
      ['TSB01', 2],
    ]);
    expect((await b.get('/keranjang?lang=en')).html).toMatch(/data-testid="cart-count">3</);
  });
});

describe('e-mail at checkout', () => {
  const address = { recipientName: 'Sari Wulan', recipientPhone: '0812 3456 7890', deliveryMethod: 'COURIER', country: 'ID', province: 'DKI Jakarta', city: 'Jakarta Selatan', district: 'Tebet', street: 'Jl. Tebet Raya 12', postalCode: '12810' };

  it('is optional, checked, kept on the order and shown on its page', async () => {
    const b = browser();
    await b.post('/keranjang/tambah', { productId: ids.KBJ01!, quantity: '1' });
    expect((await b.get('/checkout')).html).toContain('name="email" type="email"');
    const bad = await b.post('/checkout/ringkasan', { ...address, email: 'sari@' });
    expect(bad.res.status).toBe(400);
    expect(bad.html).toContain('Alamat e-mail itu tidak valid.');
    const review = await b.post('/checkout/ringkasan', { ...address, email: ' Sari.Wulan@Example.com ' });
    expect(review.res.status).toBe(200);
    const key = /name="checkoutKey" value="([^"]*)"/.exec(review.html)?.[1] ?? '';
    const placed = await b.post('/checkout/pesan', { ...address, email: /name="email" value="([^"]*)"/.exec(review.html)?.[1] ?? '', checkoutKey: key, paymentMethod: 'BANK_TRANSFER' });
    expect(placed.location).toMatch(/^\/pesanan\//);
    const order = await h.db.prisma.order.findFirstOrThrow({ where: { recipientName: 'Sari Wulan' } });
    expect(order.buyerEmail).toBe('sari.wulan@example.com');
    expect((await b.get(placed.location!)).html).toContain('data-testid="buyer-email">sari.wulan@example.com<');

    // without one, the order is placed all the same
    const c = browser();
    await c.post('/keranjang/tambah', { productId: ids.KBJ01!, quantity: '1' });
    const review2 = await c.post('/checkout/ringkasan', { ...address, recipientName: 'Tanpa Email', email: '' });
    const placed2 = await c.post('/checkout/pesan', { ...address, recipientName: 'Tanpa Email', checkoutKey: /name="checkoutKey" value="([^"]*)"/.exec(review2.html)?.[1] ?? '', paymentMethod: 'BANK_TRANSFER' });
    expect(placed2.location).toMatch(/^\/pesanan\//);
    expect((await h.db.prisma.order.findFirstOrThrow({ where: { recipientName: 'Tanpa Email' } })).buyerEmail).toBeNull();
  });
});
