// A brand-new villager, from the very first "halo" to a product "submitted for curation", typed in free text
// on WhatsApp and on Telegram: no numbers, no taps. Registration (name, business, one answer for where they
// are; on Telegram the phone) and the listing together take at most NEW_VILLAGER_JOURNEY_MAX messages, the
// figure in BENCHMARKS.md that must not grow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../domain/chat/message.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { official, sendPhoto } from '../producer/producer-chat.ts';

/** The figure in BENCHMARKS.md ("New villager's journey in free text"): it must not grow. */
export const NEW_VILLAGER_JOURNEY_MAX = 15;
/** The issue's ceiling. */
const ISSUE_CEILING = 15;
/** Measured: WhatsApp needs no phone answer (the sender's own number is used); cloth skips the permits question. */
const MEASURED: Record<'WHATSAPP' | 'TELEGRAM', number> = { WHATSAPP: 13, TELEGRAM: 14 };

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness();
  await official(h, 'CURATOR', ['53.11']);
});
afterAll(() => h.close());

type Step = { say: string; expect: RegExp; not?: RegExp; only?: 'TELEGRAM' } | { photo: true; expect: RegExp };

// what a weaver in Sumba types, one message at a time
const journey: Step[] = [
  { say: 'halo', expect: /Selamat datang di Etalase NTT[\s\S]*Mau belanja atau jual produk\?\n\[🛍 Belanja\] \[🧺 Jual produk\] \[🇬🇧 English\]/, not: /Pilih bahasa/ },
  { say: 'mau jual kain tenun ikat sumba', expect: /daftarkan usaha Anda dulu[\s\S]*"kain tenun ikat sumba"[\s\S]*Siapa nama lengkap Anda/ },
  { say: 'Maria Ndapa', expect: /^Apa nama usaha Anda\?/ },
  { say: 'Tenun Mama Maria', expect: /^Dari mana\? Tulis desa, kecamatan dan kabupaten/ },
  // on WhatsApp this answer completes the registration (see `registered`); Telegram asks the phone
  { say: 'Desa Prailiu, Kec. Kambera, Sumba Timur', expect: /^Bagikan nomor telepon Anda/, not: /Kecamatannya|Desa atau kelurahannya|pulau/ },
  { say: '0812-3456-7890', only: 'TELEGRAM', expect: /sudah terdaftar/ },
  { say: 'Kain tenun ikat asli Sumba Timur, pewarna alam, motif kuda dan rusa.', expect: /^Nama dalam bahasa Inggris/ },
  { say: 'lewati', expect: /^Berapa harganya, dan dijual per apa\? Contoh: 350rb per lembar/ },
  { say: '350rb per lembar', expect: /^Berat kirim per satuan/, not: /Dijual per apa/ },
  { say: '1 kg', expect: /^Berapa stok/ },
  { say: 'ada 5', expect: /^Kirim foto produk/ },
  // cloth is not food: no permits question (halal, P-IRT, BPOM) before the packaging
  { photo: true, expect: /^📷 1 foto tersimpan\. Foto lain boleh dikirim kapan saja[\s\S]*Bagaimana kemasannya/, not: /Izin yang sudah dimiliki/ },
  { say: 'kemasan sederhana', expect: /Kain tenun ikat sumba[\s\S]*Rp350\.000 \/ lembar[\s\S]*Foto: 1/ },
  { say: 'kirim untuk kurasi', expect: /terkirim untuk kurasi/ },
];

/** After the location (WhatsApp) or the phone (Telegram): registered, the details shown, the listing going on. */
const registered = (phone: string) =>
  new RegExp(
    `Terima kasih, Maria Ndapa! Tenun Mama Maria sudah terdaftar sebagai produsen:\\n• Kabupaten/kota: Kabupaten Sumba Timur\\n• Kecamatan: Kambera\\n• Desa: Prailiu\\n• Telepon: ${phone.replace(/[+]/g, '\\+')}\\nAda yang salah\\? Ketik "menu" lalu pilih "Profil usaha"[\\s\\S]*"Kain tenun ikat sumba"[\\s\\S]*Kategori: Tenun Ikat[\\s\\S]*Ceritakan produknya`,
  );

async function run(user: string, channel: 'WHATSAPP' | 'TELEGRAM', phoneShown: string): Promise<number> {
  let messages = 0;
  for (const step of journey) {
    if ('say' in step && step.only && step.only !== channel) continue;
    messages++;
    const replies = 'photo' in step ? await sendPhoto(h, user, undefined, channel) : await h.say(user, step.say, channel);
    const text = textOf(replies);
    const label = `message ${messages}: ${'say' in step ? step.say : '<photo>'}`;
    // the answer that completes the registration shows the details, then the listing's first question
    const completes = 'say' in step && (channel === 'WHATSAPP' ? step.say.startsWith('Desa Prailiu') : step.say === '0812-3456-7890');
    if (completes) expect(text, label).toMatch(registered(phoneShown));
    else expect(text, label).toMatch(step.expect);
    if ('not' in step && step.not) expect(text, label).not.toMatch(step.not);
  }
  return messages;
}

describe("a new villager's journey in free text, first message to submitted for curation", () => {
  for (const [channel, user, phone, phoneShown] of [
    ['WHATSAPP', '6281300003333', '6281300003333', '+6281300003333'],
    ['TELEGRAM', 'tg-villager', '6281234567890', '0812-3456-7890'],
  ] as const) {
    it(`on ${channel}: ${MEASURED[channel]} typed messages, registered and the product SUBMITTED with all its fields`, async () => {
      const count = await run(user, channel, phoneShown);
      expect(count).toBe(MEASURED[channel]);
      expect(count).toBeLessThanOrEqual(NEW_VILLAGER_JOURNEY_MAX);
      expect(count).toBeLessThanOrEqual(ISSUE_CEILING);
      const identity = await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { channel, externalId: user }, include: { user: { include: { producer: true } } } });
      expect(identity.user.role).toBe('PRODUCER');
      expect(identity.user.language).toBe('id');
      expect(identity.user.producer).toMatchObject({ ownerName: 'Maria Ndapa', businessName: 'Tenun Mama Maria', regionCode: '53.11', district: 'Kambera', village: 'Prailiu', phone });
      const product = await h.db.prisma.product.findFirstOrThrow({ where: { producerId: identity.user.producer!.id }, include: { photos: true } });
      expect(product).toMatchObject({ status: 'SUBMITTED', nameId: 'Kain tenun ikat sumba', categoryId: 'tenun', descriptionId: 'Kain tenun ikat asli Sumba Timur, pewarna alam, motif kuda dan rusa.', priceIdr: 350_000, unit: 'lembar', weightGrams: 1000, stock: 5, packagingState: 'SIMPLE' });
      expect(product.photos).toHaveLength(1);
    });
  }
});
