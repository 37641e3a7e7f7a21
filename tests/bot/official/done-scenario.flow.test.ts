// The feature's "done" scenario through the real engine, in both languages: a producer submits; the curator
// of that regency (who joined with an invitation) gets the alert, scores, approves and designates; /target
// shows 1 of 2; a halal self-declare case advances to issued and the badge appears on the product; the
// monthly report lists all 22 regencies.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../domain/lib/logger.ts';
import { witaMonth } from '../../../domain/lib/time.ts';
import { systemActor } from '../../../domain/services/actor.ts';
import { officialModule } from '../../../bot/flows/official/index.ts';
import { createDispatcher } from '../../../bot/notify/dispatcher.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { makeProducer } from '../../domain/services/official-fixtures.ts';

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness({ features: [officialModule] });
});
afterAll(() => h.close());

const deliver = () => createDispatcher({ notifications: h.services.repos.notifications, engine: h.engine, logger: silentLogger, owner: 'test', baseBackoffMs: 10 }).tick();
const delivered = (chat: string) => h.outbox.filter((o) => o.chatId === chat).flatMap((o) => o.messages);

const words = {
  id: { welcome: 'kurator', approve: 'Setujui', yes: 'Ya', ofTarget: '1 dari 2', soFar: '0 dari target 2', decided: 'disetujui', cases: 'Kasus perizinan', openNew: 'Buka kasus baru', halal: 'Halal (self-declare)', next: 'Langkah ini selesai', noNote: 'Tanpa catatan', cert: 'Catat sertifikat', today: 'Hari ini', noExpiry: 'Tidak ada tanggal', confirm: 'Konfirmasi', recorded: 'Sertifikat tercatat', approvedNote: 'disetujui kurator', badNumber: 'tidak sesuai format' },
  en: { welcome: 'curator', approve: 'Approve', yes: 'Yes', ofTarget: '1 of 2', soFar: '0 of a target of 2', decided: 'approved', cases: 'Licensing cases', openNew: 'Open a new case', halal: 'Halal (self-declare)', next: 'This step is done', noNote: 'No note', cert: 'Record the certificate', today: 'Today', noExpiry: 'No expiry', confirm: 'Confirm', recorded: 'certificate is recorded', approvedNote: 'was approved', badNumber: 'does not fit the format' },
} as const;

