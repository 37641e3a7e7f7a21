// The whole journey through the real engine, the real services and the real Midtrans adapter talking HTTP to
// the fake Midtrans: a cart of three producers → checkout with QRIS → the QR shown in the chat (and sent as a
// photo by the real Telegram and WhatsApp senders) → Midtrans' notification to the real HTTP route → every
// order paid, the buyer and each producer told → shipped, received → each producer credited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app.ts';
import { silentLogger } from '../../../domain/lib/logger.ts';
import { createMediaResolver } from '../../../domain/media/media-resolver.ts';
import { createMediaStore } from '../../../domain/media/media-store.ts';
import { createMidtransGateway } from '../../../domain/payments/midtrans/midtrans-gateway.ts';
import { createTelegramChannel } from '../../../bot/channels/telegram/adapter.ts';
import { createWhatsAppChannel } from '../../../bot/channels/whatsapp/adapter.ts';
import type { ChannelName, OutMessage } from '../../../domain/chat/message.ts';
import { buyerModule } from '../../../bot/flows/buyer/index.ts';
import { ordersModule } from '../../../bot/flows/orders/index.ts';
import { paymentsModule } from '../../../bot/flows/payments/index.ts';
import { createDispatcher } from '../../../bot/notify/dispatcher.ts';
import { API_ROOT, botInfo, createFakeBotApi, TOKEN } from '../../bot/channels/telegram/fake-bot-api.ts';
import { FakeWhatsAppClient } from '../../bot/channels/whatsapp/fake-whatsapp-client.ts';
import { startFakeMidtrans, type FakeMidtrans } from '../../fakes/fake-midtrans-server.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { decodeQrImage } from '../../helpers/qr.ts';
import { chatProducer, deliver, fillCart, onboardBuyer, tapIn } from '../../bot/orders/orders-harness.ts';

let midtrans: FakeMidtrans;
let h: ChatHarness;
let dispatcher: ReturnType<typeof createDispatcher>;
let app: ReturnType<typeof createApp>;
const sellers: Awaited<ReturnType<typeof chatProducer>>[] = [];

beforeAll(async () => {
  midtrans = await startFakeMidtrans();
  const paymentGateway = createMidtransGateway({ serverKey: midtrans.serverKey, clientKey: 'SB-Mid-client-FAKE', production: false, apiRoot: midtrans.url });
  h = await createChatHarness({ features: [paymentsModule, buyerModule, ordersModule], paymentGateway });
  dispatcher = createDispatcher({ notifications: h.services.repos.notifications, engine: h.engine, logger: silentLogger, owner: 'test', baseBackoffMs: 10 });
  app = createApp({ services: h.services, logger: silentLogger, rateLimitPerMinute: 1000, health: { databaseKind: h.db.kind, pingDatabase: () => h.db.ping() } });
  for (const [user, name, price] of [['rosa', 'Kopi Inerie', 75_000], ['yuli', 'Tenun Ikat Sikka', 450_000], ['ani', 'Madu Hutan Timor', 90_000]] as const) {
    sellers.push(await chatProducer(h, user, 'id', { businessName: name, product: `Produk ${name}`, priceIdr: price, stock: 20 }));
  }
});
afterAll(async () => {
  await h.close();
  await midtrans.close();
});

async function qrPhotoOf(replies: OutMessage[]) {
  const photo = replies.find((m) => m.type === 'photo');
  if (!photo || photo.type !== 'photo' || !photo.media.mediaId) throw new Error(`no QR photo in ${textOf(replies)}`);
  const row = (await h.services.media.findById(photo.media.mediaId))!;
  return { photo, text: await decodeQrImage(await h.services.media.read(row.path)) };
}

/** checkout in chat up to the QR; `how` picks the delivery and the way the method is given */
async function checkoutToQr(user: string, channel: ChannelName, how: { courier: boolean; typedMethod: boolean }) {
  const buyerId = await onboardBuyer(h, user, 'id', channel);
  for (const s of sellers) await fillCart(h, buyerId, s.product.id, 2);
  await h.send(user, { type: 'command', command: 'cart', args: '', channel });
  await h.tap(user, 'Pesan sekarang', channel);
  await h.tap(user, 'Lanjut', channel);
  await h.say(user, 'Maria Goreti', channel);
  await h.say(user, '0812 3456 7890', channel);
  if (how.courier) {
    await h.tap(user, 'kurir', channel);
    await h.tap(user, 'Indonesia', channel);
    await h.say(user, 'Jl. El Tari No. 5, Oebobo', channel);
    // the city names its province (issue 25): no province question
    await h.say(user, 'Kota Kupang', channel);
    expect(textOf(await h.say(user, '85111', channel))).toContain('QRIS');
  } else {
    expect(textOf(await h.tap(user, 'Ambil di tempat produsen', channel))).toContain('Satu pembayaran untuk semua produsen');
  }
  const summary = textOf(how.typedMethod ? await h.say(user, 'pakai qris aja', channel) : await h.tap(user, 'QRIS (bayar langsung)', channel));
  expect(summary).toContain('Periksa pesanan');
  const replies = await h.tap(user, 'Konfirmasi', channel);
  return { buyerId, summary, replies };
}

/** Midtrans settles and posts its notification to the real route; the outbox is delivered */
async function settle(gatewayOrderId: string) {
  midtrans.setStatus(gatewayOrderId, 'settlement');
  const res = await app.request('/payments/midtrans/notification', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(midtrans.notification(gatewayOrderId)) });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true, outcome: 'settled' });
  return deliver(h, dispatcher);
}

