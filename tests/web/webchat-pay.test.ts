// Paying in the web chat, in English, over HTTP like a browser: a cart of two producers, QRIS picked, the
// QR shown as a photo the page loads from the chat's media link (decoded back to the gateway's QR string),
// Midtrans' notification on the real route, the buyer told over the event stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMidtransGateway } from '../../domain/payments/midtrans/midtrans-gateway.ts';
import { startFakeMidtrans, type FakeMidtrans } from '../fakes/fake-midtrans-server.ts';
import { decodeQrImage } from '../helpers/qr.ts';
import { createDispatcher } from '../../bot/notify/dispatcher.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { putInCart } from '../domain/services/order-fixtures.ts';
import { chatClient, readStream, textOf } from './chat-client.ts';
import { addProducer, addProduct } from './web-fixtures.ts';
import { createWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;
let midtrans: FakeMidtrans;
beforeAll(async () => {
  midtrans = await startFakeMidtrans();
  h = await createWebHarness({ paymentGateway: createMidtransGateway({ serverKey: midtrans.serverKey, clientKey: 'c', production: false, apiRoot: midtrans.url }) });
  const coffee = await addProducer(h, { businessName: 'Kopi Mangulewa', regionCode: '53.09' });
  const weave = await addProducer(h, { businessName: 'Tenun Sumba', regionCode: '53.11' });
  await addProduct(h, { producerId: coffee.id, code: 'KBJ01', nameId: 'Kopi Arabika Bajawa', nameEn: 'Bajawa Arabica Coffee', priceIdr: 85_000 });
  await addProduct(h, { producerId: weave.id, code: 'TSB01', nameId: 'Tenun Ikat Sumba', nameEn: 'Sumba Ikat Weaving', priceIdr: 400_000 });
});
afterAll(async () => {
  await h.close();
  await midtrans.close();
});

describe('paying by QRIS in the web chat', () => {
  it('shows the QR in the page, and the payment arriving is pushed to the buyer', async () => {
    const chat = chatClient(h);
    // the page opened in English; a new web chat starts as a buyer at the menu (no onboarding questions)
    await chat.get('/chat?lang=en');
    await chat.start();
    const chatId = /etalase_chat=([^.;]+)\./.exec(decodeURIComponent(chat.jar.header()))![1]!;
    const { userId } = await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'WEB', externalId: chatId } });
    const buyer = (await h.services.repos.users.loadActor(userId))!;
    for (const code of ['KBJ01', 'TSB01']) await putInCart(h.db.prisma, buyer, (await h.db.prisma.product.findUniqueOrThrow({ where: { code } })).id, 1);

    await chat.say('/cart');
    await chat.tap('Checkout');
    await chat.tap('Continue');
    await chat.say('Anna Schmidt');
    await chat.say('+62 812 3456 7890');
    expect(textOf((await chat.tap('Pickup at the producer')).body.messages)).toContain('One payment for every producer');
    expect(textOf((await chat.tap('QRIS (pay now)')).body.messages)).toContain('Rp485.000');
    const placed = await chat.tap('Confirm');
    const photo = placed.body.messages!.find((m) => m.type === 'photo') as { src: string; caption: string } | undefined;
    expect(photo?.caption).toContain('Scan this QRIS to pay Rp485.000');
    const image = await chat.get(photo!.src);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    const payment = await h.db.prisma.payment.findFirstOrThrow({ where: { buyerId: userId } });
    expect(await decodeQrImage(Buffer.from(await image.arrayBuffer()))).toBe(payment.qrString);

    // "Check payment" before paying: still waiting
    expect(textOf((await chat.tap('Check payment')).body.messages)).toContain('has not arrived yet');

    const stream = await h.app.request('/chat/api/events', { headers: chat.headers() });
    const reading = readStream(stream, (text) => text.includes('Payment of Rp485.000 received'));
    midtrans.setStatus(payment.gatewayOrderId, 'settlement');
    const res = await h.app.request('/payments/midtrans/notification', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(midtrans.notification(payment.gatewayOrderId)) });
    expect(await res.json()).toEqual({ ok: true, outcome: 'settled' });
    const dispatcher = createDispatcher({ notifications: h.services.repos.notifications, engine: h.engine, logger: silentLogger, owner: 'web-test' });
    await dispatcher.tick();
    expect(await reading).toContain('Payment of Rp485.000 received');
    expect((await h.db.prisma.order.findMany({ where: { buyerId: userId } })).map((o) => o.status)).toEqual(['PAID', 'PAID']);
  });
});
