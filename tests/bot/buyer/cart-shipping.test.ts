// The cart shows each producer's shipping estimate once the buyer's destination is known (the address of
// their last order, which checkout offers to reuse), and a hint that it comes at checkout before that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatProducer, createOrdersHarness, fillCart, onboardBuyer } from '../orders/orders-harness.ts';
import { textOf, type ChatHarness } from '../../helpers/chat-harness.ts';

let h: ChatHarness;
let rosa: Awaited<ReturnType<typeof chatProducer>>;
let yanti: Awaited<ReturnType<typeof chatProducer>>;

beforeAll(async () => {
  h = (await createOrdersHarness()).h;
  rosa = await chatProducer(h, 'rosa', 'id', { businessName: 'Kopi Inerie', product: 'Kopi Arabika Bajawa', priceIdr: 75_000, stock: 20 });
  yanti = await chatProducer(h, 'yanti', 'id', { businessName: 'Tenun Yanti', product: 'Selendang Ikat', priceIdr: 150_000, stock: 5 });
  // Kopi Inerie prices the rest of Indonesia; Tenun Yanti keeps no rates
  await h.services.shipping.setMyRates(rosa.actor, { rates: [{ zone: 'INDONESIA', baseIdr: 20_000, perKgIdr: 12_000 }] });
});
afterAll(async () => h.close());

async function lastOrderTo(buyerId: string, address: { addressLine: string | null; city: string | null; province?: string; country?: string }) {
  await h.db.prisma.order.create({
    data: {
      number: `ETL-OLD-${buyerId.slice(-6)}`, checkoutKey: `old-${buyerId}`, buyerId, producerId: rosa.actor.producerId!, status: 'COMPLETED', subtotalIdr: 75_000, totalIdr: 75_000,
      deliveryMethod: address.addressLine ? 'COURIER' : 'PICKUP_PRODUCER', paymentMethod: 'BANK_TRANSFER', recipientName: 'B', recipientPhone: '62811', ...address,
    },
  });
}

describe('the cart and shipping', () => {
  it('without a known address: the hint that checkout shows it, no estimate', async () => {
    const buyerId = await onboardBuyer(h, 'tono', 'id');
    await fillCart(h, buyerId, rosa.product.id, 2);
    const cart = textOf(await h.send('tono', { type: 'command', command: 'cart', args: '' }));
    expect(cart).toContain('Ongkos kirim tiap produsen ditampilkan saat checkout');
    expect(cart).not.toContain('Ongkir ke');
    // a pickup as the last order gives no destination either
    await lastOrderTo(buyerId, { addressLine: null, city: null });
    expect(textOf(await h.send('tono', { type: 'command', command: 'cart', args: '' }))).toContain('ditampilkan saat checkout');
  });

  it('with the last order sent to Jakarta: each producer\'s estimate under its subtotal, in Indonesian and English', async () => {
    const buyerId = await onboardBuyer(h, 'sari', 'id');
    await lastOrderTo(buyerId, { addressLine: 'Jl. Sudirman 1', city: 'Jakarta', province: 'DKI Jakarta' });
    await fillCart(h, buyerId, rosa.product.id, 2);
    await fillCart(h, buyerId, yanti.product.id, 1);
    const weight = (await h.db.prisma.product.findUniqueOrThrow({ where: { id: rosa.product.id } })).weightGrams * 2;
    const expected = 20_000 + 12_000 * Math.max(1, Math.ceil(weight / 1000));
    const cart = textOf(await h.send('sari', { type: 'command', command: 'cart', args: '' }));
    const [kopi, tenun] = cart.split('Tenun Yanti');
    expect(kopi).toContain(`🚚 Ongkir ke Jakarta: Rp${expected.toLocaleString('id-ID')}`);
    expect(tenun).toContain('🚚 Ongkir ke Jakarta: dikonfirmasi produsen saat pesanan');
    expect(cart).toContain('alamat pesanan terakhir Anda (Jakarta)');

    await h.db.prisma.conversationSession.updateMany({ where: { conversationId: 'sari' }, data: { language: 'en' } });
    await h.db.prisma.user.update({ where: { id: buyerId }, data: { language: 'en' } });
    const en = textOf(await h.send('sari', { type: 'command', command: 'cart', args: '' }));
    expect(en).toContain('🚚 Shipping to Jakarta: confirmed by the producer with the order');
    expect(en).toContain("your last order's address (Jakarta)");
  });

  it('abroad: the estimate names the country', async () => {
    const buyerId = await onboardBuyer(h, 'lee', 'id');
    await lastOrderTo(buyerId, { addressLine: '1 Orchard Rd', city: 'Singapore', country: 'Singapore' });
    await fillCart(h, buyerId, rosa.product.id, 1);
    // Kopi Inerie has no rate abroad
    expect(textOf(await h.send('lee', { type: 'command', command: 'cart', args: '' }))).toContain('🚚 Ongkir ke Singapore: dikonfirmasi produsen saat pesanan');
  });
});
