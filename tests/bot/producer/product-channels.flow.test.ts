// The same product flow on WhatsApp (numbered replies, photos as WhatsApp media, an image sent as a file)
// and on Telegram, then managing the product: quick stock, pause, the status rules, new photos, archive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { jpeg } from '../../domain/services/producer-fixtures.ts';
import { chatProducer, official, sendPhoto } from './producer-chat.ts';

let h: ChatHarness;
let curator: string;
beforeAll(async () => {
  h = await createChatHarness();
  curator = (await official(h, 'CURATOR', ['53.06'])).id;
});
afterAll(() => h.close());

const wa = async (text: string) => textOf(await h.say('6285200001111', text, 'WHATSAPP'));
const tg = async (text: string) => textOf(await h.say('tg-agnes', text, 'TELEGRAM'));
const tgTap = async (label: string) => textOf(await h.tap('tg-agnes', label, 'TELEGRAM'));
const alertCount = (productId: string) => h.db.prisma.notification.count({ where: { recipientId: curator, choices: { array_contains: [{ value: `!curate.review:${productId}` }] } } });

describe('on WhatsApp', () => {
  it('adds a product answering menus by number and sending photos as WhatsApp media', async () => {
    await chatProducer(h, '6285200001111', { channel: 'WHATSAPP', regionCode: '53.06', businessName: 'Mete Adonara' });
    expect(await wa('menu')).toContain('Tambah produk');
    expect(await wa('1')).toContain('Apa nama produknya?');
    expect(await wa('Kacang Mete Sangrai 500 g')).toContain('Pilih kategori');
    expect(await wa('mete')).toContain('Ceritakan produknya');
    expect(await wa('Mete Adonara disangrai dengan pasir, renyah dan gurih.')).toContain('bahasa Inggris');
    expect(await wa('1')).toContain('Berapa harganya, dan dijual per apa?'); // 1 = Lewati
    expect(await wa('Rp 95.000,-')).toMatch(/^Dijual per apa\?/); // no unit with the price: asked
    expect(await wa('6')).toContain('Berat kirim'); // 6 = botol
    expect(await wa('0,5 kg')).toContain('Berapa stok');
    expect(await wa('stok 15')).toContain('Kirim foto produk');
    expect(textOf(await h.send('6285200001111', { type: 'unsupported', kind: 'sticker', channel: 'WHATSAPP' }))).toContain('stiker');
    expect(await wa('ini fotonya')).toContain('Silakan kirim foto');
    // the first photo moves on to the permits; the second (an image sent as a file) is added there
    expect(textOf(await sendPhoto(h, '6285200001111', undefined, 'WHATSAPP'))).toMatch(/1 foto tersimpan[\s\S]*Izin yang sudah dimiliki/);
    expect(textOf(await sendPhoto(h, '6285200001111', undefined, 'WHATSAPP', 'document'))).toMatch(/Foto ditambahkan: 2 foto tersimpan[\s\S]*Izin yang sudah dimiliki/);
    expect(await wa('2065371010123-27')).toContain('SPP-IRT 206537101012327'); // typed straight away, recognised by its shape
    expect(await wa('4')).toContain('Bagaimana kemasannya'); // 4 = Lanjut
    const summary = await wa('2');
    expect(summary).toContain('Rp95.000 / botol');
    expect(summary).toContain('500 gram');
    expect(summary).toContain('Stok: 15');
    expect(await wa('1')).toContain('terkirim untuk kurasi');
    const product = await h.db.prisma.product.findFirstOrThrow({ where: { nameId: 'Kacang Mete Sangrai 500 g' }, include: { photos: true } });
    expect(product).toMatchObject({ status: 'SUBMITTED', categoryId: 'kacang-mete', unit: 'botol', declaredPirt: '206537101012327' });
    expect(product.photos).toHaveLength(2);
    expect(await alertCount(product.id)).toBe(1);
  });
});

