// Issue 25 "by hand" through the real transports: a sloppy villager and a sloppy buyer typing sentences
// nobody on the team wrote before (none is in the evaluation set), over Telegram (grammY's handleUpdate
// against the fake Bot API), WhatsApp Web (the adapter over a fake whatsapp-web.js client) and the WhatsApp
// Cloud API (signed webhooks, replies recorded by the fake Graph API). What the bot answered is printed
// with TRANSCRIPT=1; what it stored is asserted in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createTelegramChannel } from '../../bot/channels/telegram/adapter.ts';
import { createWhatsAppChannel } from '../../bot/channels/whatsapp/adapter.ts';
import { API_ROOT, botInfo, createFakeBotApi, TOKEN } from './channels/telegram/fake-bot-api.ts';
import { FakeWhatsAppClient } from './channels/whatsapp/fake-whatsapp-client.ts';
import { createCloudRig } from './channels/whatsapp-cloud/cloud-rig.ts';
import { cloudDriver, webDriver } from './channels/whatsapp-cloud/drivers.ts';
import { createChatHarness, type ChatHarness } from '../helpers/chat-harness.ts';
import { startFakeGraphApi, type FakeGraphApi } from '../fakes/fake-graph-api.ts';
import { seedSmallShop } from './buyer/catalog-fixtures.ts';

let h: ChatHarness;
let graph: FakeGraphApi;
beforeAll(async () => {
  h = await createChatHarness();
  graph = await startFakeGraphApi();
  await seedSmallShop(h.db.prisma);
});
afterAll(async () => {
  await graph.close();
  await h.close();
});

const noMedia = async () => ({ data: Buffer.alloc(0), mime: 'image/jpeg', filename: 'x.jpg' });
const show = (who: string, said: string, answer: string) => {
  if (process.env.TRANSCRIPT) console.log(`\n[${who}] > ${said}\n${answer}`);
};

describe('sloppy people over the real transports', () => {
  it('Telegram: a lontar sugar maker from Rote registers in four messages, the phone typed with the place', async () => {
    const api = createFakeBotApi();
    const tg = createTelegramChannel({ token: TOKEN, apiRoot: API_ROOT, mode: 'polling', handler: h.engine, resolveMedia: noMedia, logger: silentLogger, botInfo, fetch: api.fetch, limits: { out: { maxConcurrent: 1, minTime: 0 } } });
    h.engine.registerSender(tg.sender);
    let updateId = 5000;
    const from = { id: 777, is_bot: false, first_name: 'Ance', language_code: 'id' };
    const chat = { id: 777, type: 'private' as const, first_name: 'Ance' };
    const say = async (t: string) => {
      const before = api.callsOf('sendMessage').length;
      await tg.bot.handleUpdate({ update_id: ++updateId, message: { message_id: updateId, date: 1, chat, from, text: t } } as Update);
      const answer = api.callsOf('sendMessage').slice(before).map((c) => String(c.body.text)).join('\n---\n');
      show('Telegram villager', t, answer);
      return answer;
    };
    expect(await say('slmt siang kak, beta mama Ance dr Rote mau jual gula aer')).toMatch(/nama lengkap/);
    expect(await say('Ance Ndolu, usaha Gula Aer Ndolu')).toMatch(/Dari mana/);
    const placed = await say('beta tinggal di kolobolon lobalain, hp 0852 3911 2200');
    expect(placed).toMatch(/Nomor HP tercatat: 0852 3911 2200/);
    expect(placed).toMatch(/Gula Aer Ndolu sudah terdaftar/);
    const producer = await h.db.prisma.producer.findFirstOrThrow({ where: { businessName: 'Gula Aer Ndolu' } });
    expect(producer).toMatchObject({ ownerName: 'Ance Ndolu', regionCode: '53.14', district: 'Lobalain', village: 'Kolobolon', phone: '6285239112200' });
  });

  it('WhatsApp Web: a buyer from Bandung asks by town, gets none-there-but, and a wrong word gets what the bot can do', async () => {
    const client = new FakeWhatsAppClient();
    client.initializeImpl = async () => void client.emit('ready');
    const wa = createWhatsAppChannel({ client, handler: h.engine, resolveMedia: noMedia, logger: silentLogger, initTimeoutMs: 5_000, sendIntervalMs: 0, languageOf: async () => 'id' as const });
    h.engine.registerSender(wa.sender);
    await wa.start();
    const buyer = webDriver(client, '6282211009988');
    const say = async (t: string) => {
      const answer = await buyer.say(t);
      show('WhatsApp Web buyer', t, answer);
      return answer;
    };
    expect(await say('punten, aya kopi ti bajawa teu? mau beli 2 bungkus')).toMatch(/Kopi Arabika Bajawa/);
    const none = await say('klo kain tenun dr maumere ada ga a?');
    expect(none).toMatch(/belum ada "kain tenun" dari Kabupaten Sikka/);
    expect(none).toMatch(/Kabupaten Sumba Timur/);
    const unsure = await say('blm ada kabar');
    expect(unsure).toMatch(/belum yakin maksudnya/);
    await wa.stop();
  });

  it('WhatsApp Cloud: a honey farmer near Soe answers the district question with his number and moves on', async () => {
    const rig = createCloudRig(graph, { handler: h.engine });
    h.engine.registerSender(rig.channel.sender);
    const farmer = cloudDriver(graph, rig.post, '6281355667788');
    const say = async (t: string) => {
      const answer = await farmer.say(t);
      show('WhatsApp Cloud villager', t, answer);
      return answer;
    };
    expect(await say('pagi pak, sy mau titip jual madu hutan dari soe')).toMatch(/nama lengkap/);
    expect(await say('nama sy Yakobus Tefa, usaha Madu Mutis Tefa')).toMatch(/Dari mana/);
    expect(await say('kab tts kak')).toMatch(/[Kk]ecamatan/);
    const phoneThere = await say('ini nomor sy 0813 5566 7788');
    expect(phoneThere).toMatch(/Nomor HP tercatat/);
    expect(phoneThere).toMatch(/Kota Soe/); // the districts of TTS, to tap
    const district = await farmer.choose('Kota Soe');
    show('WhatsApp Cloud villager', '[tap Kota Soe]', district);
    expect(district).toMatch(/[Dd]esa/);
    const village = await say('kel karang sirih dekat pasar');
    expect(village).toMatch(/Madu Mutis Tefa sudah terdaftar/);
    // "madu hutan dari soe": where it comes from is the producer's place, not the product's name
    expect(village).toMatch(/kita daftarkan "Madu hutan"\./);
    const producer = await h.db.prisma.producer.findFirstOrThrow({ where: { businessName: 'Madu Mutis Tefa' } });
    expect(producer).toMatchObject({ ownerName: 'Yakobus Tefa', regionCode: '53.02', district: 'Kota Soe', village: 'Karang Sirih', phone: '6281355667788' });
  });
});
