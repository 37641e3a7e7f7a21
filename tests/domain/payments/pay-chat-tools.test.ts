// The chat's other payment tools: a producer sets shipping rates by typing "10rb 5rb"; a buyer asks "brp
// ongkir ke jakarta"; an online checkout whose shipping is not known waits for the producer, then "Pay now"
// gives the one payment with shipping included; an admin marks a producer's payout with its reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../domain/lib/logger.ts';
import { createMidtransGateway } from '../../../domain/payments/midtrans/midtrans-gateway.ts';
import { buyerModule } from '../../../bot/flows/buyer/index.ts';
import { ordersModule } from '../../../bot/flows/orders/index.ts';
import { intentOf } from '../../../bot/core/intents.ts';
import { paymentsModule } from '../../../bot/flows/payments/index.ts';
import { paymentMethodOfText } from '../../../bot/flows/payments/method-words.ts';
import { readRates } from '../../../bot/flows/payments/rates.flow.ts';
import { createDispatcher } from '../../../bot/notify/dispatcher.ts';
import { chatProducer, deliver, fillCart, onboardBuyer, tapIn } from '../../bot/orders/orders-harness.ts';
import { startFakeMidtrans, type FakeMidtrans } from '../../fakes/fake-midtrans-server.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';

let midtrans: FakeMidtrans;
let h: ChatHarness;
let dispatcher: ReturnType<typeof createDispatcher>;
let seller: Awaited<ReturnType<typeof chatProducer>>;

beforeAll(async () => {
  midtrans = await startFakeMidtrans();
  h = await createChatHarness({ features: [paymentsModule, buyerModule, ordersModule], paymentGateway: createMidtransGateway({ serverKey: midtrans.serverKey, clientKey: 'c', production: false, apiRoot: midtrans.url }) });
  dispatcher = createDispatcher({ notifications: h.services.repos.notifications, engine: h.engine, logger: silentLogger, owner: 'test', baseBackoffMs: 10 });
  seller = await chatProducer(h, 'rosa', 'id', { businessName: 'Kopi Inerie', product: 'Kopi Arabika Bajawa', priceIdr: 75_000, stock: 20 });
});
afterAll(async () => {
  await h.close();
  await midtrans.close();
});

describe('typed words', () => {
  it('reads rates, payment methods and shipping questions as people type them', () => {
    expect(readRates('10rb 5rb')).toEqual([10_000, 5_000]);
    expect(readRates('Rp 12.000 + 4.500/kg')).toEqual([12_000, 4_500]);
    expect(readRates('mahal')).toBeNull();
    expect(paymentMethodOfText('pakai gopay aja', ['ONLINE_QRIS', 'EWALLET', 'BANK_TRANSFER'])).toBe('EWALLET');
    expect(paymentMethodOfText('tf bank', ['ONLINE_QRIS', 'VIRTUAL_ACCOUNT'])).toBeNull();
    expect(paymentMethodOfText('qris', ['BANK_TRANSFER', 'QRIS'])).toBe('QRIS');
    expect(paymentMethodOfText('qris', ['BANK_TRANSFER'])).toBeNull();
    expect(paymentMethodOfText('Scan QR aja', ['ONLINE_QRIS', 'BANK_TRANSFER'])).toBe('ONLINE_QRIS');
    expect(paymentMethodOfText('VA BNI', ['ONLINE_QRIS', 'VIRTUAL_ACCOUNT'])).toBe('VIRTUAL_ACCOUNT');
    expect(paymentMethodOfText('e-wallet', ['EWALLET'])).toBe('EWALLET');
    expect(paymentMethodOfText('transfer ke rekening', ['BANK_TRANSFER', 'CASH_ON_PICKUP'])).toBe('BANK_TRANSFER');
    expect(paymentMethodOfText('bayar di tempat', ['BANK_TRANSFER', 'CASH_ON_PICKUP'])).toBe('CASH_ON_PICKUP');
    // English words, read at the same time
    expect(paymentMethodOfText('bank transfer please', ['BANK_TRANSFER', 'CASH_ON_PICKUP'])).toBe('BANK_TRANSFER');
    expect(paymentMethodOfText('cash on pickup', ['BANK_TRANSFER', 'CASH_ON_PICKUP'])).toBe('CASH_ON_PICKUP');
    expect(paymentMethodOfText('digital wallet', ['EWALLET', 'BANK_TRANSFER'])).toBe('EWALLET');
    // whole words only: "dana" is an e-wallet, "danau" (lake) is not; no method word at all is null
    expect(paymentMethodOfText('danau', ['EWALLET'])).toBeNull();
    expect(paymentMethodOfText('kopi bajawa', ['ONLINE_QRIS', 'EWALLET', 'BANK_TRANSFER', 'CASH_ON_PICKUP'])).toBeNull();
    // shipping questions are the shipping intent of locales/<lang>/intents.json, the one place they are defined
    expect(intentOf('brp ongkir ke jakarta?')).toEqual({ kind: 'shipping', destination: 'jakarta' });
    expect(intentOf('ongkos kirim ke kupang?')).toEqual({ kind: 'shipping', destination: 'kupang' });
    expect(intentOf('How much is shipping to Singapore')).toEqual({ kind: 'shipping', destination: 'Singapore' });
    expect(intentOf('shipping to singapore')).toEqual({ kind: 'shipping', destination: 'singapore' });
    expect(intentOf('kopi bajawa')).toBeNull();
  });
});

