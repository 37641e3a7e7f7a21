// Adding a product through the real engine and database: a producer registers in chat, adds a product with
// two photos (the second sent at a later question) while making every mistake the issue lists, changes one field on the summary, submits, sees it
// as submitted, and the curators of that regency have an alert in the outbox. Indonesian and English.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotification } from '../../../bot/notify/render-notification.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { chatProducer, fetchHuge, official, sendPhoto } from './producer-chat.ts';

let h: ChatHarness;
let curatorNgada: string;
let curatorSikka: string;
let admin: string;
beforeAll(async () => {
  h = await createChatHarness();
  curatorNgada = (await official(h, 'CURATOR', ['53.09'])).id;
  curatorSikka = (await official(h, 'CURATOR', ['53.10'])).id;
  admin = (await official(h, 'ADMIN')).id;
});
afterAll(() => h.close());

const say = async (user: string, text: string) => textOf(await h.say(user, text));
const tap = async (user: string, label: string) => textOf(await h.tap(user, label));

describe('adding a product in Indonesian', () => {
  it('a producer registers, then adds a product with two photos through every mistake, and it reaches the curators', async () => {
    // registration (onboarding)
    await say('rosa', 'halo');
    await tap('rosa', 'Jual produk');
    for (const answer of ['Rosa Dhae', 'Kopi Mama Rosa', 'Beiposo, Bajawa, Ngada']) await say('rosa', answer);
    // registered with the last answer, nothing pending: the producer's menu
    const menu = await say('rosa', '0812 1111 2222');
    expect(menu).toContain('Kopi Mama Rosa sudah terdaftar sebagai produsen');
    expect(menu).toContain('Tambah produk');
    expect(menu).toContain('Produk saya');
    expect(menu).toContain('Profil usaha');

    expect(await tap('rosa', 'Tambah produk')).toContain('Apa nama produknya?');
    expect(await say('rosa', 'Kopi Arabika Bajawa')).toContain('Pilih kategori');
    expect(await tap('rosa', 'Kopi')).toContain('Ceritakan produknya');

    // a photo, a 5,000-character text and a 2,500-character text where a description is expected
    expect(textOf(await sendPhoto(h, 'rosa'))).toContain('ketik jawabannya sebagai teks');
    expect(await say('rosa', 'k'.repeat(5000))).toContain('maksimal 2000 karakter');
    expect(await say('rosa', 'k'.repeat(2500))).toContain('maksimal 2000 karakter (Anda mengirim 2500)');
    expect(await say('rosa', 'Kopi arabika dari lereng Gunung Inerie, dijemur di para-para bambu.')).toContain('bahasa Inggris');
    expect(await tap('rosa', 'Lewati')).toContain('Berapa harganya, dan dijual per apa? Contoh: 350rb per lembar');

    // prices that do not work, each answered with an example, then one that does
    expect(await say('rosa', 'mahal')).toContain('Contoh: 350rb per lembar, Rp 75.000/kg, 25.000 atau 1,5jt');
    expect(await say('rosa', '85rb per 2 kg')).toContain('Harga tidak terbaca');
    expect(await say('rosa', '-5')).toContain('tidak boleh minus');
    expect(await say('rosa', '0')).toContain('tidak boleh 0');
    expect(await say('rosa', '1e9')).toContain('tidak terbaca');
    // the price alone: the unit is asked
    expect(await say('rosa', 'Rp 85.000')).toMatch(/^Dijual per apa\?/);

    // "kembali" goes one step back and keeps the answer
    const back = await say('rosa', 'kembali');
    expect(back).toContain('Berapa harganya, dan dijual per apa?');
    expect(back).toContain('Sekarang: Rp85.000');
    expect(await say('rosa', 'tetap')).toContain('Dijual per apa?');
    expect(await tap('rosa', 'pcs')).toContain('Berat kirim');
    expect(await say('rosa', '250 g')).toContain('Berapa stok');
    expect(await say('rosa', '-3')).toContain('Stok tidak boleh minus');
    expect(await say('rosa', '20')).toContain('Kirim foto produk');

    // text, a sticker, a voice note and a 20 MB file where a photo is expected; then two real photos
    expect(await say('rosa', 'fotonya nanti')).toContain('Silakan kirim foto');
    expect(textOf(await h.send('rosa', { type: 'unsupported', kind: 'sticker' }))).toContain('stiker tidak bisa kami proses');
    expect(textOf(await h.send('rosa', { type: 'unsupported', kind: 'voice' }))).toContain('pesan suara tidak bisa kami proses');
    expect(textOf(await sendPhoto(h, 'rosa', fetchHuge))).toContain('Berkas terlalu besar');
    // the first photo moves on at once; the second (an album's, or sent later) is added at the next question
    const first = textOf(await sendPhoto(h, 'rosa'));
    expect(first).toMatch(/^📷 1 foto tersimpan\. Foto lain boleh dikirim kapan saja sebelum dikirim untuk kurasi[\s\S]*Izin yang sudah dimiliki: -/);
    expect(first).not.toContain('[✅ Selesai]');
    expect(textOf(await sendPhoto(h, 'rosa'))).toMatch(/^📷 Foto ditambahkan: 2 foto tersimpan \(maks\. 5\)\.\n---\nIzin yang sudah dimiliki: -/);

    // a permit number of the wrong shape, then the right one
    expect(await tap('rosa', 'BPOM MD')).toContain('Contoh: BPOM RI MD 224510001234');
    expect(await say('rosa', 'MD 123')).toContain('MD lalu 12 angka');
    expect(await say('rosa', 'BPOM RI MD 224510001234')).toContain('BPOM MD224510001234');
    expect(await tap('rosa', 'Lanjut')).toContain('Bagaimana kemasannya');
    const summary = await tap('rosa', 'sederhana');
    for (const part of ['Periksa produk', 'Kopi Arabika Bajawa', 'Kategori: Kopi', 'Rp85.000 / pcs', '250 gram', 'Stok: 20', 'Foto: 2', 'MD224510001234', 'Kemasan sederhana']) {
      expect(summary).toContain(part);
    }

    // change one field from the summary: back to the summary with the new value, the rest kept
    await tap('rosa', 'Ubah');
    expect(await tap('rosa', 'Harga')).toContain('Sekarang: Rp85.000');
    // a new price with its unit changes both, back at the summary
    const changed = await say('rosa', '90rb per bungkus');
    expect(changed).toContain('Rp90.000 / bungkus');
    expect(changed).toContain('Foto: 2');

    const done = await tap('rosa', 'Kirim untuk kurasi');
    expect(done).toMatch(/Kopi Arabika Bajawa \([A-Z0-9]{5}\) terkirim untuk kurasi. Status: Menunggu kurasi/);
    expect(done).toContain('rekening bank atau QRIS');

    const product = await h.db.prisma.product.findFirstOrThrow({ where: { nameId: 'Kopi Arabika Bajawa' }, include: { photos: { include: { media: true }, orderBy: { position: 'asc' } }, producer: true } });
    expect(product).toMatchObject({ status: 'SUBMITTED', priceIdr: 90_000, unit: 'bungkus', weightGrams: 250, stock: 20, declaredBpom: 'MD224510001234', packagingState: 'SIMPLE', nameEn: null });
    expect(product.producer).toMatchObject({ businessName: 'Kopi Mama Rosa', ownerName: 'Rosa Dhae', regionCode: '53.09', district: 'Bajawa', village: 'Beiposo', phone: '6281211112222' });
    expect(product.photos).toHaveLength(2);
    for (const photo of product.photos) {
      expect(existsSync(path.join(h.dataDir, 'media', photo.media.path))).toBe(true);
      expect(existsSync(path.join(h.dataDir, 'media', photo.media.thumbPath!))).toBe(true);
      expect(photo.media.width).toBe(800);
    }

    // the curators of Ngada (and the admins) are alerted, not those of Sikka
    const alerts = await h.db.prisma.notification.findMany({ where: { template: 'producer:notify.curatorNewSubmission' } });
    expect(alerts.map((a) => a.recipientId).sort()).toEqual([curatorNgada, admin].sort());
    expect(alerts.some((a) => a.recipientId === curatorSikka)).toBe(false);
    const rendered = renderNotification(alerts[0]!, 'id')[0]!;
    expect(rendered.type === 'photo' && rendered.caption).toContain(`Kopi Arabika Bajawa (${product.code})`);
    expect(rendered.type === 'photo' && rendered.options?.map((o) => o.value)).toEqual([`!curate.review:${product.id}`, `!curate.later:${product.id}`]);

    // the producer sees it as submitted
    const list = await tap('rosa', 'Produk saya');
    expect(list).toContain(`⏳ ${product.code} · Kopi Arabika Bajawa`);
    const card = await tap('rosa', product.code);
    expect(card).toContain('Status: Menunggu kurasi');
    expect(card).toContain('Harga: Rp90.000 / bungkus · Stok: 20');
  });
});

