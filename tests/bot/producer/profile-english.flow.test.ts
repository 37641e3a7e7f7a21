// English for buyers abroad, through the real engine: a producer writes the story in English from the
// business profile; an English product card shows it, or the Indonesian marked "(in Indonesian)" when
// there is none; units and counts read as English ("per pack", "10 packs", "(1 product)").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/services/actor.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { chatProducer } from './producer-chat.ts';

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness();
});
afterAll(() => h.close());

const say = async (user: string, text: string) => textOf(await h.say(user, text));
const tap = async (user: string, label: string) => textOf(await h.tap(user, label));

async function publishedProduct(producer: Actor, code: string, unit: string) {
  const draft = await h.services.products.createDraft(producer, { nameId: `Produk ${code}`, nameEn: `Product ${code}`, categoryId: 'kopi', descriptionId: 'Kopi arabika dari kebun keluarga.', priceIdr: 50_000, unit, weightGrams: 250, stock: 10 });
  return h.db.prisma.product.update({ where: { id: draft.id }, data: { status: 'APPROVED', approvedAt: new Date(), code } });
}

/** a web guest reading English opens the product's deep link */
const openCard = async (guest: string, code: string) => textOf(await h.send(guest, { type: 'command', command: 'start', args: `p_${code}`, channel: 'WEB', profile: { languageCode: 'en' } }));

describe('English versions of producers’ texts', () => {
  it('lets the producer write the story in English in the business profile, and shows it to English readers', async () => {
    const ina = await chatProducer(h, 'ina', { businessName: 'Kopi Ina' });
    await h.services.producerProfile.updateMine(ina, { story: 'Kami petani kopi di lereng Inerie sejak tiga generasi.' });
    await publishedProduct(ina, 'ENG01', 'bungkus');
    // an English reader sees the Indonesian story, marked, before the English one exists
    const before = await openCard('guest-1', 'ENG01');
    expect(before).toContain('Kami petani kopi di lereng Inerie sejak tiga generasi. (in Indonesian)');
    expect(before).toContain('Kopi arabika dari kebun keluarga. (in Indonesian)');
    expect(before).toContain('(≈ US$3.13) per pack');
    expect(before).toContain('10 packs');

    await say('ina', 'menu');
    await tap('ina', 'Profil usaha');
    expect(await tap('ina', 'Cerita (Inggris)')).toContain('Tulis cerita usaha Anda dalam bahasa Inggris');
    expect(await say('ina', 'pendek')).toContain('10');
    const saved = await say('ina', 'We are coffee farmers on the slopes of Mount Inerie, three generations long.');
    expect(saved).toContain('Cerita (Inggris): We are coffee farmers');
    const producer = await h.db.prisma.producer.findUniqueOrThrow({ where: { id: ina.producerId! } });
    expect(producer.storyEn).toBe('We are coffee farmers on the slopes of Mount Inerie, three generations long.');

    const after = await openCard('guest-2', 'ENG01');
    expect(after).toContain('We are coffee farmers on the slopes of Mount Inerie');
    expect(after).not.toContain('Kami petani kopi');
    // Indonesian readers keep the Indonesian, unmarked
    const indonesian = textOf(await h.send('guest-3', { type: 'command', command: 'start', args: 'p_ENG01', channel: 'WEB', profile: { languageCode: 'id' } }));
    expect(indonesian).toContain('Kami petani kopi di lereng Inerie sejak tiga generasi.');
    expect(indonesian).not.toContain('(dalam bahasa Indonesia)');
    expect(indonesian).toContain('/ bungkus');
  });

  it('says "(1 product)" and "per piece" in English, and keeps a unit nobody listed as typed', async () => {
    const rosa = await chatProducer(h, 'rosa', { businessName: 'Tenun Rosa' });
    await publishedProduct(rosa, 'ENG02', 'lembar');
    await publishedProduct(rosa, 'ENG03', 'sachet');
    await openCard('guest-4', 'ENG02');
    const asked = await textOf(await h.tap('guest-4', 'Add to cart', 'WEB'));
    expect(asked).toContain('(Rp50.000 per piece)');
    const added = textOf(await h.send('guest-4', { type: 'text', text: '1', channel: 'WEB' }));
    expect(added).toContain('(1 product)');
    expect(await openCard('guest-4', 'ENG03')).toContain('per sachet');
    await textOf(await h.tap('guest-4', 'Add to cart', 'WEB'));
    expect(textOf(await h.send('guest-4', { type: 'text', text: '2', channel: 'WEB' }))).toContain('(2 products)');
  });
});
