// The officials' and the producer's licensing conversations beyond the happy path, in both languages:
// invitation mistakes, "Later", the queue, acting outside one's regency, two curators deciding at once,
// asking for changes, the producer's licensing help with the path rules, and certificate dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../domain/lib/i18n.ts';
import { systemActor } from '../../../domain/services/actor.ts';
import { officialModule } from '../../../bot/flows/official/index.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { makeProducer, makeProduct } from '../../domain/services/official-fixtures.ts';

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness({ features: [officialModule] });
});
afterAll(() => h.close());

/** a user who talks on the console as `chat`, with a role, language and regencies */
async function person(chat: string, role: 'BUYER' | 'CURATOR' | 'ADMIN', lang: Lang, regionCodes: string[] = []) {
  return h.db.prisma.user.create({
    data: { displayName: chat, role, language: lang, onboardedAt: new Date(), identities: { create: { channel: 'CONSOLE', externalId: chat, chatId: chat } }, curatorOf: { create: regionCodes.map((regionCode) => ({ regionCode })) } },
  });
}

async function producerChat(chat: string, region: string, lang: Lang) {
  const actor = await makeProducer(h.services, h.db.prisma, region);
  await h.db.prisma.user.update({ where: { id: actor.userId }, data: { language: lang, identities: { create: { channel: 'CONSOLE', externalId: chat, chatId: chat } } } });
  return actor;
}

const claim = (chat: string, code: string) => h.send(chat, { type: 'command', command: 'claim', args: code });
const action = (chat: string, value: string) => h.send(chat, { type: 'choice', value });

async function scoreAll(chat: string, score = '4') {
  for (let i = 0; i < 7; i++) await h.tap(chat, score);
}

describe('invitation claim mistakes', () => {
  it.each([
    ['id', 'Kirim kode undangan', 'tidak dikenal', 'sudah dipakai'],
    ['en', 'Send your invitation code', 'not known', 'already been used'],
  ] as const)('in %s: no code, a wrong code and a used code are explained; the role stays', async (lang, usage, wrong, used) => {
    const me = await person(`claimer-${lang}`, 'BUYER', lang);
    expect(textOf(await claim(me.displayName, ''))).toContain(usage);
    expect(textOf(await claim(me.displayName, 'NTT-AAAA-BBBB'))).toContain(wrong);
    const inv = await h.services.invitations.create(systemActor('t'), { role: 'CURATOR', regionCodes: ['53.01'], ttlDays: 3 });
    await claim((await person(`first-${lang}`, 'BUYER', lang)).displayName, inv.code);
    expect(textOf(await claim(me.displayName, inv.code))).toContain(used);
    expect((await h.db.prisma.user.findUniqueOrThrow({ where: { id: me.id } })).role).toBe('BUYER');
  });

  it('a buyer cannot see the target', async () => {
    await person('shopper', 'BUYER', 'en');
    expect(textOf(await h.send('shopper', { type: 'command', command: 'target', args: '' }))).toContain('not for your role');
  });
});

