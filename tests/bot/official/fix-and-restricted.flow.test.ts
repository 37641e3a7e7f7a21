// Issue 26 through the real engine, in both languages: a curator asks for a fix in chat without scoring;
// the producer replaces the photo and changes the price while the product waits for the fix (no "changed
// meanwhile" refusal), resubmits, and the curator's alert says what changed; the history keeps request,
// changes and decision. A sopi listing is warned about at the name, asked for its licence, flagged on the
// curator's card and refused with one reason ("tolak, ini miras tdk boleh dijual"), no scores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../domain/lib/logger.ts';
import { createDispatcher } from '../../../bot/notify/dispatcher.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { chatProducer, sendPhoto } from '../producer/producer-chat.ts';
import { jpeg } from '../../domain/services/producer-fixtures.ts';

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness();
});
afterAll(() => h.close());

const deliver = () => createDispatcher({ notifications: h.services.repos.notifications, engine: h.engine, logger: silentLogger, owner: 'test', baseBackoffMs: 10 }).tick();
const delivered = (chat: string) => h.outbox.filter((o) => o.chatId === chat).flatMap((o) => o.messages);

const w = {
  id: { menu: 'menu', mine: 'Produk saya', edit: 'Ubah data', photo: 'Foto', done: 'Selesai', price: 'Harga', send: 'Kirim untuk kurasi', history: 'Riwayat', fixPrefix: 'perbaiki, foto kurang terang dan harga terlalu tinggi', fixed: 'Catatan perbaikan', changed: 'Yang diubah: Foto, Harga', reqShown: 'kurator minta perbaikan', resent: 'dikirim lagi', changedLine: 'diubah: Foto, Harga', approvedLine: 'disetujui kurator', approve: 'Setujui', no: 'Setujui saja', sell: 'mau jual sopi kupang', warn: 'minuman beralkohol', ask: 'nomor atau nama izin', none: 'Belum punya', flag: 'Barang terbatas', reject: 'tolak, ini miras tdk boleh dijual', rejected: 'ditolak', reason: 'Alasan: ini miras tdk boleh dijual', penyu: 'Sisik penyu asli', refused: 'tidak boleh dijual', tenun: 'Selendang tenun ikat', craftAsk: 'motif', noteNever: 'Catatan: -' },
  en: { menu: 'menu', mine: 'My products', edit: 'Change details', photo: 'Photos', done: 'Done', price: 'Price', send: 'Send for curation', history: 'History', fixPrefix: 'fix, the photo is too dark and the price too high', fixed: 'changes for', changed: 'Changed: Photos, Price', reqShown: 'asked for a fix', resent: 'sent again', changedLine: 'changed: Photos, Price', approvedLine: 'approved by the curator', approve: 'Approve', no: 'Approve only', sell: 'i want to sell sopi kupang', warn: 'alcoholic drinks', ask: 'number or name of your licence', none: 'None yet', flag: 'Restricted good', reject: 'reject, this is liquor and cannot be sold', rejected: 'rejected', reason: 'Reason: this is liquor and cannot be sold', penyu: 'Sisik penyu asli', refused: 'cannot be sold', tenun: 'Selendang tenun ikat', craftAsk: 'motif', noteNever: 'Note: -' },
} as const;

