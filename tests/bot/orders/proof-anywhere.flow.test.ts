// A payment-proof photo is taken whenever an order paid by transfer awaits its payment (issue 26): sent at
// the main menu without tapping "Kirim bukti bayar" first, it lands on that order and the producer gets it.
// With no order waiting, a stray photo gets the usual answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatHarness } from '../../helpers/chat-harness.ts';
import { pickupInput } from '../../domain/services/order-fixtures.ts';
import { chatProducer, createOrdersHarness, fillCart, jpeg, onboardBuyer, textOf } from './orders-harness.ts';

let h: ChatHarness;
beforeAll(async () => {
  ({ h } = await createOrdersHarness());
});
afterAll(() => h.close());

describe.each(['id', 'en'] as const)('a proof photo without asking (%s)', (lang) => {
  it('at the main menu, it is the proof of the order awaiting payment', async () => {
    const buyerChat = `proof-buyer-${lang}`;
    const seller = await chatProducer(h, `proof-seller-${lang}`, lang, { businessName: `Tenun ${lang}`, product: 'Selendang Ikat', priceIdr: 150_000, stock: 3 });
    const buyerId = await onboardBuyer(h, buyerChat, lang);
    const sendPhoto = () => h.send(buyerChat, { type: 'media', kind: 'photo', ref: `p-${Math.random()}`, mime: 'image/jpeg' }, async () => ({ data: await jpeg(), mime: 'image/jpeg' }));
    // nothing waits for a payment: the usual answer, nothing stored
    expect(textOf(await sendPhoto())).not.toMatch(/bukti|proof/i);
    await fillCart(h, buyerId, seller.product.id, 1);
    const buyer = (await h.services.repos.users.loadActor(buyerId))!;
    const key = (await h.services.checkout.preview(buyer)).checkoutKey;
    const { orders } = await h.services.checkout.confirm(buyer, pickupInput(key));
    await h.services.orders.accept(seller.actor, orders[0]!.id, {});
    expect((await h.db.prisma.order.findUniqueOrThrow({ where: { id: orders[0]!.id } })).status).toBe('AWAITING_PAYMENT');
    await h.say(buyerChat, 'menu');
    const reply = textOf(await sendPhoto());
    expect(reply).toContain(orders[0]!.number);
    const order = await h.db.prisma.order.findUniqueOrThrow({ where: { id: orders[0]!.id } });
    expect(order.status).toBe('PAYMENT_SUBMITTED');
    expect(order.paymentProofMediaId).toBeTruthy();
  });
});
