// "Done shows", in Bahasa Indonesia on the console: an official places a product at El Tari airport (KOE)
// and adds a staff member; the label's QR (PDF sheet and chat picture) decodes to the deep link with KOE;
// staff record "jual KBJ02 2" and the shelf goes down (too many is refused, nothing changes); a buyer
// arriving by "/start p_KBJ02__d_KOE" checks out and the order is attributed to El Tari; the official's
// report for the month counts the sale, the scan and the order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { pdfQrCodes } from '../../domain/labels/pdf-inspect.ts';
import { chatUser, createDisplayHarness, onHandOf } from './display-harness.ts';

let h: ChatHarness;
let shop: Awaited<ReturnType<typeof createDisplayHarness>>['shop'];
let officialId: string;
beforeAll(async () => {
  ({ h, shop } = await createDisplayHarness());
  officialId = await chatUser(h, 'ofisial', { role: 'CURATOR', regions: ['53.71'] });
  await chatUser(h, 'petugas', { phone: '6281234500001' });
});
afterAll(() => h.close());

describe('display network in chat (id)', () => {
  it('an official places a product at El Tari: bad dates are refused, the producer is told', async () => {
    expect(textOf(await h.say('ofisial', 'menu'))).toContain('Titik pajang');
    const list = textOf(await h.tap('ofisial', 'Titik pajang'));
    expect(list).toContain('Bandara El Tari (KOE)');
    expect(list).not.toContain('BJW'); // Ngada is not this curator's
    expect(textOf(await h.tap('ofisial', 'KOE'))).toContain('Belum ada produk yang dipajang');
    expect(textOf(await h.tap('ofisial', 'Pajang produk'))).toContain('kode produknya');
    expect(textOf(await h.say('ofisial', 'TSB02'))).toContain('Tidak ada produk terbit dengan kode TSB02');
    expect(textOf(await h.say('ofisial', 'kbj02'))).toContain('Berapa unit Kopi Bajawa Bubuk 200 g (KBJ02)');
    expect(textOf(await h.say('ofisial', 'nol'))).toContain('angka bulat');
    expect(textOf(await h.say('ofisial', '5'))).toContain('Sampai kapan');
    expect(textOf(await h.say('ofisial', '2020-01-01'))).toContain('lebih awal dari tanggal mulai');
    expect(await h.db.prisma.placement.count()).toBe(0);
    const done = textOf(await h.tap('ofisial', '30 hari'));
    expect(done).toContain('5 unit Kopi Bajawa Bubuk 200 g (KBJ02) dipajang di Bandara El Tari');
    expect(done).toContain('Kopi Bajawa Bubuk 200 g (KBJ02): sisa 5 dari 5, terjual 0');
    expect(await onHandOf(h, 'KOE', 'KBJ02')).toBe(5);
    const note = await h.db.prisma.notification.findFirstOrThrow({ where: { recipientId: shop.producers.kopi.userId, template: 'display:notify.placed' } });
    expect(note.params).toMatchObject({ code: 'KBJ02', pointCode: 'KOE', quantity: 5 });
  });

  it('the label sheet’s QR and the chat label picture carry the deep link with KOE', async () => {
    const sheet = await h.services.display.labelSheet((await h.services.repos.users.loadActor(officialId))!, 'KOE');
    expect(pdfQrCodes(sheet.body)).toEqual(['https://t.me/EtalaseNttBot?start=p_KBJ02__d_KOE']);
    const replies = await h.tap('ofisial', 'Label QR');
    const photo = replies.find((m) => m.type === 'photo');
    expect(photo?.type === 'photo' && photo.caption).toContain('https://t.me/EtalaseNttBot?start=p_KBJ02__d_KOE');
    expect(await h.db.prisma.media.count({ where: { kind: 'label' } })).toBe(1);
  });

  it('the official adds staff by phone; the staff member records "jual KBJ02 2" and the shelf goes down', async () => {
    expect(textOf(await h.tap('ofisial', 'Tambah petugas'))).toContain('nomor HP');
    expect(textOf(await h.say('ofisial', '0899 1111 2222'))).toContain('tidak ditemukan');
    expect(textOf(await h.say('ofisial', '0812-3450-0001'))).toContain('petugas sekarang petugas di Bandara El Tari');

    expect(textOf(await h.say('petugas', 'menu'))).toContain('Catat penjualan');
    const sold = textOf(await h.say('petugas', 'jual KBJ02 2'));
    expect(sold).toContain('Terjual 2 unit Kopi Bajawa Bubuk 200 g (KBJ02) di Bandara El Tari. Sisa di rak: 3.');
    expect(await onHandOf(h, 'KOE', 'KBJ02')).toBe(3);
    expect(textOf(await h.say('petugas', 'jual KBJ02 9'))).toContain('hanya ada 3 unit');
    expect(textOf(await h.say('petugas', 'jual KBJ02 1 PEL-TENAU'))).toContain('bukan petugas di Pelabuhan Tenau');
    expect(textOf(await h.say('petugas', 'jual ZZZ99 1'))).toContain('tidak ditemukan');
    expect(await onHandOf(h, 'KOE', 'KBJ02')).toBe(3);
    expect(await h.db.prisma.notification.count({ where: { recipientId: shop.producers.kopi.userId, template: 'display:notify.sold' } })).toBe(1);
  });

  it('a buyer arriving through the QR deep link orders; the order is attributed to El Tari', async () => {
    const card = textOf(await h.send('tamu', { type: 'command', command: 'start', args: 'p_KBJ02__d_KOE', profile: { name: 'Tamu', languageCode: 'id' } }));
    expect(card).toContain('Kopi Bajawa Bubuk 200 g');
    expect(await h.db.prisma.displayScan.count({ where: { point: { code: 'KOE' }, productId: shop.products.ground.id, channel: 'CONSOLE' } })).toBe(1);
    await h.tap('tamu', 'Tambah ke keranjang');
    await h.say('tamu', '1');
    await h.send('tamu', { type: 'command', command: 'cart', args: '' });
    await h.tap('tamu', 'Pesan sekarang');
    await h.tap('tamu', 'Lanjut');
    await h.say('tamu', 'Tamu Bandara');
    await h.say('tamu', '0812 7777 8888');
    await h.tap('tamu', 'titik pajang');
    await h.say('tamu', 'el tari');
    await h.tap('tamu', 'Transfer bank');
    expect(textOf(await h.tap('tamu', 'Konfirmasi'))).toMatch(/ETL-/);
    const order = await h.db.prisma.order.findFirstOrThrow({ where: { buyer: { identities: { some: { externalId: 'tamu' } } } }, include: { attributedPoint: true } });
    expect(order.attributedPoint?.code).toBe('KOE');
  });

  it('the official’s report for the month counts the sale, the scan and the order', async () => {
    await h.say('ofisial', 'menu');
    await h.tap('ofisial', 'Titik pajang');
    await h.tap('ofisial', 'KOE');
    expect(textOf(await h.tap('ofisial', 'Laporan bulanan'))).toContain('Bulan ini');
    const report = textOf(await h.tap('ofisial', 'Bulan ini'));
    expect(report).toContain('Bandara El Tari (KOE)');
    expect(report).toContain('Produk dipajang: 1');
    expect(report).toContain('Terjual di titik: 2 unit (Rp130.000)');
    expect(report).toContain('Pindaian QR: 1');
    expect(report).toContain('Pesanan dari titik ini: 1 (Rp65.000)');
    expect(report).toContain('Kopi Bajawa Bubuk 200 g (KBJ02): terjual 2, pindaian 1, pesanan 1, sisa 3');
  });
});
