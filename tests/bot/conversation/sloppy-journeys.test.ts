// Issue 25's journeys, typed the way people who were not in the room type: slang, no commas, several answers
// in one message, "gk tau" and "blm ada". A new villager selling wild honey reaches "submitted for curation"
// on WhatsApp and on Telegram, every field stored right (asserted in the database); a Jakarta buyer goes from
// the first message to a placed order with the whole address in one line. The counts are in BENCHMARKS.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { seedSmallShop } from '../buyer/catalog-fixtures.ts';
import { official, sendPhoto } from '../producer/producer-chat.ts';
import { placeOf } from './conversation-setup.ts';

/** The ceiling for both journeys. */
const CEILING = 15;
/** Measured (BENCHMARKS.md): WhatsApp takes the sender's number, Telegram asks for it. */
const VILLAGER: Record<'WHATSAPP' | 'TELEGRAM', number> = { WHATSAPP: 12, TELEGRAM: 13 };
const BUYER = 9;

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness();
  await official(h, 'CURATOR', ['53.01']);
  await seedSmallShop(h.db.prisma);
});
afterAll(() => h.close());

type Step = { say: string; expect: RegExp; only?: 'TELEGRAM' } | { photo: true; expect: RegExp };

// a honey farmer in Oelnasi, Kupang Tengah, typing on a cheap phone
const villager: Step[] = [
  { say: 'sy mw jual madu hutan', expect: /"madu hutan"[\s\S]*nama lengkap/ },
  { say: 'nama sy yohanes lado usaha madu hutan lado', expect: /^Dari mana\?/ },
  { say: 'desa oelnasi kupang tengah kab kupang', expect: /Telepon|nomor telepon/ },
  { say: 'udh diatas kak 081311223344', only: 'TELEGRAM', expect: /sudah terdaftar/ },
  { say: 'madu hutan asli dr hutan oelnasi, dipanen bapa2 di kampung', expect: /^Nama dalam bahasa Inggris/ },
  { say: 'gk tau', expect: /^Berapa harganya/ },
  { say: 'seratus lima puluh ribu sebotol', expect: /^Berat kirim/ },
  { say: 'kira2 7 ons', expect: /^Berapa stok/ },
  { say: '30an', expect: /^Kirim foto produk/ },
  { photo: true, expect: /foto tersimpan[\s\S]*Izin yang sudah dimiliki/ },
  { say: 'blm ada izin', expect: /^Bagaimana kemasannya/ },
  { say: 'sederhana', expect: /Madu hutan[\s\S]*Rp150\.000 \/ botol/ },
  { say: 'kirim untuk kurasi', expect: /terkirim untuk kurasi/ },
];

describe('issue 25 journeys, typed sloppily', () => {
  for (const [channel, user, phone] of [
    ['WHATSAPP', '6281300005555', '6281300005555'],
    ['TELEGRAM', 'tg-honey', '6281311223344'],
  ] as const) {
    it(`a new villager on ${channel}: ${VILLAGER[channel]} messages to SUBMITTED, every field stored right`, async () => {
      let count = 0;
      for (const step of villager) {
        if ('say' in step && step.only && step.only !== channel) continue;
        count++;
        const replies = 'photo' in step ? await sendPhoto(h, user, undefined, channel) : await h.say(user, step.say, channel);
        expect(textOf(replies), `message ${count}: ${'say' in step ? step.say : '<photo>'}`).toMatch(step.expect);
      }
      expect(count).toBe(VILLAGER[channel]);
      expect(count).toBeLessThanOrEqual(CEILING);
      const identity = await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { channel, externalId: user }, include: { user: { include: { producer: true } } } });
      expect(identity.user.producer).toMatchObject({ ownerName: 'Yohanes Lado', businessName: 'Madu Hutan Lado', regionCode: '53.01', district: 'Kupang Tengah', village: 'Oelnasi', phone });
      const product = await h.db.prisma.product.findFirstOrThrow({ where: { producerId: identity.user.producer!.id }, include: { photos: true } });
      expect(product).toMatchObject({ status: 'SUBMITTED', nameId: 'Madu hutan', priceIdr: 150_000, unit: 'botol', weightGrams: 700, stock: 30, nameEn: null, packagingState: 'SIMPLE' });
      expect(product.declaredHalal ?? null).toBeNull();
      expect(product.photos).toHaveLength(1);
    });
  }

  it(`a Jakarta buyer: first message to a placed order in ${BUYER} messages, the address in one line`, async () => {
    const user = 'dinda';
    let count = 0;
    const say = async (text: string) => {
      count++;
      return textOf(await h.say(user, text));
    };
    expect(await say('halo kak mau cari kopi bajawa')).toMatch(/Kopi/);
    expect(await placeOf(h, user)).toMatch(/^search\./);
    await say('1');
    expect(await placeOf(h, user)).toMatch(/card$/);
    await say('mau 2');
    expect(await placeOf(h, user)).toMatch(/^cart\.add/);
    await say('bayar');
    expect(await placeOf(h, user)).toBe('checkout.review');
    expect(await say('lanjut')).toContain('nama penerima');
    const line = await say('dinda pratiwi 081311223344 jl. kemang raya no 5 jaksel 12730');
    expect(line).toContain('Kota Administrasi Jakarta Selatan'.replace('Administrasi ', ''));
    expect(await placeOf(h, user)).toBe('checkout.delivery');
    await say('kurir');
    expect(await placeOf(h, user)).toBe('checkout.payment');
    expect(await say('transfer')).toContain('Periksa pesanan');
    const placed = await say('konfirmasi');
    expect(placed).toMatch(/Pesanan|pesanan/);
    const order = await h.db.prisma.order.findFirstOrThrow({ where: { buyer: { identities: { some: { externalId: user } } } }, include: { items: true } });
    expect(order).toMatchObject({ recipientName: 'dinda pratiwi', recipientPhone: '6281311223344', addressLine: 'jl. kemang raya no 5', city: 'Kota Jakarta Selatan', province: 'DKI Jakarta', postalCode: '12730' });
    expect(order.items[0]!.quantity).toBe(2);
    expect(count).toBe(BUYER);
    expect(count).toBeLessThanOrEqual(CEILING);
  });
});
