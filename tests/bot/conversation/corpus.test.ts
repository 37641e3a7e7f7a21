// The measured corpus (issue 18): colloquial Indonesian and English as people really type it (slang, typos,
// mixed language, number words, stickers and voice notes), each tried at a real place in the conversation
// through the real engine and database. Every message is asserted: the step it reaches, what the answer says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundBody } from '../../../domain/chat/message.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { seedSmallShop } from '../buyer/catalog-fixtures.ts';
import { placeOf, userAt, type Place } from './conversation-setup.ts';

interface Case {
  lang: 'id' | 'en' | 'mix' | 'media';
  at: Place;
  say: string | InboundBody;
  /** flow.step the conversation is at afterwards */
  reach?: string;
  /** what the answer must say */
  says?: RegExp;
  /** what it must not say */
  not?: RegExp;
}

const NOT_UNDERSTOOD = /belum mengerti|did not understand|not understand/i;
const sticker: InboundBody = { type: 'unsupported', kind: 'sticker' };
const voice: InboundBody = { type: 'unsupported', kind: 'voice' };

const corpus: Case[] = [
  // the welcome: "Mau belanja atau jual produk?"
  { lang: 'id', at: 'role', say: 'cari kopi flores', reach: 'search.list', says: /kopi flores/i },
  { lang: 'id', at: 'role', say: 'kopi bjawa', reach: 'search.list', says: /Kopi Arabika Bajawa/ },
  { lang: 'id', at: 'role', say: 'blanja', reach: 'menu.main', says: /Selamat berbelanja/ },
  { lang: 'id', at: 'role', say: 'saya mau belanja', reach: 'menu.main', says: /Selamat berbelanja/ },
  { lang: 'id', at: 'role', say: 'jual produk', reach: 'onboarding.ownerName', says: /nama lengkap/ },
  { lang: 'id', at: 'role', say: 'jual', reach: 'onboarding.ownerName' },
  { lang: 'id', at: 'role', say: 'dua', reach: 'onboarding.ownerName' },
  { lang: 'id', at: 'role', say: 'yang pertama', reach: 'menu.main' },
  { lang: 'id', at: 'role', say: 'mau jual kain tenun', reach: 'onboarding.ownerName', says: /daftarkan usaha Anda dulu.*kain tenun/s },
  { lang: 'id', at: 'role', say: 'batal', reach: 'menu.main', says: /Dibatalkan[\s\S]*Menu utama/, not: /Pilih bahasa/ },
  { lang: 'id', at: 'role', say: 'gak jadi', reach: 'menu.main', not: /Pilih bahasa/ },
  { lang: 'id', at: 'role', say: 'bingung', reach: 'onboarding.role', says: /Belanja: cari dan pesan/ },
  { lang: 'id', at: 'role', say: 'asdfgh', reach: 'onboarding.role', says: NOT_UNDERSTOOD },
  { lang: 'media', at: 'role', say: sticker, reach: 'onboarding.role', says: /stiker[\s\S]*Belanja/ },
  { lang: 'media', at: 'role', say: voice, reach: 'onboarding.role', says: /pesan suara[\s\S]*Jual produk/ },
  { lang: 'id', at: 'role', say: '🙏🙏', reach: 'onboarding.role', says: /Silakan pilih[\s\S]*Belanja/ },
  // the welcome's language switch, and "ganti bahasa" there
  { lang: 'en', at: 'role', say: 'englsh', reach: 'onboarding.role', says: /Welcome to Etalase NTT[\s\S]*shop or to sell[\s\S]*Bahasa Indonesia/ },
  { lang: 'en', at: 'role', say: 'tiga', reach: 'onboarding.role', says: /shop or to sell/ },
  { lang: 'id', at: 'role', say: 'ganti bahasa', reach: 'language.choose', says: /Pilih bahasa/ },
  // the language picker opened there
  { lang: 'id', at: 'language', say: 'indonesia', reach: 'onboarding.role', says: /Mau belanja atau jual produk/ },
  { lang: 'id', at: 'language', say: 'indo', reach: 'onboarding.role' },
  { lang: 'en', at: 'language', say: 'englsh', reach: 'onboarding.role', says: /shop or to sell/ },
  { lang: 'en', at: 'language', say: 'no 2', reach: 'onboarding.role', says: /shop or to sell/ },
  { lang: 'media', at: 'language', say: voice, reach: 'language.choose', says: /Pilih bahasa/ },
  // the first message of someone new: greeted in the language it is written in, an intent acted on at once
  { lang: 'id', at: 'new', say: 'P', reach: 'onboarding.role', says: /Selamat datang[\s\S]*Mau belanja atau jual produk/, not: /Pilih bahasa/ },
  { lang: 'id', at: 'new', say: 'assalamualaikum', reach: 'onboarding.role', says: /Selamat datang/ },
  { lang: 'en', at: 'new', say: 'hello', reach: 'onboarding.role', says: /Welcome to Etalase NTT[\s\S]*shop or to sell/, not: /Selamat datang/ },
  { lang: 'en', at: 'new', say: 'hi, I want to sell coffee', reach: 'onboarding.ownerName', says: /Welcome[\s\S]*first register your business[\s\S]*"coffee"[\s\S]*full name/ },
  { lang: 'id', at: 'new', say: 'mau jual kain tenun', reach: 'onboarding.ownerName', says: /Selamat datang[\s\S]*daftarkan usaha Anda dulu[\s\S]*nama lengkap/ },
  { lang: 'id', at: 'new', say: 'cari kopi flores', reach: 'search.list', says: /kopi flores/i },
  // a buyer's menu, Indonesian and slang
  { lang: 'id', at: 'buyerMenu', say: 'kopi bajawa', reach: 'search.list', says: /Kopi Bajawa Bubuk/ },
  { lang: 'id', at: 'buyerMenu', say: 'ada kopi gak?', reach: 'search.list', says: /Kopi Arabika Bajawa/ },
  { lang: 'id', at: 'buyerMenu', say: 'cari madu', reach: 'search.list', says: /madu/i },
  { lang: 'id', at: 'buyerMenu', say: 'tenun sumba', reach: 'search.list', says: /Kain Tenun Ikat Sumba Timur/ },
  { lang: 'id', at: 'buyerMenu', say: 'keranjang', reach: 'cart.list', says: /kosong/ },
  { lang: 'id', at: 'buyerMenu', say: 'krnjang', reach: 'cart.list' },
  { lang: 'id', at: 'buyerMenu', say: 'status pesanan', reach: 'menu.main', says: /belum punya pesanan/ },
  { lang: 'id', at: 'buyerMenu', say: 'bayar', reach: 'menu.main', says: /belum punya pesanan/ },
  { lang: 'id', at: 'buyerMenu', say: 'ganti bahasa', reach: 'language.choose', says: /Pilih bahasa/ },
  { lang: 'id', at: 'buyerMenu', say: 'bantuan', reach: 'menu.main', says: /batal/ },
  { lang: 'id', at: 'buyerMenu', say: 'makasih', reach: 'menu.main', says: /Sama-sama[\s\S]*Menu utama/, not: NOT_UNDERSTOOD },
  // greetings and thanks at a menu are answered in kind, never searched for nor "not understood"
  { lang: 'id', at: 'buyerMenu', say: 'halo', reach: 'menu.main', says: /Halo! 👋[\s\S]*Menu utama/, not: NOT_UNDERSTOOD },
  { lang: 'id', at: 'buyerMenu', say: 'pagi kak', reach: 'menu.main', says: /Halo! 👋[\s\S]*Menu utama/, not: /tidak ada produk|belum mengerti/ },
  { lang: 'id', at: 'buyerMenu', say: 'selamat siang min', reach: 'menu.main', says: /Halo! 👋/, not: /tidak ada produk|belum mengerti/ },
  { lang: 'id', at: 'buyerMenu', say: 'makasih ya kak', reach: 'menu.main', says: /Sama-sama/, not: /tidak ada produk|belum mengerti/ },
  { lang: 'id', at: 'buyerMenu', say: 'oke', reach: 'menu.main', says: /👍[\s\S]*Menu utama/, not: NOT_UNDERSTOOD },
  { lang: 'id', at: 'buyerMenu', say: 'mau beli 2', reach: 'menu.main', says: /Produk yang mana/ },
  { lang: 'id', at: 'buyerMenu', say: 'brp ongkir ke jakarta', reach: 'menu.main', says: /jakarta[\s\S]*produsen/i },
  { lang: 'id', at: 'buyerMenu', say: 'ongkir', reach: 'menu.main', says: /kota mana/ },
  { lang: 'id', at: 'buyerMenu', say: 'mau jual kain tenun', reach: 'onboarding.ownerName', says: /daftarkan usaha/ },
  { lang: 'id', at: 'buyerMenu', say: 'pesanan masuk', reach: 'menu.main', says: /hanya untuk produsen/ },
  { lang: 'id', at: 'buyerMenu', say: 'jual kopi?', reach: 'search.list', says: /Kopi Arabika Bajawa/ },
  { lang: 'id', at: 'buyerMenu', say: 'tiga', reach: 'browse.categories' },
  { lang: 'media', at: 'buyerMenu', say: voice, reach: 'menu.main', says: /pesan suara[\s\S]*Menu utama/ },
  // a product card
  { lang: 'id', at: 'card', say: 'mau beli 2', reach: 'cart.add.added', says: /2/ },
  { lang: 'id', at: 'card', say: 'beli dua bungkus', reach: 'cart.add.added' },
  { lang: 'id', at: 'card', say: 'mau beli 10', reach: 'cart.add.quantity', says: /4/ },
  { lang: 'id', at: 'card', say: 'Brp ongkir ke Jakarta?', reach: 'product.card', says: /Jakarta[\s\S]*Kopi Mangulewa[\s\S]*Ngada/ },
  { lang: 'id', at: 'card', say: 'ongkir ke kupang brp', reach: 'product.card', says: /kupang/i },
  { lang: 'id', at: 'card', say: 'kain tenun', reach: 'search.list', says: /Kain Tenun Ikat/ },
  { lang: 'id', at: 'card', say: 'keranjang', reach: 'cart.list', says: /kosong/ },
  { lang: 'media', at: 'card', say: sticker, reach: 'product.card', says: /stiker/ },
  // how many (typed on the console: no buttons)
  { lang: 'id', at: 'quantity', say: 'dua', reach: 'cart.add.added' },
  { lang: 'id', at: 'quantity', say: '3 bungkus', reach: 'cart.add.added' },
  { lang: 'id', at: 'quantity', say: 'mau beli 1', reach: 'cart.add.added' },
  { lang: 'id', at: 'quantity', say: 'banyak', reach: 'cart.add.quantity', says: /angka|jumlah/i },
  // English and mixed
  { lang: 'en', at: 'buyerMenuEn', say: 'hi there', reach: 'menu.main', says: /Hello! 👋/, not: NOT_UNDERSTOOD },
  { lang: 'en', at: 'buyerMenuEn', say: 'thank you', reach: 'menu.main', says: /You're welcome/, not: NOT_UNDERSTOOD },
  { lang: 'en', at: 'buyerMenuEn', say: 'coffee', reach: 'search.list', says: /Coffee/ },
  { lang: 'en', at: 'buyerMenuEn', say: 'my cart', reach: 'cart.list', says: /empty/ },
  { lang: 'en', at: 'buyerMenuEn', say: 'do you have ikat?', reach: 'search.list', says: /Ikat/ },
  { lang: 'en', at: 'buyerMenuEn', say: 'shipping to bali', reach: 'menu.main', says: /bali/i },
  { lang: 'en', at: 'buyerMenuEn', say: 'track my order', reach: 'menu.main', says: /no orders|not.*order/i },
  { lang: 'en', at: 'buyerMenuEn', say: 'i want to sell honey', reach: 'onboarding.ownerName', says: /register/ },
  { lang: 'en', at: 'buyerMenuEn', say: 'thx', reach: 'menu.main', says: /Main menu/ },
  { lang: 'en', at: 'buyerMenuEn', say: 'nevermind', reach: 'menu.main', says: /Main menu/ },
  { lang: 'mix', at: 'buyerMenuEn', say: 'keranjang', reach: 'cart.list' },
  { lang: 'mix', at: 'buyerMenu', say: 'cari coffee bajawa', reach: 'search.list', says: /Kopi Arabika Bajawa/ },
  { lang: 'mix', at: 'buyerMenu', say: 'my cart', reach: 'cart.list' },
  { lang: 'mix', at: 'card', say: 'buy 2', reach: 'cart.add.added' },
  { lang: 'mix', at: 'role', say: 'shop', reach: 'menu.main', says: /Selamat berbelanja/ },
  // a producer
  { lang: 'id', at: 'producerMenu', say: 'mau jual kain tenun ikat', reach: 'product-add.descriptionId', says: /Kain tenun ikat[\s\S]*Tenun Ikat/ },
  { lang: 'id', at: 'producerMenu', say: 'jual madu hutan', reach: 'product-add.descriptionId', says: /Madu/ },
  { lang: 'id', at: 'producerMenu', say: 'sy mau jual sambal luat', reach: 'product-add.categoryId', says: /Sambal luat/ },
  { lang: 'id', at: 'producerMenu', say: 'kain tenun ikat', reach: 'sell-or-search.ask', says: /menjual[\s\S]*mencari/ },
  { lang: 'id', at: 'producerMenu', say: 'pesanan masuk', reach: 'menu.main', says: /Tidak ada pesanan yang perlu ditangani/ },
  { lang: 'id', at: 'producerMenu', say: 'orderan masuk', reach: 'menu.main', says: /Tidak ada pesanan yang perlu ditangani/ },
  { lang: 'en', at: 'producerMenuEn', say: 'I want to sell coffee', reach: 'product-add.descriptionId', says: /Coffee/ },
  { lang: 'mix', at: 'producerMenu', say: 'mau jual coffee arabica', reach: 'product-add.descriptionId', says: /Kopi/ },
  // the category question
  { lang: 'id', at: 'category', say: '350rb', reach: 'product-add.categoryId', says: /tidak ada di daftar[\s\S]*Lainnya[\s\S]*\[Lainnya\]/ },
  { lang: 'id', at: 'category', say: 'tenun', reach: 'product-add.descriptionId' },
  { lang: 'id', at: 'category', say: 'lainnya', reach: 'product-add.descriptionId' },
  { lang: 'id', at: 'category', say: 'krajinan', reach: 'product-add.descriptionId' },
  { lang: 'id', at: 'category', say: 'batal', reach: 'menu.main', says: /Draf produk Anda tersimpan[\s\S]*Menu produsen/ },
  // checkout: answers in the wrong order are explained, never stored
  { lang: 'id', at: 'address', say: 'Jakarta Barat', reach: 'checkout.address', says: /nama kota\/provinsi/ },
  { lang: 'id', at: 'address', say: '11530', reach: 'checkout.address', says: /hanya angka/ },
  { lang: 'id', at: 'address', say: 'Jl. Merdeka No. 5, RT 02/RW 03, Kebon Jeruk', reach: 'checkout.city' },
  { lang: 'id', at: 'city', say: '11530', reach: 'checkout.city', says: /bukan nama kabupaten\/kota/ },
  { lang: 'id', at: 'city', say: 'Jawa Barat', reach: 'checkout.city', says: /adalah nama provinsi/ },
  // the city names its province (national list): the postcode is next
  { lang: 'id', at: 'city', say: 'Jakarta Brat', reach: 'checkout.postal' },
  { lang: 'id', at: 'province', say: '11530', reach: 'checkout.province', says: /bukan nama provinsi/ },
  { lang: 'id', at: 'province', say: 'jabar', reach: 'checkout.postal' },
  { lang: 'id', at: 'province', say: 'dki jakrta', reach: 'checkout.postal' },
  { lang: 'id', at: 'province', say: 'provinsi ngawur', reach: 'checkout.province', says: /tidak kami kenal/ },
  { lang: 'id', at: 'postal', say: '1153', reach: 'checkout.postal', says: /5 angka/ },
  { lang: 'id', at: 'postal', say: '11530', reach: 'checkout.payment' },
  { lang: 'id', at: 'phone', say: 'nomor saya', reach: 'checkout.phone', says: /tidak bisa kami baca/ },
  { lang: 'id', at: 'phone', say: '+62 812-3456-7890', reach: 'checkout.delivery' },
];

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness({ settings: { publicUrl: 'https://etalase.example' } });
  await seedSmallShop(h.db.prisma);
});
afterAll(() => h.close());

describe('the colloquial corpus', () => {
  it('has at least 60 messages in both languages, with slang, mixed language, stickers and voice notes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['id', 'en', 'mix', 'media'] as const) expect(corpus.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(4);
  });

  it.each(corpus.map((c, i) => [i + 1, c.at, typeof c.say === 'string' ? c.say : `<${c.say.type === 'unsupported' ? c.say.kind : c.say.type}>`, c] as const))(
    '%i. at %s: %s',
    async (_n, _at, _said, c) => {
      const user = await userAt(h, c.at);
      const replies = await h.send(user, typeof c.say === 'string' ? { type: 'text', text: c.say } : c.say);
      const text = textOf(replies);
      expect(replies.length, 'every message gets an answer').toBeGreaterThan(0);
      if (c.reach) expect(await placeOf(h, user), text).toBe(c.reach);
      if (c.says) expect(text).toMatch(c.says);
      if (c.not) expect(text).not.toMatch(c.not);
    },
  );
});
