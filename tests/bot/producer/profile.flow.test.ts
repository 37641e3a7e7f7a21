// The business profile through the real engine: NIB (shape checked), bank account as a group (with
// "kembali" keeping the answers), QRIS image, story, cash on pickup, a new regency; both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { chatProducer, sendPhoto } from './producer-chat.ts';

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness();
});
afterAll(() => h.close());

const say = async (user: string, text: string) => textOf(await h.say(user, text));
const tap = async (user: string, label: string) => textOf(await h.tap(user, label));

describe('business profile', () => {
  it('completes NIB, bank account, QRIS, story and cash on pickup (Indonesian)', async () => {
    const mama = await chatProducer(h, 'mama', { businessName: 'Kopi Mama' });
    const p = await h.services.products.createDraft(mama, { nameId: 'Kopi Bajawa', categoryId: 'kopi', descriptionId: 'Kopi arabika dari Bajawa.', priceIdr: 50_000, unit: 'pcs', weightGrams: 250, stock: 5 });
    await say('mama', 'menu');
    const view = await tap('mama', 'Profil usaha');
    expect(view).toContain('Kopi Mama — Owner mama');
    expect(view).toContain('Lengkapi: NIB, rekening bank atau QRIS, cerita usaha');

    await tap('mama', 'NIB');
    expect(await say('mama', '912000123')).toContain('NIB harus 13 angka. Contoh: 9120001234567');
    expect(await say('mama', '9120 0012 34567')).toContain('NIB: 9120001234567');

    await tap('mama', 'Rekening bank');
    expect(await tap('mama', 'Bank NTT')).toContain('Nomor rekening?');
    expect(await say('mama', '12-ab')).toContain('6 sampai 20 angka');
    expect(await say('mama', '001 01 02 123456-7')).toContain('Nama pemilik rekening');
    const back = await say('mama', 'kembali');
    expect(back).toContain('Sekarang: 00101021234567');
    expect(await say('mama', 'tetap')).toContain('Nama pemilik rekening');
    expect(await say('mama', 'Rosalia Dhae')).toContain('Rekening: Bank NTT 00101021234567 (Rosalia Dhae)');

    expect(await tap('mama', 'QRIS')).toContain('Kirim foto kode QRIS');
    expect(await say('mama', 'nanti')).toContain('Silakan kirim foto');
    expect(textOf(await sendPhoto(h, 'mama'))).toContain('QRIS: ada');

    await tap('mama', 'Cerita');
    expect(await say('mama', 'Kopi dari kebun keluarga di lereng Inerie, dijemur di para-para.')).toContain('Cerita: Kopi dari kebun');
    expect(await tap('mama', 'Tunai saat ambil')).toContain('Bayar tunai saat ambil: Ya');

    await tap('mama', 'Nama usaha');
    expect(await say('mama', 'Kopi Inerie Mama Ros')).toContain('Kopi Inerie Mama Ros — Owner mama');

    const producer = await h.db.prisma.producer.findUniqueOrThrow({ where: { id: mama.producerId! } });
    expect(producer).toMatchObject({ nib: '9120001234567', bankName: 'Bank NTT', bankAccount: '00101021234567', bankHolder: 'Rosalia Dhae', allowsCashOnPickup: true, businessName: 'Kopi Inerie Mama Ros' });
    const qris = await h.db.prisma.media.findUniqueOrThrow({ where: { id: producer.qrisMediaId! } });
    expect(qris.kind).toBe('qris');
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: p.id } })).searchText).toContain('kopi inerie mama ros');
    expect(await tap('mama', 'Selesai')).toContain('Menu produsen');
  });

  it('moves the business to another regency (English)', async () => {
    const petrus = await chatProducer(h, 'petrus', { language: 'en', businessName: 'Mete Petrus' });
    await say('petrus', 'menu');
    expect(await tap('petrus', 'Business profile')).toContain('Still to add: NIB, a bank account or QRIS, your business story');
    expect(await tap('petrus', 'Address')).toContain('Which island');
    expect(await say('petrus', 'Flores Timr')).toContain('District');
    expect(await say('petrus', 'Adonara Timur')).toContain('Village');
    expect(await say('petrus', 'Waiwerang')).toContain('Address saved');
    const producer = await h.db.prisma.producer.findUniqueOrThrow({ where: { id: petrus.producerId! } });
    expect(producer).toMatchObject({ regionCode: '53.06', district: 'Adonara Timur', village: 'Waiwerang' });
    await tap('petrus', 'Phone');
    expect(await say('petrus', 'abc')).toContain('could not read that phone number');
    expect(await say('petrus', '+62 813 3333 4444')).toContain('6281333334444');
  });

  it('is only for producers', async () => {
    await h.db.prisma.user.create({ data: { displayName: 'buyer', onboardedAt: new Date(), identities: { create: { channel: 'CONSOLE', externalId: 'pembeli', chatId: 'pembeli' } } } });
    const menu = await say('pembeli', 'menu');
    expect(menu).not.toContain('Profil usaha');
    expect(menu).not.toContain('Tambah produk');
  });
});
