// The cart in chat: bad quantities are refused and the step asks again (nothing lost), change and remove,
// the empty cart, /cart, and buttons from old messages or for ids that are not the user's: plain answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { action } from '../../../bot/core/flow.ts';
import { textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { createBuyerHarness, onboardBuyer, optionsOf, userIdOf } from './buyer-harness.ts';

let h: ChatHarness;
let shop: Awaited<ReturnType<typeof createBuyerHarness>>['shop'];
beforeAll(async () => {
  ({ h, shop } = await createBuyerHarness());
});
afterAll(() => h.close());

const choose = (user: string, value: string) => h.send(user, { type: 'choice', value });

async function lines(user: string) {
  return h.db.prisma.cartItem.findMany({ where: { cart: { userId: await userIdOf(h, user) } }, include: { product: true }, orderBy: { addedAt: 'asc' } });
}

describe('quantity step', () => {
  it('Indonesian: 0, -1, abc and more than the stock are refused, the step stays; then 3 is taken', async () => {
    await onboardBuyer(h, 'ani', 'id');
    await choose('ani', action('cart.add', shop.products.coffee.id)); // stock 4
    expect(textOf(await h.say('ani', '0'))).toContain('Jumlah minimal 1');
    expect(textOf(await h.say('ani', '-1'))).toContain('Jumlah minimal 1');
    expect(textOf(await h.say('ani', 'abc'))).toContain('belum bisa kami baca');
    expect(textOf(await h.say('ani', '1,5'))).toContain('belum bisa kami baca');
    expect(textOf(await h.say('ani', '5'))).toContain('paling banyak 4');
    expect(await lines('ani')).toHaveLength(0);
    expect(textOf(await h.say('ani', '3 bungkus'))).toContain('3 × Kopi Arabika Bajawa 250 g masuk keranjang');
    // adding again counts what is in the cart already
    const more = textOf(await choose('ani', action('cart.add', shop.products.coffee.id)));
    expect(more).toContain('Sudah ada 3 di keranjang');
    expect(textOf(await h.say('ani', '2'))).toContain('paling banyak 1');
    await h.say('ani', '1');
    expect((await lines('ani')).map((l) => l.quantity)).toEqual([4]);
    expect(textOf(await choose('ani', action('cart.add', shop.products.coffee.id)))).toContain('Semua stok (4 bungkus) sudah ada di keranjang');
  });

  it('English: the same refusals in English', async () => {
    await onboardBuyer(h, 'ben', 'en');
    await choose('ben', action('cart.add', shop.products.ikat.id)); // stock 3
    expect(textOf(await h.say('ben', '0'))).toContain('at least 1');
    // number words are read since issue 18 ("two" is 2); words that are no number are still refused
    expect(textOf(await h.say('ben', 'a few'))).toContain('could not read that quantity');
    expect(textOf(await h.say('ben', '9'))).toContain('at most 3');
    expect(textOf(await h.say('ben', '2'))).toContain('2 × East Sumba Ikat Cloth added to your cart');
  });
});

describe('the cart', () => {
  it('change a quantity (bounded by stock), remove a line, empty cart message, /cart', async () => {
    await onboardBuyer(h, 'citra', 'id');
    await choose('citra', action('cart.add', shop.products.ground.id));
    await h.say('citra', '2');
    await choose('citra', action('cart.add', shop.products.ikat.id));
    await h.say('citra', '1');
    const cart = await h.send('citra', { type: 'command', command: 'cart', args: '' });
    const text = textOf(cart);
    expect(text).toContain('Kopi Mangulewa (Ngada)');
    expect(text).toContain('Tenun Prailiu (Sumba Timur)');
    expect(text).toContain('Subtotal: Rp130.000');
    expect(text).toContain('Subtotal: Rp1.500.000');
    expect(text).toContain('menjadi 2 pesanan');
    expect(optionsOf(cart).find((o) => o.value === 'checkout')?.label).toBe('✅ Pesan sekarang');

    await h.tap('citra', 'Kopi Bajawa Bubuk');
    expect(textOf(await h.tap('citra', 'Ubah jumlah'))).toContain('Jumlah baru untuk Kopi Bajawa Bubuk 200 g');
    expect(textOf(await h.say('citra', '11'))).toContain('paling banyak 10');
    const updated = textOf(await h.say('citra', '5'));
    expect(updated).toContain('Jumlah diubah menjadi 5');
    expect(updated).toContain('5 × Kopi Bajawa Bubuk 200 g @ Rp65.000 = Rp325.000');

    await h.tap('citra', 'Kain Tenun');
    expect(textOf(await h.tap('citra', 'Hapus dari keranjang'))).toContain('Produk dihapus dari keranjang');
    expect((await lines('citra')).map((l) => [l.product.code, l.quantity])).toEqual([['KBJ02', 5]]);

    await h.tap('citra', 'Kosongkan');
    expect(textOf(await h.tap('citra', 'Ya'))).toContain('Keranjang Anda masih kosong');
    expect(await lines('citra')).toHaveLength(0);
  });

  it('the cart warns about a product paused since it was added, and leaves it out of the total', async () => {
    await onboardBuyer(h, 'dodi', 'en');
    await choose('dodi', action('cart.add', shop.products.ground.id));
    await h.say('dodi', '1');
    await h.db.prisma.product.update({ where: { id: shop.products.ground.id }, data: { paused: true } });
    try {
      const cart = await h.send('dodi', { type: 'command', command: 'cart', args: '' });
      expect(textOf(cart)).toContain('not available now');
      expect(textOf(cart)).toContain('Total: Rp0');
      expect(optionsOf(cart).some((o) => o.value === 'checkout')).toBe(false);
    } finally {
      await h.db.prisma.product.update({ where: { id: shop.products.ground.id }, data: { paused: false } });
    }
  });
});

describe('old buttons and foreign ids', () => {
  it('a button of an old menu is answered politely and the current menu shown again', async () => {
    await onboardBuyer(h, 'eko', 'id');
    const oldMenu = await h.tap('eko', 'Produk unggulan');
    const old = optionsOf(oldMenu).find((o) => o.value?.startsWith('product:'))!;
    const oldToken = h.lastMenu('eko')!.token;
    await h.tap('eko', 'Kopi Arabika Bajawa'); // moves on: the list is old now
    const reply = await h.send('eko', { type: 'choice', value: old.value!, menuToken: oldToken });
    expect(textOf(reply)).toContain('Tombol itu dari pesan lama');
  });

  it('Add to cart on an old card still works while the product is for sale; unknown or unpublished ids are refused', async () => {
    await onboardBuyer(h, 'fajar', 'en');
    expect(textOf(await choose('fajar', action('cart.add', 'no-such-product')))).toContain('that product is no longer available');
    expect(textOf(await choose('fajar', action('cart.add', shop.products.draft.id)))).toContain('that product is no longer available');
    expect(textOf(await choose('fajar', action('product.open', 'ZZZ99')))).toContain('that product is no longer available');
    expect(textOf(await choose('fajar', action('cart.add', shop.products.ground.id)))).toContain('How many of Bajawa Ground Coffee');
  });

  it("someone else's cart line id: not found, nothing changes", async () => {
    await onboardBuyer(h, 'gita', 'id');
    await choose('gita', action('cart.add', shop.products.ground.id));
    await h.say('gita', '2');
    const [gitaLine] = await lines('gita');
    await onboardBuyer(h, 'hadi', 'id');
    expect(textOf(await choose('hadi', action('cart.item', gitaLine!.id)))).toContain('tidak ada (lagi) di keranjang Anda');
    expect(textOf(await choose('hadi', action('cart.item', 'nope')))).toContain('tidak ada (lagi) di keranjang Anda');
    expect((await lines('gita')).map((l) => l.quantity)).toEqual([2]);
  });

  it('a producer cannot put their own product in the cart', async () => {
    await h.db.prisma.channelIdentity.create({ data: { userId: shop.producers.kopi.userId, channel: 'CONSOLE', externalId: 'yosef', chatId: 'yosef' } });
    const reply = textOf(await choose('yosef', action('cart.add', shop.products.coffee.id)));
    expect(reply).toContain('produk Anda sendiri');
    expect(await h.db.prisma.cartItem.count({ where: { cart: { userId: shop.producers.kopi.userId } } })).toBe(0);
  });
});
