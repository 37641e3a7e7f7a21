// The whole order in English on Telegram: a contact share for the phone, pickup at a display point, QRIS
// (the producer's QRIS image comes with the acceptance), the proof photo, payment confirmation, ready for
// pickup, receipt and rating; and a cash-on-pickup order the producer completes at the handover.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatHarness } from '../../helpers/chat-harness.ts';
import { chatProducer, createOrdersHarness, deliver, fillCart, jpeg, onboardBuyer, tapIn, textOf } from './orders-harness.ts';

let h: ChatHarness;
let dispatcher: Awaited<ReturnType<typeof createOrdersHarness>>['dispatcher'];
let seller: Awaited<ReturnType<typeof chatProducer>>;
let buyerId: string;

beforeAll(async () => {
  ({ h, dispatcher } = await createOrdersHarness());
  seller = await chatProducer(h, 'ina', 'en', { businessName: 'Tenun Ina', product: 'Sumba Ikat Scarf', priceIdr: 350_000, stock: 4, qris: true });
  buyerId = await onboardBuyer(h, 'john', 'en', 'TELEGRAM');
});
afterAll(() => h.close());

describe('order life cycle (English)', () => {
  it('pickup at a display point with QRIS: accept → QRIS image → proof → paid → ready → received → rated', async () => {
    await fillCart(h, buyerId, seller.product.id, 1);
    await h.send('john', { type: 'command', command: 'cart', args: '', channel: 'TELEGRAM' });
    expect(textOf(await h.tap('john', 'Checkout', 'TELEGRAM'))).toContain('Items total: Rp350.000');
    await h.tap('john', 'Continue', 'TELEGRAM');
    const phoneAsk = await h.say('john', 'John Smith', 'TELEGRAM');
    expect(phoneAsk.some((m) => m.type === 'request' && m.request === 'contact')).toBe(true);
    expect(textOf(await h.send('john', { type: 'contact', phone: '+61 412 345 678', channel: 'TELEGRAM' }))).toContain('How should the order reach you?');
    expect(textOf(await h.tap('john', 'display point', 'TELEGRAM'))).toContain('Bandara El Tari');
    expect(textOf(await h.say('john', 'el tari', 'TELEGRAM'))).toContain('How will you pay?');
    const summary = textOf(await h.tap('john', 'QRIS', 'TELEGRAM'));
    expect(summary).toContain('Pickup point: Bandara El Tari');
    expect(summary).toContain('John Smith (61412345678)');
    expect(textOf(await h.tap('john', 'Confirm', 'TELEGRAM'))).toContain('Order placed!');
    const order = await h.db.prisma.order.findFirstOrThrow({ where: { buyerId } });
    expect(order.pickupPointId).not.toBeNull();

    let got = await deliver(h, dispatcher);
    expect(textOf(got('ina'))).toContain('Delivery: 🛫 Pickup at a display point');
    // a pickup needs no shipping cost: Accept accepts at once
    expect(textOf(await tapIn(h, 'ina', got('ina'), 'Accept'))).toContain('Total for the buyer: Rp350.000');

    got = await deliver(h, dispatcher);
    const qrisNote = got('john').find((m) => m.type === 'photo');
    expect(qrisNote?.type === 'photo' && qrisNote.media.mediaId).toBe(seller.qris);
    expect(textOf(got('john'))).toContain('Pay by scanning the QRIS code above');
    await tapIn(h, 'john', got('john'), 'Upload payment proof', 'TELEGRAM');
    const proof = await jpeg();
    expect(textOf(await h.send('john', { type: 'media', kind: 'photo', ref: 'tg-file-1', channel: 'TELEGRAM' }, async () => ({ data: proof, mime: 'image/jpeg' })))).toContain('was sent to the producer');

    got = await deliver(h, dispatcher);
    await tapIn(h, 'ina', got('ina'), 'Confirm payment');
    expect(textOf(await h.tap('ina', 'Yes, received'))).toContain('Payment for order');
    expect(textOf(await h.tap('ina', 'Ready for pickup'))).toContain('marked ready for pickup');

    got = await deliver(h, dispatcher);
    expect(textOf(got('john'))).toContain('ready for pickup at: Bandara El Tari');
    expect(textOf(await tapIn(h, 'john', got('john'), 'Order received', 'TELEGRAM'))).toContain('How many stars for Sumba Ikat Scarf?');
    await h.say('john', '5', 'TELEGRAM');
    expect(textOf(await h.tap('john', 'Skip', 'TELEGRAM'))).toContain('Thank you for your rating');
    const rating = await h.db.prisma.productRating.findFirstOrThrow({ where: { orderId: order.id } });
    expect([rating.stars, rating.comment]).toEqual([5, null]);
    const detail = textOf(await h.send('john', { type: 'command', command: 'orders', args: '', channel: 'TELEGRAM' }));
    expect(detail).toContain(`${order.number} · completed`);
  });

  it('cash on pickup: the buyer is told to pay at pickup; the producer confirms cash and handover; declines come with a reason', async () => {
    await h.db.prisma.producer.update({ where: { id: seller.actor.producerId! }, data: { allowsCashOnPickup: true } });
    await fillCart(h, buyerId, seller.product.id, 1);
    await h.send('john', { type: 'command', command: 'cart', args: '', channel: 'TELEGRAM' });
    await h.tap('john', 'Checkout', 'TELEGRAM');
    await h.tap('john', 'last recipient', 'TELEGRAM');
    await h.tap('john', 'Pickup at the producer', 'TELEGRAM');
    await h.tap('john', 'Cash on pickup', 'TELEGRAM');
    await h.tap('john', 'Confirm', 'TELEGRAM');
    let got = await deliver(h, dispatcher);
    await tapIn(h, 'ina', got('ina'), 'Accept');
    got = await deliver(h, dispatcher);
    expect(textOf(got('john'))).toContain('paid in cash when you pick it up at: Tenun Ina, Beiposo, Bajawa');
    const incoming = textOf(await h.send('ina', { type: 'command', command: 'orders', args: '' }));
    expect(incoming).toContain('ready for pickup');
    await h.tap('ina', 'ready for pickup');
    expect(textOf(await h.tap('ina', 'Cash received'))).toContain('paid');
    expect(textOf(await h.tap('ina', 'Yes, received'))).toContain('is completed');
    expect((await deliver(h, dispatcher))('john').map((m) => (m.type === 'choices' ? m.options.map((o) => o.label) : [])).flat()).toContain('⭐ Rate');

    // a third order, declined with a reason: the stock comes back and the buyer hears why
    await fillCart(h, buyerId, seller.product.id, 2);
    await h.send('john', { type: 'command', command: 'cart', args: '', channel: 'TELEGRAM' });
    await h.tap('john', 'Checkout', 'TELEGRAM');
    await h.tap('john', 'last recipient', 'TELEGRAM');
    await h.tap('john', 'Pickup at the producer', 'TELEGRAM');
    await h.tap('john', 'Bank transfer', 'TELEGRAM');
    await h.tap('john', 'Confirm', 'TELEGRAM');
    got = await deliver(h, dispatcher);
    expect(textOf(await tapIn(h, 'ina', got('ina'), 'Decline'))).toContain('Why are you declining');
    expect(textOf(await h.say('ina', 'Out of dye this month'))).toContain('declined');
    expect(textOf((await deliver(h, dispatcher))('john'))).toContain('Reason: Out of dye this month');
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: seller.product.id } })).stock).toBe(2);
  });
});
