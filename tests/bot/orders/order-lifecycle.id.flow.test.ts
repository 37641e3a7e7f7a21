// The whole order in Indonesian through the real engine: checkout from the cart (courier, address in NTT,
// bank transfer), a stale second tap on Confirm, the producer's alert and acceptance with "15rb", the buyer's
// proof photo, payment confirmation, shipping with tracking, receipt and rating; then bad buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatHarness } from '../../helpers/chat-harness.ts';
import { chatProducer, createOrdersHarness, deliver, fillCart, jpeg, onboardBuyer, tapIn, textOf } from './orders-harness.ts';

let h: ChatHarness;
let dispatcher: Awaited<ReturnType<typeof createOrdersHarness>>['dispatcher'];
let seller: Awaited<ReturnType<typeof chatProducer>>;
let buyerId: string;

beforeAll(async () => {
  ({ h, dispatcher } = await createOrdersHarness());
  seller = await chatProducer(h, 'rosa', 'id', { businessName: 'Kopi Inerie', product: 'Kopi Arabika Bajawa', priceIdr: 75_000, stock: 5 });
  buyerId = await onboardBuyer(h, 'maria', 'id');
});
afterAll(() => h.close());

describe('order life cycle (Bahasa Indonesia)', () => {
  it('buyer checks out; producer accepts with 15rb; proof, payment, shipping, receipt and rating', async () => {
    await fillCart(h, buyerId, seller.product.id, 2);
    await h.send('maria', { type: 'command', command: 'cart', args: '' });
    const overview = textOf(await h.tap('maria', 'Pesan sekarang'));
    expect(overview).toContain('Kopi Inerie');
    expect(overview).toContain('Rp150.000');
    expect(textOf(await h.tap('maria', 'Lanjut'))).toContain('nama penerima');
    expect(textOf(await h.say('maria', 'Maria Goreti'))).toContain('Nomor HP');
    expect(textOf(await h.say('maria', 'abc'))).toContain('tidak bisa kami baca');
    expect(textOf(await h.say('maria', '0812 3456 7890'))).toContain('Bagaimana pesanan sampai');
    await h.tap('maria', 'kurir');
    expect(textOf(await h.tap('maria', 'Indonesia'))).toContain('Alamat lengkap');
    await h.say('maria', 'Jl. El Tari No. 5, Oebobo');
    // the city names its province (issue 25): no province question
    expect(textOf(await h.say('maria', 'Kota Kupang'))).toContain('Kode pos');
    expect(textOf(await h.say('maria', '851'))).toContain('5 angka');
    expect(textOf(await h.say('maria', '85111'))).toContain('Bayar dengan cara apa');
    const summary = textOf(await h.tap('maria', 'Transfer bank'));
    expect(summary).toContain('Periksa pesanan');
    expect(summary).toContain('Jl. El Tari No. 5, Oebobo, Kota Kupang, Nusa Tenggara Timur, 85111');
    // no rate: said plainly, with the approval of the final total to come before anything is paid
    expect(summary).toContain('Ongkos kirim ke alamat ini belum diketahui');
    expect(summary).toContain('total akhir (barang + ongkir) di sini untuk disetujui');
    const summaryMenu = h.lastMenu('maria')!;
    const placed = textOf(await h.tap('maria', 'Konfirmasi'));
    expect(placed).toMatch(/Pesanan dibuat![\s\S]*ETL-\d{6}-[A-Z0-9]{4} — Kopi Inerie/);
    // a second tap on the same summary button: an old menu, nothing more is ordered
    const yes = summaryMenu.options.find((o) => o.label.includes('Konfirmasi'))!;
    expect(textOf(await h.send('maria', { type: 'choice', value: yes.value!, menuToken: summaryMenu.token }))).toContain('pesan lama');
    const orders = await h.db.prisma.order.findMany({ where: { buyerId } });
    expect(orders).toHaveLength(1);
    const order = orders[0]!;
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: seller.product.id } })).stock).toBe(3);

    // the producer's alert: items, the buyer's city and the delivery, never the phone or the address
    let got = await deliver(h, dispatcher);
    const alert = textOf(got('rosa'));
    expect(alert).toContain(`Pesanan baru ${order.number}`);
    expect(alert).toContain('2 × Kopi Arabika Bajawa');
    expect(alert).toContain('Kota pembeli: Kota Kupang');
    expect(alert).toContain('Kirim dengan kurir');
    expect(alert).not.toContain('6281234567890');
    expect(alert).not.toContain('El Tari');
    expect(textOf(await tapIn(h, 'rosa', got('rosa'), 'Terima'))).toContain('Berapa ongkos kirimnya');
    expect(textOf(await h.say('rosa', 'mahal'))).toContain('tidak bisa kami baca');
    expect(textOf(await h.say('rosa', '15rb'))).toContain('Total untuk pembeli: Rp165.000');

    got = await deliver(h, dispatcher);
    const accepted = textOf(got('maria'));
    expect(accepted).toContain('Kopi Inerie menerima pesanan');
    expect(accepted).toContain('Total dibayar: Rp165.000');
    expect(accepted).toContain('Setuju dengan total ini?');
    expect(accepted).toContain('BRI 0123456789');
    expect(textOf(await tapIn(h, 'maria', got('maria'), 'Kirim bukti bayar'))).toContain('Kirim foto bukti pembayaran');
    expect(textOf(await h.say('maria', 'sudah transfer'))).toContain('Silakan kirim foto');
    const proofJpeg = await jpeg();
    const sent = await h.send('maria', { type: 'media', kind: 'photo', ref: 'proof-1', mime: 'image/jpeg' }, async () => ({ data: proofJpeg, mime: 'image/jpeg' }));
    expect(textOf(sent)).toContain('Bukti bayar pesanan');

    got = await deliver(h, dispatcher);
    const proofNote = got('rosa').find((m) => m.type === 'photo');
    expect(proofNote && proofNote.type === 'photo' && proofNote.media.mediaId).toBeTruthy();
    const confirmStep = await tapIn(h, 'rosa', got('rosa'), 'Konfirmasi pembayaran');
    expect(confirmStep.find((m) => m.type === 'photo')).toBeTruthy();
    const paid = textOf(await h.tap('rosa', 'Ya, sudah diterima'));
    expect(paid).toContain('Pembayaran pesanan');
    expect(paid).toContain('HP: 6281234567890'); // the producer's detail shows the recipient's contact
    await h.tap('rosa', 'Kirim pesanan');
    expect(textOf(await h.tap('rosa', 'JNE'))).toContain('Nomor resi');
    expect(textOf(await h.say('rosa', 'JN0012345678'))).toContain('ditandai dikirim');

    got = await deliver(h, dispatcher);
    expect(textOf(got('maria'))).toMatch(/Kurir: JNE\nNo\. resi: JN0012345678/);
    const received = textOf(await tapIn(h, 'maria', got('maria'), 'Pesanan sudah diterima'));
    expect(received).toContain('selesai');
    expect(received).toContain('Berapa bintang untuk Kopi Arabika Bajawa');
    expect(textOf(await h.tap('maria', '⭐⭐⭐⭐'))).toContain('Ada komentar');
    expect(textOf(await h.say('maria', 'Harum sekali'))).toContain('Terima kasih atas penilaian');
    const product = await h.db.prisma.product.findUniqueOrThrow({ where: { id: seller.product.id } });
    expect([product.ratingSum, product.ratingCount]).toEqual([4, 1]);
    expect(textOf((await deliver(h, dispatcher))('rosa'))).toContain('selesai');
  });

  it('sold out between the summary and Confirm: says so and shows the adjusted cart', async () => {
    await fillCart(h, buyerId, seller.product.id, 3);
    await h.send('maria', { type: 'command', command: 'cart', args: '' });
    await h.tap('maria', 'Pesan sekarang');
    await h.tap('maria', 'Pakai data penerima terakhir');
    await h.tap('maria', 'Ambil di tempat produsen');
    expect(textOf(await h.tap('maria', 'Transfer bank'))).toContain('3 × Kopi Arabika Bajawa');
    await h.db.prisma.product.update({ where: { id: seller.product.id }, data: { stock: 1 } });
    const answer = textOf(await h.tap('maria', 'Konfirmasi'));
    expect(answer).toContain('stok Kopi Arabika Bajawa baru saja habis atau berkurang');
    expect(answer).toContain('1 × Kopi Arabika Bajawa');
    const line = await h.db.prisma.cartItem.findFirstOrThrow({ where: { cart: { userId: buyerId } } });
    expect(line.quantity).toBe(1);
  });

  it('buttons for ids that do not exist or are someone else’s, and steps not for this user: plain answers', async () => {
    const order = await h.db.prisma.order.findFirstOrThrow({ where: { buyerId } });
    expect(textOf(await h.send('maria', { type: 'choice', value: `!order.accept:${order.id}` }))).toContain('bukan untuk Anda');
    expect(textOf(await h.send('maria', { type: 'choice', value: '!order.pay:tidak-ada' }))).toContain('tidak ditemukan');
    expect(textOf(await h.send('maria', { type: 'choice', value: `!order.cancel:${order.id}` }))).toContain('berstatus „selesai”');
    await onboardBuyer(h, 'yosef', 'id');
    expect(textOf(await h.send('yosef', { type: 'choice', value: `!order.open:${order.id}` }))).toContain('bukan milik Anda');
    const incoming = textOf(await h.send('rosa', { type: 'command', command: 'orders', args: '' }));
    expect(incoming).toContain('Tidak ada pesanan yang perlu ditangani');
    const mine = textOf(await h.send('maria', { type: 'command', command: 'orders', args: '' }));
    expect(mine).toContain(`${order.number} · selesai`);
  });
});
