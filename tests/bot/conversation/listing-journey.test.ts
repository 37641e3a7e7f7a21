// The producer listing journey typed in free text, from the first message to "submitted for curation", on
// WhatsApp and on Telegram: no numbers, no taps, only words as a producer would write them. The number of
// messages is measured and must stay at or below the figure in BENCHMARKS.md (LISTING_JOURNEY_MAX).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../domain/chat/message.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { chatProducer, official, sendPhoto } from '../producer/producer-chat.ts';

/** The figure in BENCHMARKS.md ("Producer listing journey in free text"): it must not grow. */
export const LISTING_JOURNEY_MAX = 10;
/** The issue's ceiling. */
const ISSUE_CEILING = 15;

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness();
  await official(h, 'CURATOR', ['53.11']);
});
afterAll(() => h.close());

type Step = { say: string } | { photo: true };

// what a weaver in Sumba types, one message at a time: the unit comes with the price, and the form goes on
// after the photo (no "Dijual per apa?", no "sudah selesai")
const journey: { step: Step; expect: RegExp; not?: RegExp }[] = [
  { step: { say: 'mau jual kain tenun ikat sumba' }, expect: /Kain tenun ikat sumba[\s\S]*Kategori: Tenun Ikat[\s\S]*Ceritakan produknya/ },
  { step: { say: 'Kain tenun ikat asli Sumba Timur, pewarna alam, motif kuda dan rusa.' }, expect: /bahasa Inggris/ },
  { step: { say: 'lewati' }, expect: /Berapa harganya, dan dijual per apa/ },
  { step: { say: '350rb per lembar' }, expect: /^Berat kirim/, not: /Dijual per apa/ },
  { step: { say: '1 kg' }, expect: /^Berapa stok/ },
  { step: { say: 'ada 5' }, expect: /^Kirim foto produk/ },
  // cloth is not food: no halal, P-IRT or BPOM question
  { step: { photo: true }, expect: /^📷 1 foto tersimpan\. Foto lain boleh dikirim kapan saja[\s\S]*Bagaimana kemasannya/, not: /Selesai\]|Izin yang sudah dimiliki/ },
  { step: { say: 'kemasan sederhana' }, expect: /Rp350\.000 \/ lembar/ },
  { step: { say: 'kirim untuk kurasi' }, expect: /terkirim untuk kurasi/ },
];

async function run(user: string, channel: ChannelName): Promise<number> {
  await chatProducer(h, user, { channel, regionCode: '53.11', businessName: `Tenun ${user}` });
  let messages = 0;
  for (const { step, expect: wanted, not } of journey) {
    messages++;
    const replies = 'photo' in step ? await sendPhoto(h, user, undefined, channel) : await h.say(user, step.say, channel);
    const label = `message ${messages}: ${'say' in step ? step.say : '<photo>'}`;
    expect(textOf(replies), label).toMatch(wanted);
    if (not) expect(textOf(replies), label).not.toMatch(not);
  }
  return messages;
}

describe('the producer listing journey in free text', () => {
  for (const [channel, user] of [['WHATSAPP', '6281300002222'], ['TELEGRAM', 'tg-weaver']] as const) {
    it(`on ${channel}: first message to "submitted for curation" in at most ${LISTING_JOURNEY_MAX} messages`, async () => {
      const count = await run(user, channel);
      expect(count).toBeLessThanOrEqual(LISTING_JOURNEY_MAX);
      expect(count).toBeLessThanOrEqual(ISSUE_CEILING);
      const product = await h.db.prisma.product.findFirstOrThrow({ where: { producer: { businessName: `Tenun ${user}` } }, include: { photos: true } });
      expect(product).toMatchObject({ status: 'SUBMITTED', nameId: 'Kain tenun ikat sumba', categoryId: 'tenun', priceIdr: 350_000, unit: 'lembar', weightGrams: 1000, stock: 5, packagingState: 'SIMPLE' });
      expect(product.photos).toHaveLength(1);
    });
  }
});

describe('free text at a form question with choices', () => {
  it('is read as the choice its words point to, and a change of subject the classifier is unsure of does not leave the form', async () => {
    const user = 'tg-packer';
    await chatProducer(h, user, { channel: 'TELEGRAM', regionCode: '53.11', businessName: 'Tenun Packer' });
    for (const text of ['mau jual kain tenun ikat sumba', 'Kain tenun ikat asli Sumba Timur.', 'lewati', '350rb per lembar', '1 kg', 'ada 5']) await h.say(user, text, 'TELEGRAM');
    expect(textOf(await sendPhoto(h, user, undefined, 'TELEGRAM'))).toMatch(/Bagaimana kemasannya/);
    // words meant for the question before (permits), typed one step late: the packaging question again
    const late = textOf(await h.say(user, 'blm ada izin', 'TELEGRAM'));
    expect(late).toMatch(/Bagaimana kemasannya/);
    expect(late).not.toMatch(/pesanan|Menu produsen/);
    // "plastic clip bag" names no option exactly; its words point to the simple packaging
    const summary = textOf(await h.say(user, 'plastik klip aja', 'TELEGRAM'));
    expect(summary).toMatch(/Rp350\.000 \/ lembar/);
    expect(summary).toMatch(/Kemasan: Kemasan sederhana/);
    expect(textOf(await h.say(user, 'kirim untuk kurasi', 'TELEGRAM'))).toMatch(/terkirim untuk kurasi/);
    const product = await h.db.prisma.product.findFirstOrThrow({ where: { producer: { businessName: 'Tenun Packer' } } });
    expect(product.packagingState).toBe('SIMPLE');
  });
});
