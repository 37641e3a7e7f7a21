// Issue 27 in the chat, through the real engine and database: the product card says where the producer
// ships (the product page's rule) and shows the price in the currency the buyer chose ("harga dalam SGD",
// the menu's Mata uang) with the rate's date; Telegram cards carry a "Beli" Mini App button, other
// channels only the chat's Add to cart; and the chat's half of the web sign-in (start masuk_CODE on
// WhatsApp, confirmed, then the browser signs in as that WhatsApp user).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { createBuyerHarness, onboardBuyer, optionsOf, photoOf, userIdOf } from './buyer-harness.ts';

let h: ChatHarness;
let shop: Awaited<ReturnType<typeof createBuyerHarness>>['shop'];
beforeAll(async () => {
  ({ h, shop } = await createBuyerHarness());
  // the coffee's producer ships within Indonesia and abroad; the cloth's producer has no rates
  const coffee = await h.db.prisma.product.findUniqueOrThrow({ where: { id: shop.products.coffee.id } });
  await h.db.prisma.shippingRate.createMany({
    data: [
      { producerId: coffee.producerId, zone: 'INDONESIA', baseIdr: 30_000, perKgIdr: 12_000 },
      { producerId: coffee.producerId, zone: 'ABROAD', baseIdr: 150_000, perKgIdr: 90_000 },
    ],
  });
});
afterAll(() => h.close());

describe('the product card', () => {
  it('says where the producer ships, and prices follow the currency the buyer picks in chat', async () => {
    await onboardBuyer(h, 'mei', 'id');
    await h.tap('mei', 'Produk unggulan');
    let card = photoOf(await h.tap('mei', 'Kopi Arabika Bajawa'))?.caption ?? '';
    expect(card).toContain('🚚 Ke seluruh Indonesia, ongkir mulai Rp42.000');
    expect(card).toContain('🌏 Juga ke luar negeri, ongkir Rp240.000 per barang');
    expect(card).toContain('Rp85.000 / bungkus');
    expect(card).not.toContain('Kurs');

    // typed on the card: the currency is chosen and the card comes again in it, with the rate and its date
    const replies = await h.say('mei', 'harga dalam SGD');
    expect(textOf(replies)).toContain('Harga sekarang ditampilkan juga dalam SGD. Kurs 1 Des 2026: 1 SGD = Rp12.300');
    card = photoOf(replies)?.caption ?? '';
    expect(card).toContain('Rp85.000 (≈ S$6,91) / bungkus');
    expect(card).toContain('💱 Kurs 1 Des 2026: 1 SGD = Rp12.300. Bayar tetap dalam rupiah.');
    expect((await h.db.prisma.user.findUniqueOrThrow({ where: { id: await userIdOf(h, 'mei') } })).currency).toBe('SGD');

    // the other producer ships nowhere abroad
    await h.say('mei', 'menu');
    await h.tap('mei', 'Produk unggulan');
    const cloth = await h.tap('mei', 'Kain Tenun Ikat');
    card = photoOf(cloth)?.caption ?? textOf(cloth);
    expect(card).toContain('🚚 Ke seluruh Indonesia, ongkir dikonfirmasi produsen');
    expect(card).toContain('🌏 Produsen ini belum mengirim ke luar negeri');
    expect(card).toContain('(≈ S$121,95)');
  });

  it('the menu offers the currency choice; rupiah alone turns the foreign price off', async () => {
    await onboardBuyer(h, 'ben', 'en', 'WHATSAPP');
    expect(textOf(await h.tap('ben', 'Currency', 'WHATSAPP'))).toContain('Which currency should prices be shown in');
    expect(textOf(await h.tap('ben', 'Euro', 'WHATSAPP'))).toMatch(/Prices now also show in EUR\. Rate of 1 Dec 2026: 1 EUR = Rp[\d.]+/);
    await h.tap('ben', 'Flagship', 'WHATSAPP');
    const card = photoOf(await h.tap('ben', 'Bajawa Arabica', 'WHATSAPP'))?.caption ?? '';
    expect(card).toMatch(/Rp85\.000 \(≈ €[\d.]+\) per pack/);
    expect(card).toContain('Also abroad, shipping Rp240.000 per item');
    await h.say('ben', 'show prices in rupiah', 'WHATSAPP');
    expect(await h.db.prisma.user.findUniqueOrThrow({ where: { id: await userIdOf(h, 'ben') } }).then((u) => u.currency)).toBe('IDR');
  });

  it('Telegram cards open the Mini App at the product; other channels keep only Add to cart', async () => {
    await onboardBuyer(h, 'tg1', 'id', 'TELEGRAM');
    await h.tap('tg1', 'Produk unggulan', 'TELEGRAM');
    const tg = optionsOf(await h.tap('tg1', 'Kopi Arabika Bajawa', 'TELEGRAM'));
    expect(tg[0]).toEqual({ label: '🛍️ Beli', url: 'https://etalase.example/tg?p=KBJ01', webApp: true });
    expect(tg.some((o) => o.label.includes('Tambah ke keranjang'))).toBe(true);

    await onboardBuyer(h, 'wa1', 'id', 'WHATSAPP');
    await h.tap('wa1', 'Produk unggulan', 'WHATSAPP');
    const wa = optionsOf(await h.tap('wa1', 'Kopi Arabika Bajawa', 'WHATSAPP'));
    expect(wa.some((o) => o.webApp)).toBe(false);
    expect(wa[0]?.label).toContain('Tambah ke keranjang');
  });
});

describe('signing a browser in from WhatsApp', () => {
  it('start masuk_CODE asks first; Yes claims the code and the browser signs in as this WhatsApp user', async () => {
    await onboardBuyer(h, '6281311112222', 'id', 'WHATSAPP');
    const { code, browserSecret } = await h.services.webSignIn.start();
    const ask = await h.send('6281311112222', { type: 'command', command: 'start', args: `masuk_${code}`, channel: 'WHATSAPP' });
    expect(textOf(ask)).toContain(`Browser yang menampilkan kode ${code} akan memakai keranjang dan pesanan Anda`);
    expect(await h.services.webSignIn.complete(browserSecret)).toEqual({ state: 'waiting' });
    expect(textOf(await h.tap('6281311112222', 'Ya, masuk', 'WHATSAPP'))).toContain('Browser Anda sudah masuk');
    const done = await h.services.webSignIn.complete(browserSecret);
    expect(done.state === 'signedIn' && done.buyer.userId).toBe(await userIdOf(h, '6281311112222'));
  });

  it('"Not me" claims nothing; a used or unknown code is refused', async () => {
    await onboardBuyer(h, '6281311113333', 'en', 'WHATSAPP');
    const { code, browserSecret } = await h.services.webSignIn.start();
    await h.send('6281311113333', { type: 'command', command: 'start', args: `masuk_${code}`, channel: 'WHATSAPP' });
    expect(textOf(await h.tap('6281311113333', 'Not me', 'WHATSAPP'))).toContain('that browser was not signed in');
    expect(await h.services.webSignIn.complete(browserSecret)).toEqual({ state: 'waiting' });
    const unknown = await h.send('6281311113333', { type: 'command', command: 'start', args: 'masuk_ABCDEFGH', channel: 'WHATSAPP' });
    expect(textOf(unknown)).toContain('This code has expired or was already used');
  });
});