describe.each(['id', 'en'] as const)('fix requests and restricted goods in %s', (lang) => {
  const t = w[lang];
  const producerChat = `fix-producer-${lang}`;
  const curatorChat = `fix-curator-${lang}`;
  const region = lang === 'id' ? '53.09' : '53.10';
  let productId = '';

  beforeAll(async () => {
    const curator = await h.db.prisma.user.create({
      data: { displayName: `cur-${lang}`, role: 'CURATOR', language: lang, onboardedAt: new Date(), curatorOf: { create: [{ regionCode: region }] }, identities: { create: { channel: 'CONSOLE', externalId: curatorChat, chatId: curatorChat } } },
    });
    void curator;
    const producer = await chatProducer(h, producerChat, { language: lang, regionCode: region });
    const photo = await h.services.media.upload(producer, { data: await jpeg(400, 300), mime: 'image/jpeg', kind: 'product_photo' });
    const p = await h.services.products.createAndSubmit(producer, { nameId: `Kopi Fix ${lang}`, categoryId: 'kopi', descriptionId: 'Kopi arabika dari lereng gunung, dijemur.', priceIdr: 85_000, unit: 'pcs', weightGrams: 250, stock: 20, photoMediaIds: [photo.id] });
    productId = p.id;
  });

  it('the curator asks for a fix in words, without scoring', async () => {
    const card = textOf(await h.send(curatorChat, { type: 'choice', value: `!curate.review:${productId}` }));
    expect(card).toContain(`Kopi Fix ${lang}`);
    const done = textOf(await h.say(curatorChat, t.fixPrefix));
    expect(done).toContain(t.fixed);
    const row = await h.db.prisma.product.findUniqueOrThrow({ where: { id: productId }, include: { reviews: true } });
    expect(row.status).toBe('CHANGES_REQUESTED');
    expect(row.reviews[0]).toMatchObject({ decision: 'REQUEST_CHANGES', total: null, grade: null });
  });

  it('the producer replaces the photo and the price while the fix is asked, and resubmits; the curator hears what changed', async () => {
    await h.say(producerChat, t.menu);
    await h.tap(producerChat, t.mine);
    await h.tap(producerChat, `Kopi Fix ${lang}`);
    await h.tap(producerChat, t.edit);
    await h.tap(producerChat, t.photo);
    await sendPhoto(h, producerChat);
    const saved = textOf(await h.tap(producerChat, t.done));
    expect(saved).not.toMatch(/baru saja berubah|changed meanwhile|just changed/i);
    await h.tap(producerChat, t.edit);
    await h.tap(producerChat, t.price);
    await h.say(producerChat, '75000');
    const row = await h.db.prisma.product.findUniqueOrThrow({ where: { id: productId }, include: { photos: true } });
    expect(row).toMatchObject({ status: 'CHANGES_REQUESTED', priceIdr: 75_000 });
    await h.tap(producerChat, t.send);
    await deliver();
    const alert = textOf(delivered(curatorChat).filter((m) => m.type === 'photo'));
    expect(alert).toContain(t.changed);
  });

  it('the history shows the request, the changes and the resubmission; the curator approves and it shows the decision', async () => {
    await h.send(curatorChat, { type: 'choice', value: `!curate.review:${productId}` });
    for (let i = 0; i < 7; i++) await h.tap(curatorChat, '4');
    await h.tap(curatorChat, t.approve);
    await h.tap(curatorChat, t.no);
    await deliver();
    const told = textOf(delivered(producerChat));
    expect(told).not.toContain(t.noteNever);
    await h.say(producerChat, t.menu);
    await h.tap(producerChat, t.mine);
    await h.tap(producerChat, `Kopi Fix ${lang}`);
    const history = textOf(await h.tap(producerChat, t.history));
    expect(history).toContain(t.reqShown);
    expect(history).toContain(t.changedLine);
    expect(history).toContain(t.resent);
    expect(history).toContain(t.approvedLine);
  });

  it('a sopi listing is warned about at the name and asked for its licence; the curator sees the flag and refuses with one reason', async () => {
    await h.say(producerChat, t.menu);
    const warned = textOf(await h.say(producerChat, t.sell));
    expect(warned).toContain(t.warn);
    expect(warned).toContain(t.ask);
    await h.tap(producerChat, t.none);
    const draft = { nameId: 'Sopi Kupang', categoryId: 'minuman', descriptionId: 'Sopi disuling sendiri, kadar kuat, dari pohon lontar.', priceIdr: 60_000, unit: 'botol', weightGrams: 700, stock: 10 };
    const producer = (await h.services.repos.users.loadActor((await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { chatId: producerChat } })).userId))!;
    const photo = await h.services.media.upload(producer, { data: await jpeg(300, 300), mime: 'image/jpeg', kind: 'product_photo' });
    const sopi = await h.services.products.createAndSubmit(producer, { ...draft, photoMediaIds: [photo.id] });
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: sopi.id } })).containsAlcohol).toBe(true);
    const card = textOf(await h.send(curatorChat, { type: 'choice', value: `!curate.review:${sopi.id}` }));
    expect(card).toContain(t.flag);
    const done = textOf(await h.say(curatorChat, t.reject));
    expect(done).toContain(t.rejected);
    expect(done).not.toMatch(/1 sampai 5|1 to 5/);
    await deliver();
    expect(textOf(delivered(producerChat))).toContain(t.reason);
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: sopi.id } })).status).toBe('REJECTED');
  });

  it('a protected species is refused at the name; a tenun listing is asked about motif, not taste or halal', async () => {
    await h.say(producerChat, t.menu);
    await h.say(producerChat, `${lang === 'id' ? 'mau jual' : 'i want to sell'} ${t.penyu}`);
    // the sopi draft is still there: start anew with the turtle shell
    const refused = textOf(await h.tap(producerChat, lang === 'id' ? 'Mulai baru' : 'Start anew'));
    expect(refused).toContain(t.refused);
    expect(refused).toContain(lang === 'id' ? 'satwa dilindungi' : 'protected animals');
    expect(await h.db.prisma.product.count({ where: { nameId: { contains: 'penyu', mode: 'insensitive' } } })).toBe(0);
    // the name is asked again; a tenun listing goes on to a description about material and motif
    await h.say(producerChat, t.tenun);
    const next = textOf(await h.tap(producerChat, lang === 'id' ? 'Tenun Ikat' : 'Ikat'));
    expect(next).toContain(t.craftAsk);
    expect(next).not.toMatch(/rasa|taste/);
    await h.say(producerChat, 'Selendang tenun ikat motif kuda, pewarna alami, 200 x 50 cm.');
    await h.tap(producerChat, lang === 'id' ? 'Lewati' : 'Skip');
    for (const answer of ['350rb per lembar', '300 g', '3']) await h.say(producerChat, answer);
    const photoAsk = textOf(await sendPhoto(h, producerChat));
    expect(photoAsk).not.toMatch(/[Hh]alal/);
  });
});
