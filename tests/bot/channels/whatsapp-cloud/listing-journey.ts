// A producer's whole listing journey on WhatsApp, written once and run on both transports: registering in
// chat, then adding a product with every kind of answer (typed, picked, a photo, a permit number) until it
// is submitted for curation. Returns the product as stored.
import { expect } from 'vitest';
import type { ChatHarness } from '../../../helpers/chat-harness.ts';
import type { WhatsAppDriver } from './drivers.ts';

export async function producerListingJourney(h: ChatHarness, d: WhatsAppDriver, phone: string, business: string) {
  expect(await d.say('halo')).toContain('Mau belanja atau jual produk?');
  expect(await d.choose('Jual produk')).toContain('nama lengkap');
  for (const answer of ['Petrus Nong', business]) await d.say(answer);
  // the location is the last answer on WhatsApp: the sender's number is the phone, registered at once
  const registered = await d.say('Desa Waiwerang, Kec. Adonara Timur, Flores Timur');
  expect(registered).toContain('sudah terdaftar sebagai produsen');
  expect(registered).toContain(`Telepon: +${phone}`);

  expect(await d.choose('Tambah produk')).toContain('Apa nama produknya?');
  expect(await d.say('Kacang Mete Sangrai 500 g')).toContain('Pilih kategori');
  expect(await d.choose('Kacang Mete')).toContain('Ceritakan produknya');
  expect(await d.say('Mete Adonara disangrai dengan pasir, renyah dan gurih.')).toContain('bahasa Inggris');
  expect(await d.choose('Lewati')).toContain('Berapa harganya, dan dijual per apa?');
  // price and unit in one answer: the unit question is skipped
  const weight = await d.say('Rp 95.000,- / botol');
  expect(weight).toContain('Berat kirim');
  expect(weight).not.toContain('Dijual per apa?');
  expect(await d.say('0,5 kg')).toContain('Berapa stok');
  expect(await d.say('stok 15')).toContain('Kirim foto produk');
  expect(await d.say('fotonya nanti')).toContain('Silakan kirim foto');
  // the first photo moves on; the second is added at the permits question
  const first = await d.photo();
  expect(first).toContain('1 foto tersimpan');
  expect(first).toContain('Izin yang sudah dimiliki');
  const second = await d.photo();
  expect(second).toContain('Foto ditambahkan: 2 foto tersimpan');
  expect(second).toContain('Izin yang sudah dimiliki');
  expect(await d.say('2065371010123-27')).toContain('SPP-IRT 206537101012327');
  expect(await d.choose('Lanjut')).toContain('Bagaimana kemasannya');
  const summary = await d.choose('sederhana');
  expect(summary).toContain('Rp95.000 / botol');
  expect(summary).toContain('Stok: 15');
  expect(await d.choose('Kirim untuk')).toContain('terkirim untuk kurasi');

  const producer = await h.db.prisma.producer.findFirstOrThrow({ where: { businessName: business } });
  expect(producer).toMatchObject({ regionCode: '53.06', district: 'Adonara Timur', village: 'Waiwerang', phone });
  const product = await h.db.prisma.product.findFirstOrThrow({ where: { producerId: producer.id }, include: { photos: true } });
  expect(product).toMatchObject({ nameId: 'Kacang Mete Sangrai 500 g', status: 'SUBMITTED', categoryId: 'kacang-mete', unit: 'botol', declaredPirt: '206537101012327' });
  expect(product.photos).toHaveLength(2);
  return product;
}