describe('in chat', () => {
  it('a producer sets a rate by typing it; a buyer asking "brp ongkir ke jakarta" gets it', async () => {
    expect(textOf(await h.say('rosa', 'menu'))).toContain('Tarif ongkir');
    await h.tap('rosa', 'Tarif ongkir');
    await h.tap('rosa', 'luar NTT');
    expect(textOf(await h.say('rosa', 'murah'))).toContain('tidak bisa kami baca');
    expect(textOf(await h.say('rosa', '20rb 12rb'))).toContain('Tarif luar NTT disimpan');
    expect(await h.services.shipping.myRates(seller.actor)).toMatchObject([{ zone: 'INDONESIA', baseIdr: 20_000, perKgIdr: 12_000 }]);

    const buyerId = await onboardBuyer(h, 'tono', 'id');
    await fillCart(h, buyerId, seller.product.id, 2);
    const answer = textOf(await h.say('tono', 'brp ongkir ke jakarta?'));
    expect(answer).toContain('Perkiraan ongkir ke jakarta');
    expect(answer).toContain('Kopi Inerie (500 g): Rp32.000 (luar NTT)');
    expect(textOf(await h.say('tono', 'ongkir ke maumere'))).toContain('belum ada tarif');
  });

  it('an English buyer at the main menu, no product open, asks "shipping to singapore" and gets the abroad rate', async () => {
    await h.say('rosa', 'menu');
    await h.tap('rosa', 'Tarif ongkir');
    await h.tap('rosa', 'luar negeri');
    expect(textOf(await h.say('rosa', '150rb 100rb'))).toContain('Tarif luar negeri disimpan');

    const buyerId = await onboardBuyer(h, 'mike', 'en');
    // nothing in the cart and no product named: told how to ask, not a made-up price
    expect(textOf(await h.say('mike', 'shipping to singapore'))).toContain('fill your cart first');
    await fillCart(h, buyerId, seller.product.id, 2);
    await h.say('mike', 'menu');
    const answer = textOf(await h.say('mike', 'shipping to singapore'));
    expect(answer).toContain('Estimated shipping to singapore');
    expect(answer).toContain('Kopi Inerie (500 g): Rp250.000 (abroad)');
    const again = textOf(await h.say('mike', 'How much is shipping to Singapore?'));
    expect(again).toContain('Estimated shipping to Singapore');
    expect(again).toContain('Kopi Inerie (500 g): Rp250.000 (abroad)');
  });

  it('shipping not known: the producer sets it, then "Pay now" gives one payment including it', async () => {
    const buyerId = await onboardBuyer(h, 'sari', 'id');
    await fillCart(h, buyerId, seller.product.id, 1);
    await h.send('sari', { type: 'command', command: 'cart', args: '' });
    await h.tap('sari', 'Pesan sekarang');
    await h.tap('sari', 'Lanjut');
    await h.say('sari', 'Sari');
    await h.say('sari', '081299998888');
    await h.tap('sari', 'kurir');
    await h.tap('sari', 'Indonesia');
    await h.say('sari', 'Jl. Frans Seda 10');
    // the town names its regency and province (issue 25): no province question
    await h.say('sari', 'Maumere');
    await h.say('sari', '86111');
    const summary = textOf(await h.say('sari', 'e-wallet'));
    // no rate: said plainly, with the approval of the final total to come before anything is paid
    expect(summary).toContain('Ongkos kirim ke alamat ini belum diketahui');
    expect(summary).toContain('total akhir (barang + ongkir) di sini untuk disetujui');
    const placed = textOf(await h.tap('sari', 'Konfirmasi'));
    expect(placed).toContain('Pesanan dibuat');
    const order = await h.db.prisma.order.findFirstOrThrow({ where: { buyerId } });
    expect(order.status).toBe('AWAITING_CONFIRMATION');

    let got = await deliver(h, dispatcher);
    await tapIn(h, 'rosa', got('rosa'), 'Terima');
    await h.say('rosa', '18rb');
    got = await deliver(h, dispatcher);
    expect(textOf(got('sari'))).toContain('Setuju dengan total ini? Tekan Bayar sekarang');
    // not agreeing is one tap too
    expect(got('sari').flatMap((m) => (m.type === 'choices' ? m.options.map((o) => o.label) : []))).toContain('✖️ Batalkan pesanan');
    const shown = await tapIn(h, 'sari', got('sari'), 'Bayar sekarang');
    expect(textOf(shown)).toContain('Bayar Rp93.000');
    const link = shown.flatMap((m) => (m.type === 'choices' ? m.options : [])).find((o) => o.url);
    expect(link?.url).toContain('/snap/v4/redirection/');
    // tapping again: the same payment, no second charge
    await tapIn(h, 'sari', got('sari'), 'Bayar sekarang');
    const payment = await h.db.prisma.payment.findFirstOrThrow({ where: { buyerId } });
    expect([...midtrans.transactions.values()].filter((t) => t.orderId === payment.gatewayOrderId)).toHaveLength(1);
    expect(payment.amountIdr).toBe(93_000);
  });

  it('an admin marks a producer payout with its reference; the producer is told', async () => {
    const order = await h.db.prisma.order.create({
      data: { number: 'ETL-TEST-PAY1', checkoutKey: 'manual-key-1', buyerId: seller.userId, producerId: seller.actor.producerId!, status: 'COMPLETED', subtotalIdr: 120_000, totalIdr: 120_000, deliveryMethod: 'PICKUP_PRODUCER', paymentMethod: 'ONLINE_QRIS', recipientName: 'X', recipientPhone: '62811' },
    });
    await h.db.prisma.ledgerEntry.create({ data: { producerId: seller.actor.producerId!, orderId: order.id, kind: 'credit', amountIdr: 120_000 } });
    await h.say('admin-ina', 'halo');
    const adminId = (await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: 'admin-ina' } })).userId;
    await h.db.prisma.user.update({ where: { id: adminId }, data: { role: 'ADMIN', onboardedAt: new Date() } });
    await h.say('admin-ina', 'menu');
    const list = textOf(await h.tap('admin-ina', 'Pembayaran ke produsen'));
    expect(list).toContain('Kopi Inerie: Rp120.000 — BRI 0123456789 Rosa');
    expect(textOf(await h.tap('admin-ina', 'Kopi Inerie'))).toContain('Kirim nomor referensi');
    expect(textOf(await h.say('admin-ina', 'BRI 998877'))).toContain('Tercatat: Rp120.000 ke Kopi Inerie, referensi BRI 998877');
    const got = await deliver(h, dispatcher);
    expect(textOf(got('rosa'))).toContain('Dana Rp120.000 sudah ditransfer');
    expect(await h.services.repos.payouts.balanceOf(seller.actor.producerId!)).toBe(0);
  });
});