describe.each([
  ['id', '53.09', 'Ngada'],
  ['en', '53.19', 'Manggarai Timur'],
] as const)('done scenario in %s', (lang, region, regionName) => {
  const w = words[lang];
  const curator = `curator-${lang}`;
  const producerChat = `producer-${lang}`;
  let productId = '';
  let productCode = '';

  it('an official joins with an invitation code', async () => {
    const inv = await h.services.invitations.create(systemActor('admin-cli'), { role: 'CURATOR', regionCodes: [region], ttlDays: 7 });
    // "hi" is English: the welcome, and everything after it, is in English
    if (lang === 'en') expect(textOf(await h.say(curator, 'hi'))).toContain('Welcome to Etalase NTT');
    const welcome = textOf(await h.send(curator, { type: 'command', command: 'claim', args: inv.code }));
    expect(welcome).toContain(w.welcome);
    expect(welcome).toContain(regionName);
  });

  it('a producer submits; the curator of that regency gets the alert with a photo and Review / Later', async () => {
    const producer = await makeProducer(h.services, h.db.prisma, region, `Kopi ${regionName}`);
    await h.db.prisma.user.update({ where: { id: producer.userId }, data: { language: lang, identities: { create: { channel: 'CONSOLE', externalId: producerChat, chatId: producerChat } } } });
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 120, g: 80, b: 40 } } }).jpeg().toBuffer();
    const photo = await h.services.media.upload(producer, { data: jpeg, mime: 'image/jpeg', kind: 'product_photo' });
    const product = await h.services.products.createAndSubmit(producer, {
      nameId: `Kopi Arabika ${regionName}`,
      categoryId: 'kopi',
      descriptionId: 'Kopi arabika dari lereng gunung, dijemur di para-para bambu.',
      priceIdr: 85_000,
      unit: 'pcs',
      weightGrams: 250,
      stock: 20,
      photoMediaIds: [photo.id],
    });
    productId = product.id;
    productCode = product.code;
    await deliver();
    const alert = delivered(curator).find((m) => m.type === 'photo' && m.options?.some((o) => o.value === `!curate.review:${productId}`));
    expect(alert).toBeDefined();
    expect(alert!.type === 'photo' && alert!.caption).toContain(`Kopi Arabika ${regionName}`);
    expect(alert!.type === 'photo' && alert!.options?.map((o) => o.value)).toContain(`!curate.later:${productId}`);
  });

  it('the curator reviews: seven scores, the total and grade, approve and designate; the producer is told', async () => {
    const card = textOf(await h.send(curator, { type: 'choice', value: `!curate.review:${productId}` }));
    expect(card).toContain(`Kopi Arabika ${regionName}`);
    expect(card).toContain(lang === 'id' ? 'Kriteria 1 dari 7' : 'Criterion 1 of 7');
    for (let i = 0; i < 6; i++) await h.tap(curator, '4');
    const summary = textOf(await h.say(curator, '5')); // a typed number picks the option, as on WhatsApp
    expect(summary).toContain('82'); // 80 + the story criterion's 10% × (5-4)/5
    expect(summary).toContain(lang === 'id' ? 'Nilai: B' : 'Grade: B');
    const ask = textOf(await h.tap(curator, w.approve));
    expect(ask).toContain(w.soFar);
    const done = textOf(await h.tap(curator, w.yes));
    expect(done).toContain(w.decided);
    expect(done).toContain(w.ofTarget);
    const product = await h.db.prisma.product.findUniqueOrThrow({ where: { id: productId }, include: { flagships: true, reviews: true } });
    expect(product.status).toBe('APPROVED');
    expect(product.reviews[0]).toMatchObject({ total: 82, grade: 'B' });
    expect(product.flagships.map((f) => f.month)).toEqual([witaMonth()]);
    await deliver();
    expect(textOf(delivered(producerChat))).toContain(w.approvedNote);
  });

  it('/target shows 1 of 2 for that regency', async () => {
    const target = textOf(await h.send(curator, { type: 'command', command: 'target', args: '' }));
    expect(target).toContain(`${regionName}: ${w.ofTarget}`);
  });

  it('a halal self-declare case advances to issued and the badge appears on the product', async () => {
    await h.say(curator, 'menu');
    await h.tap(curator, w.cases);
    await h.tap(curator, w.openNew);
    await h.say(curator, productCode.toLowerCase());
    let card = textOf(await h.tap(curator, w.halal));
    for (let i = 0; i < 9; i++) {
      await h.tap(curator, w.next);
      card = textOf(await h.tap(curator, w.noNote));
    }
    expect(card).toContain(lang === 'id' ? 'Langkah 10 dari 11' : 'Step 10 of 11');
    expect(h.lastMenu(curator)!.options.some((o) => o.label.includes(w.next))).toBe(false);
    expect((await h.services.catalog.getPublicProduct({ id: productId })).permits).toEqual([]);
    await h.tap(curator, w.cert);
    expect(textOf(await h.say(curator, 'ID-12'))).toContain(w.badNumber);
    await h.say(curator, `ID ${region.replace('.', '')}0015762140325001`);
    await h.tap(curator, w.today);
    await h.tap(curator, w.noExpiry);
    expect(textOf(await h.tap(curator, w.confirm))).toContain(w.recorded);
    const view = await h.services.catalog.getPublicProduct({ id: productId });
    expect(view.permits).toEqual([{ type: 'HALAL', number: `ID${region.replace('.', '')}0015762140325001`, expiresAt: null }]);
  });

  it('the monthly report lists all 22 regencies, this one with its flagship', async () => {
    const report = await h.services.reports.monthly(systemActor('test'), witaMonth());
    expect(report.rows).toHaveLength(22);
    expect(report.rows.find((r) => r.regionCode === region)).toMatchObject({ designated: 1, target: 2, certificatesIssued: 1 });
  });
});
