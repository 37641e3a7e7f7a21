// Issue 25, what was left: people who were not in the room. A search names a place the way people do ("ada
// tenun dari alor ga", "kopi dr bajawa kak") and gets that place's products or "none there, but in …"; words
// the classifier is sure of without reason ("blm ada izin", "kirim" at a menu) get "what I can do", never an
// order list; a phone number typed at registration's place questions is stored and the question moves on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { seedSmallShop } from '../buyer/catalog-fixtures.ts';
import { chatProducer } from '../producer/producer-chat.ts';
import { placeOf } from './conversation-setup.ts';

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness();
  await seedSmallShop(h.db.prisma);
});
afterAll(() => h.close());

describe('people who were not in the room', () => {
  it('a search naming a regency by its town lists that place only; none there offers the regencies that have it', async () => {
    const user = 'buyer-bandung';
    await h.say(user, 'halo');
    await h.say(user, '1');
    const coffee = textOf(await h.say(user, 'kopi dr bajawa ada kak?'));
    expect(coffee).toMatch(/Kopi Arabika Bajawa/);
    expect(coffee).not.toMatch(/Tenun/);
    // Kalabahi is Alor's town: no ikat there in this shop; East Sumba has one
    const none = textOf(await h.say(user, 'ada tenun dari kalabahi ga'));
    expect(none).toMatch(/belum ada "tenun" dari Kabupaten Alor/);
    expect(none).toMatch(/Kabupaten Sumba Timur/);
    const there = textOf(await h.say(user, '1'));
    expect(there).toMatch(/Kain Tenun Ikat Sumba Timur/);
    expect(there).not.toMatch(/Selendang Tenun Draf/);
  });

  it('at the menu, words with nothing of an intent in them get what the bot can do, not orders', async () => {
    const user = 'tg-weaver';
    await chatProducer(h, user, { channel: 'TELEGRAM', regionCode: '53.11', businessName: 'Tenun Ina' });
    await h.say(user, 'menu', 'TELEGRAM');
    for (const text of ['blm ada izin', 'kirim']) {
      // the first message answers; the menu follows it
      const [answer, ...rest] = textOf(await h.say(user, text, 'TELEGRAM')).split('\n---\n');
      expect(answer, text).toMatch(/belum yakin maksudnya/);
      expect(rest.join('\n'), text).toMatch(/^Menu produsen/);
      expect(await placeOf(h, user, 'TELEGRAM'), text).not.toMatch(/order/i);
    }
    // a question that does speak of orders is still one
    expect(textOf(await h.say(user, 'ada pesanan baru?', 'TELEGRAM'))).not.toMatch(/belum yakin/);
  });

  it('a phone number typed at the village question is stored, and the villages are offered to tap', async () => {
    const user = 'tg-sugar';
    for (const text of ['sy mau jual gula lontar', 'nama saya Agustina Ndun usaha Gula Lontar Kambera', 'kec kambera sumba timur']) await h.say(user, text, 'TELEGRAM');
    expect(await placeOf(h, user, 'TELEGRAM')).toMatch(/village$/);
    const reply = textOf(await h.say(user, 'hp sy 0813 4455 6677', 'TELEGRAM'));
    expect(reply).toMatch(/Nomor HP tercatat: 0813 4455 6677/);
    expect(reply).toMatch(/\[Prailiu\]/); // the villages of Kambera, as buttons
    const next = textOf(await h.say(user, 'Prailiu', 'TELEGRAM'));
    // the phone question is not asked again: registration goes on to the product
    expect(next).not.toMatch(/nomor telepon/i);
    const identity = await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'TELEGRAM', externalId: user }, include: { user: { include: { producer: true } } } });
    expect(identity.user.producer).toMatchObject({ regionCode: '53.11', district: 'Kambera', village: 'Prailiu', phone: '6281344556677' });
  });
});
