// Browsing through the real engine and database, in both languages: flagships → card → add 2 → the cart;
// categories, regencies (island picker) and paging; the same path by numbers on WhatsApp.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../domain/lib/i18n.ts';
import { renderWhatsApp } from '../../../bot/channels/whatsapp/render.ts';
import { textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { createBuyerHarness, onboardBuyer, optionsOf, photoOf, userIdOf } from './buyer-harness.ts';
import { createProducer, createProduct } from './catalog-fixtures.ts';

let h: ChatHarness;
let shop: Awaited<ReturnType<typeof createBuyerHarness>>['shop'];
beforeAll(async () => {
  ({ h, shop } = await createBuyerHarness());
});
afterAll(() => h.close());

async function cartOf(user: string) {
  return h.db.prisma.cartItem.findMany({ where: { cart: { userId: await userIdOf(h, user) } }, include: { product: true } });
}

describe('flagships → card → cart', () => {
  it('Indonesian: the card shows photo, price, producer, regency, story, verified permit and stock; 2 go into the cart', async () => {
    await onboardBuyer(h, 'sari', 'id');
    const list = textOf(await h.tap('sari', 'Produk unggulan'));
    expect(list).toContain('Produk unggulan bulan');
    expect(list).toContain('Kopi Arabika Bajawa 250 g · Rp85.000');
    expect(list).toContain('Kain Tenun Ikat Sumba Timur');
    expect(list).not.toContain('Selendang Tenun Draf');

    const cardReplies = await h.tap('sari', 'Kopi Arabika Bajawa');
    const card = photoOf(cardReplies);
    expect(card?.media.mediaId).toBeTruthy();
    expect(card?.caption).toContain('Rp85.000 / bungkus');
    expect(card?.caption).not.toContain('US$');
    expect(card?.caption).toContain('Kopi Mangulewa — Mangulewa, Ngada (Flores)');
    expect(card?.caption).toContain('Stok: 4');
    expect(card?.caption).toContain('Halal: ID53090012345');
    expect(card?.caption).toContain('lereng Gunung Inerie');
    // on the console the Share link is the storefront page
    expect(optionsOf(cardReplies).find((o) => o.url)?.url).toBe(`https://etalase.example/p/${shop.products.coffee.slug}`);

    expect(textOf(await h.tap('sari', 'Tambah ke keranjang'))).toContain('Berapa bungkus Kopi Arabika Bajawa 250 g');
    expect(textOf(await h.say('sari', '2'))).toContain('2 × Kopi Arabika Bajawa 250 g masuk keranjang');
    const cart = textOf(await h.tap('sari', 'Lihat keranjang'));
    expect(cart).toContain('Kopi Mangulewa (Ngada)');
    expect(cart).toContain('2 × Kopi Arabika Bajawa 250 g @ Rp85.000 = Rp170.000');
    expect(cart).toContain('Pesan sekarang');
    expect((await cartOf('sari')).map((i) => [i.product.code, i.quantity])).toEqual([['KBJ01', 2]]);
  });

  it('English on Telegram: names in English, approximate dollars, quick quantity buttons', async () => {
    await onboardBuyer(h, 'tom', 'en', 'TELEGRAM');
    expect(textOf(await h.tap('tom', 'Flagship products', 'TELEGRAM'))).toContain('Bajawa Arabica Coffee 250 g · Rp85.000');
    const card = photoOf(await h.tap('tom', 'Bajawa Arabica Coffee', 'TELEGRAM'));
    expect(card?.caption).toContain('Rp85.000 (≈ US$5.31) per pack');
    expect(card?.caption).toContain('In stock: 4 packs');
    // the Share link (on Telegram the card's first link is the Mini App's "Buy": tests/bot/buyer/shop-identity.flow.test.ts)
    const share = optionsOf(await h.send('tom', { type: 'text', text: 'help', channel: 'TELEGRAM' })).find((o) => o.url && !o.webApp)?.url ?? '';
    expect(decodeURIComponent(share)).toBe('https://t.me/share/url?url=https://t.me/EtalaseNttBot?start=p_KBJ01&text=Bajawa Arabica Coffee 250 g');
    const ask = await h.tap('tom', 'Add to cart', 'TELEGRAM');
    expect(textOf(ask)).toContain('How many of Bajawa Arabica Coffee 250 g');
    expect(optionsOf(ask).map((o) => o.label)).toEqual(['1', '2', '3', '4']); // never more than the stock
    expect(textOf(await h.tap('tom', '2', 'TELEGRAM'))).toContain('2 × Bajawa Arabica Coffee 250 g added to your cart');
    const cart = textOf(await h.tap('tom', 'View cart', 'TELEGRAM'));
    expect(cart).toContain('2 × Bajawa Arabica Coffee 250 g @ Rp85.000 = Rp170.000');
    expect(optionsOf(await h.say('tom', 'menu', 'TELEGRAM')).map((o) => o.label)).toContain('🛒 Cart');
    expect((await cartOf('tom'))[0]?.quantity).toBe(2);
  });

  it('WhatsApp: the same path answered by numbers; the share link is printed, not numbered', async () => {
    expect(textOf(await h.say('wa', 'halo', 'WHATSAPP'))).toContain('Mau belanja atau jual produk?');
    await h.say('wa', '1', 'WHATSAPP'); // Belanja
    const list = await h.say('wa', '2', 'WHATSAPP'); // menu: 1 search, 2 flagships
    expect(textOf(list)).toContain('Produk unggulan bulan');
    const cardReplies = await h.say('wa', '1', 'WHATSAPP'); // the coffee (Ngada comes before East Sumba)
    const card = photoOf(cardReplies)!;
    const rendered = renderWhatsApp(card, translator('id')).map((p) => (p.kind === 'media' ? p.caption : p.text)).join('\n');
    expect(rendered).toContain('1. 🛒 Tambah ke keranjang');
    expect(rendered).toContain('📤 Bagikan: https://wa.me/?text=');
    expect(decodeURIComponent(rendered)).toContain('https://wa.me/6281200001111?text=start%20p_KBJ01');
    const ask = await h.say('wa', '1', 'WHATSAPP');
    expect(textOf(ask)).toContain('Ketik jumlahnya');
    expect(ask.some((m) => m.type === 'choices')).toBe(false); // "3" must mean three, not the third option
    expect(textOf(await h.say('wa', '3', 'WHATSAPP'))).toContain('3 × Kopi Arabika Bajawa 250 g masuk keranjang');
    expect(textOf(await h.say('wa', '1', 'WHATSAPP'))).toContain('3 × Kopi Arabika Bajawa 250 g @ Rp85.000 = Rp255.000');
    expect((await cartOf('wa'))[0]?.quantity).toBe(3);
  });
});

describe('categories, regencies and pages', () => {
  it('by regency: island picker, then the regency; Back returns to the regencies of that island', async () => {
    await onboardBuyer(h, 'rudi', 'id');
    expect(textOf(await h.tap('rudi', 'Kabupaten/kota'))).toContain('Produk dari pulau mana?');
    expect(textOf(await h.tap('rudi', 'Flores'))).toContain('Kabupaten/kota mana di Flores?');
    const list = textOf(await h.tap('rudi', 'Kabupaten Ngada'));
    expect(list).toContain('Kabupaten Ngada (Flores)');
    expect(list).toContain('Kopi Bajawa Bubuk 200 g');
    expect(list).not.toContain('Tenun');
    expect(textOf(await h.tap('rudi', 'Kembali'))).toContain('Kabupaten/kota mana di Flores?');
    const sumba = textOf(await h.say('rudi', 'sumba timur')); // typed, tolerant
    expect(sumba).toContain('Kain Tenun Ikat Sumba Timur');
  });

  it('by category, five per page with next and previous', async () => {
    const madu = await createProducer(h.db.prisma, { businessName: 'Madu Mollo', regionCode: '53.02' });
    for (let i = 1; i <= 7; i++) await createProduct(h.db.prisma, madu, { code: `MDU0${i}`, nameId: `Madu Hutan Nomor ${i}`, categoryId: 'madu', priceIdr: 50_000 + i, stock: 5 });
    await onboardBuyer(h, 'lina', 'en');
    await h.tap('lina', 'Categories');
    const first = await h.tap('lina', 'Honey');
    expect(textOf(first)).toContain('Category: Honey');
    expect(textOf(first)).toContain('Page 1');
    const products = (o: { value?: string }[]) => o.filter((x) => x.value?.startsWith('product:'));
    expect(products(optionsOf(first))).toHaveLength(5);
    expect(optionsOf(first).map((o) => o.label)).not.toContain('⬅️ Previous');
    const second = await h.tap('lina', 'Next');
    expect(textOf(second)).toContain('Page 2');
    expect(products(optionsOf(second))).toHaveLength(2);
    expect(optionsOf(second).map((o) => o.label)).not.toContain('Next ➡️');
    const seen = new Set([...products(optionsOf(first)), ...products(optionsOf(second))].map((o) => o.value));
    expect(seen.size).toBe(7);
    const back = await h.tap('lina', 'Previous');
    expect(products(optionsOf(back)).map((o) => o.value)).toEqual(products(optionsOf(first)).map((o) => o.value));
  });

  it('"Continue shopping" after adding returns to the same list', async () => {
    await onboardBuyer(h, 'dina', 'id');
    await h.tap('dina', 'Kategori');
    await h.tap('dina', 'Tenun Ikat');
    await h.tap('dina', 'Kain Tenun Ikat');
    await h.tap('dina', 'Tambah ke keranjang');
    await h.say('dina', '1');
    const again = textOf(await h.tap('dina', 'Lanjut belanja'));
    expect(again).toContain('Kategori: Tenun Ikat');
    expect(again).toContain('Kain Tenun Ikat Sumba Timur');
    expect(shop.products.ikat.code).toBe('TSB01');
  });
});