describe('curation in chat', () => {
  it('"Later" keeps the product waiting; the queue lists it with its waiting days and opens the review', async () => {
    await person('cur-q', 'CURATOR', 'id', ['53.06']);
    const producer = await makeProducer(h.services, h.db.prisma, '53.06');
    const p = await makeProduct(h.db.prisma, producer.producerId!, { name: 'Tenun Sikka', submittedAt: new Date(Date.now() - 4 * 86_400_000) });
    expect(textOf(await action('cur-q', `!curate.later:${p.id}`))).toContain('tetap di antrean');
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('SUBMITTED');
    await h.say('cur-q', 'menu');
    const queue = textOf(await h.tap('cur-q', 'Antrean kurasi'));
    expect(queue).toContain('Tenun Sikka');
    expect(queue).toContain('4 hr');
    const card = textOf(await h.tap('cur-q', 'Tenun Sikka'));
    expect(card).toContain('Kriteria 1 dari 7');
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('IN_REVIEW');
    const bad = textOf(await h.say('cur-q', 'tujuh'));
    expect(bad).toContain('angka 1 sampai 5');
    expect(bad).toContain('Kriteria 1 dari 7');
  });

  it('a curator of another regency is told the product is outside their regency; nothing changes', async () => {
    await person('cur-far', 'CURATOR', 'en', ['53.05']);
    const producer = await makeProducer(h.services, h.db.prisma, '53.04');
    const p = await makeProduct(h.db.prisma, producer.producerId!);
    expect(textOf(await action('cur-far', `!curate.review:${p.id}`))).toContain('not an official of this regency');
    expect((await h.db.prisma.product.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('SUBMITTED');
  });

  it('two curators decide the same product: the second is told it was already decided', async () => {
    await person('cur-a', 'CURATOR', 'en', ['53.07']);
    await person('cur-b', 'CURATOR', 'id', ['53.07']);
    const producer = await makeProducer(h.services, h.db.prisma, '53.07');
    const p = await makeProduct(h.db.prisma, producer.producerId!);
    await action('cur-a', `!curate.review:${p.id}`);
    await action('cur-b', `!curate.review:${p.id}`);
    await scoreAll('cur-a');
    await scoreAll('cur-b', '3');
    await h.tap('cur-a', 'Approve');
    await h.tap('cur-b', 'Setujui');
    expect(textOf(await h.tap('cur-a', 'Approve only'))).toContain('approved');
    expect(textOf(await h.tap('cur-b', 'Ya'))).toContain('sudah diputuskan oleh kurator lain');
    expect(await h.db.prisma.curationReview.count({ where: { productId: p.id } })).toBe(1);
    expect(await h.db.prisma.flagshipDesignation.count({ where: { productId: p.id } })).toBe(0);
  });

  it.each([
    ['id', 'Minta perbaikan', 'Tulis catatan perbaikan', 'Catatan perbaikan untuk'],
    ['en', 'Ask for changes', 'Write the changes', 'Your changes for'],
  ] as const)('in %s: asking for changes sends the note and returns the product to the producer', async (lang, button, ask, sent) => {
    await person(`cur-ch-${lang}`, 'CURATOR', lang, ['53.08']);
    const producer = await makeProducer(h.services, h.db.prisma, '53.08');
    const p = await makeProduct(h.db.prisma, producer.producerId!);
    await action(`cur-ch-${lang}`, `!curate.review:${p.id}`);
    await scoreAll(`cur-ch-${lang}`, '3');
    expect(textOf(await h.tap(`cur-ch-${lang}`, button))).toContain(ask);
    expect(textOf(await h.say(`cur-ch-${lang}`, 'ok'))).toContain(lang === 'id' ? 'minimal 3' : 'at least 3');
    expect(textOf(await h.say(`cur-ch-${lang}`, 'Label perlu berat bersih'))).toContain(sent);
    expect(await h.db.prisma.product.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: 'CHANGES_REQUESTED', curatorNote: 'Label perlu berat bersih' });
    const note = await h.db.prisma.notification.findFirstOrThrow({ where: { recipientId: producer.userId, template: 'official:notify.decision.REQUEST_CHANGES' } });
    expect(note.params).toMatchObject({ note: 'Label perlu berat bersih', grade: 'C' });
  });
});

describe('licensing in chat', () => {
  it.each([
    ['id', '53.13', { menu: 'Perizinan', help: 'Minta bantuan', halal: 'Halal (self-declare)', spp: 'SPP-IRT', bpom: 'BPOM MD', alcohol: 'mengandung alkohol', bpomOnly: 'urus izin BPOM MD', noNote: 'Tanpa catatan', requested: 'terkirim ke petugas', next: 'Berikutnya: Tempat produksi diperiksa (pemeriksaan sarana)' }],
    ['en', '53.14', { menu: 'Licensing', help: 'Ask for licensing help', halal: 'Halal (self-declare)', spp: 'SPP-IRT', bpom: 'BPOM MD', alcohol: 'contains alcohol', bpomOnly: 'apply for BPOM MD instead', noNote: 'No note', requested: 'was sent to your regency', next: 'Next: Production place inspected (facility inspection)' }],
  ] as const)('in %s: a producer asks for help; paths the product cannot take are explained; officials are told', async (lang, region, w) => {
    const chat = `prod-lic-${lang}`;
    const curatorUser = await person(`cur-lic-${lang}`, 'CURATOR', lang, [region]);
    const producer = await producerChat(chat, region, lang);
    await makeProduct(h.db.prisma, producer.producerId!, { name: 'Sopi Kupang', containsAlcohol: true, status: 'APPROVED' });
    const milk = await makeProduct(h.db.prisma, producer.producerId!, { name: 'Susu Kuda Liar', bpomOnlyFood: true, status: 'APPROVED' });
    await h.say(chat, 'menu');
    await h.tap(chat, w.menu);
    await h.tap(chat, w.help);
    await h.tap(chat, w.halal);
    expect(textOf(await h.tap(chat, 'Sopi Kupang'))).toContain(w.alcohol);
    await h.tap(chat, w.spp);
    expect(textOf(await h.tap(chat, 'Susu Kuda Liar'))).toContain(w.bpomOnly);
    await h.tap(chat, w.bpom);
    await h.tap(chat, 'Susu Kuda Liar');
    const list = textOf(await h.tap(chat, w.noNote));
    expect(list).toContain(w.requested);
    expect(list).toContain(w.next);
    const cases = await h.db.prisma.licensingCase.findMany({ where: { producerId: producer.producerId! } });
    expect(cases.map((c) => [c.type, c.productId])).toEqual([['BPOM_MD', milk.id]]);
    const alert = await h.db.prisma.notification.findFirstOrThrow({ where: { recipientId: curatorUser.id, template: 'licensing:notify.helpRequested' } });
    // the officials' button opens the case card
    const card = textOf(await action(curatorUser.displayName, (alert.choices as { value: string }[])[0]!.value));
    expect(card).toContain('Susu Kuda Liar');
    expect(card).toContain(lang === 'id' ? 'Langkah 1 dari 6' : 'Step 1 of 6');
  });

  it('recording a certificate refuses an expiry before the issue date and an issue date in the future', async () => {
    const curatorUser = await person('cur-cert', 'CURATOR', 'en', ['53.15']);
    const producer = await makeProducer(h.services, h.db.prisma, '53.15');
    const p = await makeProduct(h.db.prisma, producer.producerId!, { status: 'APPROVED' });
    const c = await h.services.licensing.open(systemActor('t'), { productId: p.id, type: 'SPP_IRT' });
    await action(curatorUser.displayName, `!licensing.case:${c.id}`);
    expect(textOf(await h.tap('cur-cert', 'Record the certificate'))).toContain('at least 15 digits');
    await h.say('cur-cert', 'P-IRT 2065371010123-27');
    expect(textOf(await h.say('cur-cert', '01-01-2099'))).toContain('cannot be in the future');
    expect(textOf(await h.say('cur-cert', '31-02-2025'))).toContain('could not read that date');
    await h.say('cur-cert', '10-06-2025');
    expect(textOf(await h.say('cur-cert', '09-06-2025'))).toContain('must come after the issue date');
    expect((await h.db.prisma.licensingCase.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('OPEN');
    const confirm = textOf(await h.tap('cur-cert', '5 years'));
    expect(confirm).toContain('206537101012327');
    expect(confirm).toContain('2030-06-10');
    await h.tap('cur-cert', 'Confirm');
    expect(await h.db.prisma.licensingCase.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: 'ISSUED', verified: true, certificateNumber: '206537101012327' });
  });
});