/** each producer ships (a pickup: ready to collect), the buyer confirms receipt: every producer credited */
async function shipReceiveAndCredit(user: string, buyerId: string, channel: ChannelName, got: (u: string) => OutMessage[]) {
  for (const s of sellers) {
    const note = textOf(got(sellerUser(s)));
    expect(note).toContain('sudah dibayar online');
    await tapIn(h, sellerUser(s), got(sellerUser(s)), 'Kirim pesanan');
  }
  const toBuyer = await deliver(h, dispatcher);
  const orders = await h.db.prisma.order.findMany({ where: { buyerId }, orderBy: { createdAt: 'asc' } });
  // one "received" button per order, each on its own message
  const received = toBuyer(user).flatMap((m) => (m.type === 'choices' ? m.options : [])).filter((o) => o.label.includes('Pesanan sudah diterima'));
  expect(received).toHaveLength(3);
  for (const option of received) expect(textOf(await h.send(user, { type: 'choice', value: option.value!, channel }))).toContain('selesai');
  const ledger = await h.db.prisma.ledgerEntry.findMany({ where: { orderId: { in: orders.map((o) => o.id) } } });
  expect(ledger).toHaveLength(3);
  for (const o of orders) expect(ledger.find((l) => l.orderId === o.id)).toMatchObject({ producerId: o.producerId, kind: 'credit', amountIdr: o.totalIdr });
  return orders;
}

const sellerUser = (s: (typeof sellers)[number]) => ['rosa', 'yuli', 'ani'][sellers.indexOf(s)]!;

describe('cart → QRIS → paid → producers told and credited', () => {
  it('Telegram: the QR is a photo (sendPhoto) with a Check payment button; settlement pays all three orders', async () => {
    const { buyerId, replies } = await checkoutToQr('tg-maria', 'TELEGRAM', { courier: false, typedMethod: false });
    const { photo, text } = await qrPhotoOf(replies);
    const payment = await h.db.prisma.payment.findFirstOrThrow({ where: { buyerId } });
    expect(text).toBe(payment.qrString);
    expect(payment.amountIdr).toBe(2 * (75_000 + 450_000 + 90_000));
    expect(photo.caption).toContain('Rp1.230.000');
    // the same message through the real Telegram sender: an uploaded photo with an inline button
    const api = createFakeBotApi();
    const tg = createTelegramChannel({ token: TOKEN, apiRoot: API_ROOT, mode: 'polling', handler: h.engine, resolveMedia: createMediaResolver(h.db.prisma, createMediaStore({ dataDir: h.dataDir, maxBytes: 10 * 1024 * 1024 })), logger: silentLogger, botInfo, fetch: api.fetch, limits: { out: { maxConcurrent: 1, minTime: 0 } } });
    await tg.sender.send('555', [photo], 'id');
    const sent = api.callsOf('sendPhoto');
    expect(sent).toHaveLength(1);
    expect(Object.values(sent[0]!.files)[0]!.data.length).toBeGreaterThan(1000);
    expect(JSON.stringify(sent[0]!.body.reply_markup)).toContain('Cek pembayaran');

    const got = await settle(payment.gatewayOrderId);
    expect(textOf(got('tg-maria'))).toContain('Pembayaran Rp1.230.000 diterima');
    await shipReceiveAndCredit('tg-maria', buyerId, 'TELEGRAM', got);
  });

  it('WhatsApp: the method typed as words, the QR sent as a media message', async () => {
    const { buyerId, replies } = await checkoutToQr('wa-maria', 'WHATSAPP', { courier: false, typedMethod: true });
    const { photo, text } = await qrPhotoOf(replies);
    const payment = await h.db.prisma.payment.findFirstOrThrow({ where: { buyerId } });
    expect(text).toBe(payment.qrString);
    const client = new FakeWhatsAppClient();
    const wa = createWhatsAppChannel({ client, handler: h.engine, resolveMedia: createMediaResolver(h.db.prisma, createMediaStore({ dataDir: h.dataDir, maxBytes: 10 * 1024 * 1024 })), logger: silentLogger, initTimeoutMs: 5_000, sendIntervalMs: 0, languageOf: async () => 'id' as const });
    client.initializeImpl = async () => {
      client.emit('ready');
    };
    await wa.start();
    await wa.sender.send('6285200001111@c.us', [photo], 'id');
    const media = client.sent.find((s) => typeof s.content !== 'string');
    expect(media).toBeDefined();
    expect(String(media!.options?.caption)).toContain('Pindai QRIS');
    await wa.stop();
    const got = await settle(payment.gatewayOrderId);
    expect(textOf(got('wa-maria'))).toContain('diterima untuk pesanan');
    await shipReceiveAndCredit('wa-maria', buyerId, 'WHATSAPP', got);
  });

  it('courier with producers’ rates: shipping shown per producer before paying and included in the one payment', async () => {
    for (const [i, s] of sellers.entries()) await h.services.shipping.setMyRates(s.actor, { rates: [{ zone: 'NTT', baseIdr: 10_000 + i * 1000, perKgIdr: 5_000 }] });
    const { buyerId, summary, replies } = await checkoutToQr('konsol-maria', 'CONSOLE', { courier: true, typedMethod: false });
    // 2 × 250 g per producer: one started kilogram each
    expect(summary).toContain('Kopi Inerie: Rp15.000');
    expect(summary).toContain('Tenun Ikat Sikka: Rp16.000');
    expect(summary).toContain('Total dibayar: Rp1.278.000');
    await qrPhotoOf(replies);
    const payment = await h.db.prisma.payment.findFirstOrThrow({ where: { buyerId } });
    expect(payment.amountIdr).toBe(1_278_000);
    const got = await settle(payment.gatewayOrderId);
    expect(textOf(got('konsol-maria'))).toContain('Rp1.278.000');
  });
});