describe('managing products (Telegram)', () => {
  it('quick stock, pause, price keeps approval, a new name goes back to review, new photos, archive', async () => {
    const agnes = await chatProducer(h, 'tg-agnes', { channel: 'TELEGRAM', regionCode: '53.06', businessName: 'Tenun Agnes' });
    const photo = (await h.services.media.upload(agnes, { data: await jpeg(), kind: 'product_photo' })).id;
    const created = await h.services.products.createAndSubmit(agnes, { nameId: 'Selendang Tenun Adonara', categoryId: 'tenun', descriptionId: 'Selendang tenun ikat pewarna alami.', priceIdr: 350_000, unit: 'lembar', weightGrams: 300, stock: 4, photoMediaIds: [photo] });
    await h.db.prisma.product.update({ where: { id: created.id }, data: { status: 'APPROVED', approvedAt: new Date() } });
    expect(await alertCount(created.id)).toBe(1);

    // "stok KODE n" at the main menu, with a bad number first
    await tg('menu');
    expect(await tg(`stok ${created.code} -3`)).toContain('Stok tidak boleh minus');
    expect(await tg('7')).toContain('Stok Selendang Tenun Adonara');
    expect(await tg(`stok ${created.code.toLowerCase()} 6`)).toContain('sekarang 6');
    expect(await tg('stok ZZZZZ 6')).toContain('tidak ditemukan');

    // the list and a product's card; "stok 12" while it is chosen
    expect(await tgTap('Produk saya')).toContain(`✅ ${created.code} · Selendang Tenun Adonara`);
    const card = await tgTap(created.code);
    expect(card).toContain('Status: Tayang');
    expect(await tg('stok 12')).toContain('Stok: 12');
    expect(await tgTap('Jeda penjualan')).toContain('Penjualan dijeda');
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: created.id } })).paused).toBe(true);
    expect(await tgTap('Jual lagi')).toContain('tampil lagi');

    // price: still approved, no alert
    await tgTap('Ubah data');
    expect(await tgTap('Harga')).toContain('Sekarang: Rp350.000');
    // typed with its unit, the price changes both
    expect(await tg('400rb per pasang')).toContain('Harga disimpan.');
    expect(await h.db.prisma.product.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: 'APPROVED', priceIdr: 400_000, unit: 'pasang' });
    expect(await alertCount(created.id)).toBe(1);

    // name: back to review, the curator alerted again
    await tgTap('Ubah data');
    await tgTap('Nama');
    expect(await tg('Selendang Tenun Ikat Adonara')).toContain('dikirim ulang untuk kurasi');
    const renamed = await h.db.prisma.product.findUniqueOrThrow({ where: { id: created.id } });
    expect(renamed).toMatchObject({ status: 'SUBMITTED', priceIdr: 400_000, stock: 12 });
    expect(await alertCount(created.id)).toBe(2);

    // new photos replace the old ones in one change (one alert, not one per photo)
    await tgTap('Ubah data');
    expect(await tgTap('Foto')).toContain('Foto lama diganti');
    await sendPhoto(h, 'tg-agnes', undefined, 'TELEGRAM');
    await sendPhoto(h, 'tg-agnes', undefined, 'TELEGRAM');
    expect(await tgTap('Selesai')).toContain('Foto disimpan');
    const photos = await h.db.prisma.productPhoto.findMany({ where: { productId: created.id } });
    expect(photos).toHaveLength(2);
    expect(photos.some((p) => p.mediaId === photo)).toBe(false);
    expect(await alertCount(created.id)).toBe(3);

    // a button on a notification opens the product from any state
    await tg('menu');
    const opened = textOf(await h.send('tg-agnes', { type: 'choice', value: `!producer.product:${created.id}`, channel: 'TELEGRAM' }));
    expect(opened).toContain('Selendang Tenun Ikat Adonara');
    expect(opened).toContain('Status: Menunggu kurasi');

    // archive: confirmed, then gone from the list
    await tgTap('Arsipkan');
    expect(await tgTap('Ya, arsipkan')).toContain('sudah diarsipkan');
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: created.id } })).status).toBe('ARCHIVED');
    expect(await tg('menu')).toContain('Produk saya');
    expect(await tgTap('Produk saya')).toContain('belum punya produk');
  });
});