describe('adding a product in English', () => {
  it('keeps an unfinished product across "menu", edits the description on the summary and submits', async () => {
    await chatProducer(h, 'yohana', { language: 'en', businessName: 'Madu Belu', regionCode: '53.04' });
    const curatorBelu = (await official(h, 'CURATOR', ['53.04'])).id;
    expect(await say('yohana', 'menu')).toContain('Add product');
    expect(await tap('yohana', 'Add product')).toContain('What is the product called');
    expect(await say('yohana', 'Madu Hutan Belu')).toContain('category');
    expect(await say('yohana', 'honey')).toContain('Describe the product in Indonesian');
    expect(await say('yohana', 'Madu hutan liar dari Lamaknen, dipanen lestari.')).toContain('Name in English');
    expect(await say('yohana', 'Belu Wild Honey')).toContain('Description in English');
    expect(await say('yohana', 'Wild forest honey from Lamaknen, sustainably harvested.')).toContain('What is the price, and per what is it sold?');
    expect(await say('yohana', '100')).toContain('too low, the minimum is Rp500');
    expect(await say('yohana', '150rb')).toContain('Sold per what?');
    expect(await say('yohana', 'botol')).toContain('Shipping weight');
    expect(await say('yohana', '0,75 kg')).toContain('How many');

    // leaving for the menu loses nothing: "Add product" offers to continue at the first open question
    expect(await say('yohana', 'menu')).toContain('Add product');
    expect(await tap('yohana', 'Add product')).toContain('unfinished product: Madu Hutan Belu');
    expect(await tap('yohana', 'Continue')).toContain('How many are ready');
    expect(await say('yohana', '-3')).toContain('Stock cannot be negative');
    expect(await say('yohana', '8')).toContain('Send photos');
    expect(await say('yohana', 'photo later')).toContain('Please send a photo');
    expect(textOf(await h.send('yohana', { type: 'unsupported', kind: 'video' }))).toContain('video');
    expect(textOf(await sendPhoto(h, 'yohana', fetchHuge))).toContain('file is too large');
    expect(textOf(await sendPhoto(h, 'yohana'))).toMatch(/^📷 1 photo\(s\) saved\. You may send more photos at any time[\s\S]*Permits you already hold: -/);
    expect(textOf(await sendPhoto(h, 'yohana'))).toMatch(/^📷 Photo added: 2 photo\(s\) saved[\s\S]*Permits you already hold: -/);
    expect(await tap('yohana', 'Halal')).toContain('E.g. ID53110012345678901234');
    expect(await say('yohana', '12345')).toContain('wrong shape');
    expect(await say('yohana', 'ID 5311 0012 3456 7890 1234')).toContain('Halal ID53110012345678901234');
    expect(await tap('yohana', 'Go on')).toContain('How is it packaged');
    const summary = await tap('yohana', 'Labelled');
    expect(summary).toContain('Belu Wild Honey');
    expect(summary).toContain('Rp150.000 / botol');
    expect(summary).toContain('750 g');

    await tap('yohana', 'Change');
    expect(await tap('yohana', 'Description (English)')).toContain('Now: Wild forest honey');
    expect(await say('yohana', 'x'.repeat(5000))).toContain('at most 2000 characters');
    const changed = await say('yohana', 'Raw wild forest honey from Lamaknen, harvested by the Bunak people.');
    expect(changed).toContain('harvested by the Bunak people');
    expect(changed).toContain('Madu Hutan Belu');

    expect(await tap('yohana', 'Send for curation')).toMatch(/Madu Hutan Belu \([A-Z0-9]{5}\) was sent for curation. Status: Awaiting curation/);
    const product = await h.db.prisma.product.findFirstOrThrow({ where: { nameId: 'Madu Hutan Belu' }, include: { photos: true } });
    expect(product).toMatchObject({ status: 'SUBMITTED', categoryId: 'madu', priceIdr: 150_000, weightGrams: 750, stock: 8, declaredHalal: 'ID53110012345678901234', packagingState: 'LABELLED' });
    expect(product.descriptionEn).toContain('Bunak');
    expect(product.photos).toHaveLength(2);
    expect(product.searchText).toContain('belu wild honey');
    const alerts = await h.db.prisma.notification.findMany({ where: { choices: { array_contains: [{ value: `!curate.review:${product.id}` }] } } });
    expect(alerts.map((a) => a.recipientId).sort()).toEqual([curatorBelu, admin].sort());
    expect(textOf(renderNotification(alerts[0]!, 'en'))).toContain('New product awaiting curation: Madu Hutan Belu');

    // the flow started again is a fresh one: the submitted answers are gone
    expect(await tap('yohana', 'Add product')).toContain('What is the product called');
  });
});
