// The month's report in chat (issue 26): an admin asks in words or by command and gets the CSV and the PDF
// as documents; "november excel" gives November's CSV alone; a curator gets their own regencies; a producer
// is not given it. The documents render as a Telegram document, a WhatsApp document and a web link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutMessage } from '../../../domain/chat/message.ts';
import { translator } from '../../../domain/lib/i18n.ts';
import { renderWhatsApp } from '../../../bot/channels/whatsapp/render.ts';
import { renderWeb } from '../../../bot/channels/web/render.ts';
import { renderCloud } from '../../../bot/channels/whatsapp-cloud/render.ts';
import { renderConsole } from '../../../bot/channels/console/render.ts';
import { parseReportRequest } from '../../../bot/flows/official/report-request.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { chatProducer } from '../producer/producer-chat.ts';

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness({ now: () => new Date('2026-12-07T10:00:00Z') });
});
afterAll(() => h.close());

const documents = (messages: OutMessage[]) => messages.filter((m): m is Extract<OutMessage, { type: 'document' }> => m.type === 'document');

async function official(chat: string, role: 'ADMIN' | 'CURATOR', lang: 'id' | 'en', regions: string[] = []) {
  await h.db.prisma.user.create({
    data: { displayName: chat, role, language: lang, onboardedAt: new Date(), curatorOf: { create: regions.map((regionCode) => ({ regionCode })) }, identities: { create: { channel: 'CONSOLE', externalId: chat, chatId: chat } } },
  });
}

describe('the report request in words', () => {
  it.each([
    ['laporan bulan ini', { month: '2026-12', formats: ['csv', 'pdf'] }],
    ['minta laporan november excel', { month: '2026-11', formats: ['csv'] }],
    ['Laporan Nopember PDF', { month: '2026-11', formats: ['pdf'] }],
    ['report for last month', { month: '2026-11', formats: ['csv', 'pdf'] }],
    ['laporan 2026-10', { month: '2026-10', formats: ['csv', 'pdf'] }],
    ['laporan januari', { month: '2026-01', formats: ['csv', 'pdf'] }],
  ])('%s', (text, expected) => expect(parseReportRequest(text, '2026-12')).toEqual(expected));
  it('is not any text', () => expect(parseReportRequest('kopi bajawa', '2026-12')).toBeNull());
});

describe.each(['id', 'en'] as const)('reports in chat in %s', (lang) => {
  const admin = `report-admin-${lang}`;
  const curator = `report-curator-${lang}`;
  const producer = `report-producer-${lang}`;
  beforeAll(async () => {
    await official(admin, 'ADMIN', lang);
    await official(curator, 'CURATOR', lang, ['53.09']);
    await chatProducer(h, producer, { language: lang });
  });

  it('/laporan and /report send this month as CSV and PDF documents of all 22 regencies', async () => {
    for (const command of ['laporan', 'report']) {
      const replies = await h.send(admin, { type: 'command', command, args: '' });
      const docs = documents(replies);
      expect(docs.map((d) => d.filename.slice(-11))).toEqual(['2026-12.csv', '2026-12.pdf']);
      expect(textOf(replies)).toContain(lang === 'id' ? 'Desember 2026' : 'December 2026');
      const csv = (await h.services.media.read(docs[0]!.media.path!)).toString('utf8');
      expect(csv.trim().split('\n')).toHaveLength(23);
      expect(csv).toContain('Ngada');
      expect((await h.services.media.read(docs[1]!.media.path!)).subarray(0, 4).toString()).toBe('%PDF');
    }
  });

  it('"minta laporan november excel" sends November as CSV alone', async () => {
    const replies = await h.say(admin, lang === 'id' ? 'minta laporan november excel' : 'send me the november report excel');
    expect(documents(replies).map((d) => d.filename.slice(-11))).toEqual(['2026-11.csv']);
    expect(textOf(replies)).toContain(lang === 'id' ? 'November 2026' : 'November 2026');
  });

  it("a curator's report covers their regencies; a producer gets none", async () => {
    const docs = documents(await h.say(curator, lang === 'id' ? 'laporan bulan ini' : 'report this month'));
    const csv = (await h.services.media.read(docs[0]!.media.path!)).toString('utf8');
    expect(csv.trim().split('\n')).toHaveLength(2);
    expect(csv).toContain('53.09');
    expect(documents(await h.send(producer, { type: 'command', command: 'laporan', args: '' }))).toEqual([]);
  });
});

describe('a document on every channel', () => {
  const doc: OutMessage = { type: 'document', media: { path: 'files/2026/12/abc.pdf' }, filename: 'laporan-2026-12.pdf', caption: 'Laporan Desember 2026' };
  const t = translator('id');
  it('WhatsApp sends it as a document with its name', () => expect(renderWhatsApp(doc, t)).toEqual([{ kind: 'media', media: { path: 'files/2026/12/abc.pdf' }, caption: 'Laporan Desember 2026', document: { filename: 'laporan-2026-12.pdf' } }]));
  it('WhatsApp Cloud sends it as a document', () => expect(renderCloud(doc, t)).toEqual([{ kind: 'document', media: { path: 'files/2026/12/abc.pdf' }, filename: 'laporan-2026-12.pdf', caption: 'Laporan Desember 2026' }]));
  it('the web chat shows a download link signed for the chat', () => {
    const [m] = renderWeb([doc], { chatId: 'w1', secret: 's'.repeat(32), t });
    expect(m).toMatchObject({ type: 'choices', text: 'Laporan Desember 2026', options: [{ label: '📄 laporan-2026-12.pdf' }] });
    expect((m as { options: { url: string }[] }).options[0]!.url).toMatch(/^\/chat\/media\//);
  });
  it('the console names the file in the data folder', () => expect(renderConsole([doc], 'id')[0]).toContain('📄 [laporan-2026-12.pdf: media/files/2026/12/abc.pdf]'));
});
