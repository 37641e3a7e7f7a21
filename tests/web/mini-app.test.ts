// The shop inside Telegram: launch data signed with the bot token signs the browser in as that Telegram
// user, the same user as the chat (their chat cart is on the cart page, their order is placed as theirs);
// tampered, foreign-token or stale launch data is refused, and /tg without launch data says to use the chat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInitData, verifyInitData } from '../../domain/lib/telegram-init-data.ts';
import { addProducer, addProduct } from './web-fixtures.ts';
import { cookieJar, createWebHarness, type WebHarness } from './web-harness.ts';

const TOKEN = '123456:TEST-token-for-the-mini-app';
let h: WebHarness;
let productId: string;
beforeAll(async () => {
  h = await createWebHarness({ telegramBotToken: TOKEN });
  const p = await addProducer(h, { businessName: 'Kopi Mangulewa', regionCode: '53.09' });
  productId = (await addProduct(h, { producerId: p.id, code: 'KBJ01', nameId: 'Kopi Arabika Bajawa', nameEn: 'Bajawa Arabica Coffee' })).id;
});
afterAll(() => h?.close());

function launchData(o: { token?: string; authDate?: number; user?: object; startParam?: string } = {}): string {
  const fields: Record<string, string> = {
    auth_date: String(o.authDate ?? Math.floor(Date.now() / 1000)),
    query_id: 'AAHdF6IQAAAAAN0XohDhrOrc',
    user: JSON.stringify(o.user ?? { id: 777001, first_name: 'Yohana', language_code: 'en' }),
    ...(o.startParam ? { start_param: o.startParam } : {}),
  };
  fields.hash = signInitData(fields, o.token ?? TOKEN);
  return new URLSearchParams(fields).toString();
}

describe('Telegram Mini App', () => {
  it('checks the signature, the token and the age', () => {
    const now = new Date();
    expect(verifyInitData(launchData(), TOKEN, now)?.user).toEqual({ id: 777001, firstName: 'Yohana', languageCode: 'en' });
    expect(verifyInitData(launchData({ token: '999:other' }), TOKEN, now)).toBeNull();
    expect(verifyInitData(launchData().replace('Yohana', 'Mallory'), TOKEN, now)).toBeNull();
    expect(verifyInitData(launchData({ authDate: Math.floor(now.getTime() / 1000) - 2 * 86_400 }), TOKEN, now)).toBeNull();
    expect(verifyInitData('hash=abc', TOKEN, now)).toBeNull();
  });

  it('signs the browser in as the chat’s Telegram user: the chat cart is the page cart', async () => {
    // Yohana used the bot before: her Telegram identity and a cart line from the chat
    const chatUser = await h.services.repos.users.createBuyerForIdentity({ channel: 'TELEGRAM', externalId: '777001', chatId: '777001', displayName: 'Yohana', language: 'en' });
    await h.services.cart.add(chatUser, { productId, quantity: 2 });

    const jar = cookieJar();
    const res = await h.app.request('/tg/session', { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body: JSON.stringify({ initData: launchData({ startParam: 'p_KBJ01' }) }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ next: '/p/KBJ01?lang=en' });
    jar.store(res);
    const cart = await (await h.app.request('/keranjang?lang=en', { headers: { cookie: jar.header() } })).text();
    expect(cart).toContain('data-testid="cart-count">2<');
    expect(cart).toContain('Bajawa Arabica Coffee');
    // one user: nothing new was made for the page
    expect(await h.db.prisma.channelIdentity.count({ where: { channel: 'TELEGRAM', externalId: '777001' } })).toBe(1);
    expect(await h.db.prisma.channelIdentity.count({ where: { channel: 'WEB' } })).toBe(0);
  });

  it('refuses forged launch data; without it the page points to the chat', async () => {
    const forged = await h.app.request('/tg/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ initData: launchData({ token: '1:forged' }) }) });
    expect(forged.status).toBe(401);
    expect(forged.headers.getSetCookie().join()).not.toContain('etalase_buyer');
    const page = await (await h.app.request('/tg')).text();
    expect(page).toContain('data-testid="tg-fallback"');
    expect(page).toMatch(/<script nonce="[^"]+">/);
  });
});
