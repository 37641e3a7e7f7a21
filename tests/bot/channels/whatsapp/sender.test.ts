// The real channel's sender against a fake client: rendering, media upload, order and pacing.
import { describe, expect, it } from 'vitest';
import { createWhatsAppChannel } from '../../../../bot/channels/whatsapp/adapter.ts';
import { WhatsAppNotReadyError } from '../../../../bot/channels/whatsapp/sender.ts';
import type { MediaResolver } from '../../../../domain/chat/message.ts';
import { FakeHandler, FakeWhatsAppClient, recordingLogger } from './fake-whatsapp-client.ts';

const chat = '6281234567890@c.us';
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);

async function channelWith(options: { sendIntervalMs?: number; resolveMedia?: MediaResolver; languageOf?: () => 'id' | 'en'; ready?: boolean } = {}) {
  const client = new FakeWhatsAppClient();
  const resolved: unknown[] = [];
  const channel = createWhatsAppChannel({
    client,
    handler: new FakeHandler(),
    logger: recordingLogger().logger,
    initTimeoutMs: 1_000,
    sendIntervalMs: options.sendIntervalMs ?? 0,
    printQr: () => {},
    resolveMedia:
      options.resolveMedia ??
      (async (media) => {
        resolved.push(media);
        return { data: jpeg, mime: 'image/jpeg', filename: 'tenun.jpg' };
      }),
    ...(options.languageOf ? { languageOf: options.languageOf } : {}),
  });
  await channel.start();
  if (options.ready !== false) client.emit('ready');
  return { client, channel, resolved };
}

describe('WhatsApp channel sender', () => {
  it('sends choices as a numbered text menu', async () => {
    const { client, channel } = await channelWith();
    expect(channel.sender.channel).toBe('WHATSAPP');
    await channel.sender.send(chat, [
      { type: 'choices', text: 'Pilih kategori', options: [{ label: 'Tenun', value: 'tenun' }, { label: 'Kopi', value: 'kopi' }] },
    ]);
    expect(client.sent).toEqual([
      expect.objectContaining({ chatId: chat, content: 'Pilih kategori\n\n1. Tenun\n2. Kopi\n\nBalas dengan angka pilihan.' }),
    ]);
  });

  it('sends a report file as a document with its name', async () => {
    const { client, channel, resolved } = await channelWith({
      resolveMedia: async (media) => {
        return { data: Buffer.from('a,b\n'), mime: 'text/csv', filename: String((media as { path?: string }).path).split('/').pop()! };
      },
    });
    void resolved;
    await channel.sender.send(chat, [{ type: 'document', media: { path: 'files/2026/12/abc.csv' }, filename: 'laporan-2026-11.csv', caption: 'Laporan November 2026' }]);
    expect(client.sent[0]).toMatchObject({ chatId: chat, content: { mimetype: 'text/csv', filename: 'laporan-2026-11.csv' }, options: { caption: 'Laporan November 2026', sendMediaAsDocument: true } });
  });

  it('uses the chat language for the hint', async () => {
    const { client, channel } = await channelWith({ languageOf: () => 'en' });
    await channel.sender.send(chat, [{ type: 'choices', text: 'Pick', options: [{ label: 'Weaving', value: 'w' }] }]);
    expect(client.sent[0]?.content).toBe('Pick\n\n1. Weaving\n\nReply with the number of your choice.');
  });

  it('sends a photo as media (base64 of the resolved file) with its caption', async () => {
    const { client, channel, resolved } = await channelWith();
    await channel.sender.send(chat, [{ type: 'photo', media: { mediaId: 'med_1' }, caption: 'Tenun ikat Sumba', options: [{ label: 'Beli', value: 'buy' }] }]);
    expect(resolved).toEqual([{ mediaId: 'med_1' }]);
    expect(client.sent).toEqual([
      expect.objectContaining({
        chatId: chat,
        content: { mimetype: 'image/jpeg', data: jpeg.toString('base64'), filename: 'tenun.jpg' },
        options: { caption: 'Tenun ikat Sumba\n\n1. Beli\n\nBalas dengan angka pilihan.' },
      }),
    ]);
  });

  it('keeps each chat in order while another chat is not held up by a slow media', async () => {
    const resolveMedia: MediaResolver = async () => {
      await new Promise((r) => setTimeout(r, 60));
      return { data: jpeg, mime: 'image/jpeg', filename: 'a.jpg' };
    };
    const { client, channel } = await channelWith({ resolveMedia });
    const other = '6281399998888@c.us';
    await Promise.all([
      channel.sender.send(chat, [{ type: 'photo', media: { mediaId: 'm' }, caption: 'A1' }, { type: 'text', text: 'A2' }]),
      channel.sender.send(chat, [{ type: 'text', text: 'B1' }]),
      channel.sender.send(other, [{ type: 'text', text: 'C1' }]),
    ]);
    const label = (c: (typeof client.sent)[number]) => (typeof c.content === 'string' ? c.content : c.options?.caption);
    expect(client.sent.filter((c) => c.chatId === chat).map(label)).toEqual(['A1', 'A2', 'B1']);
    expect(client.sent.map(label)[0]).toBe('C1');
  });

  it('paces sends with a global minimum interval across chats', async () => {
    const { client, channel } = await channelWith({ sendIntervalMs: 40 });
    await Promise.all([
      channel.sender.send(chat, [{ type: 'text', text: '1' }, { type: 'text', text: '2' }]),
      channel.sender.send('6281399998888@c.us', [{ type: 'text', text: '3' }]),
    ]);
    expect(client.sent).toHaveLength(3);
    const gaps = client.sent.slice(1).map((c, i) => c.at - (client.sent[i]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(38);
  });

  it('refuses to send while the session is not ready', async () => {
    const { client, channel } = await channelWith({ ready: false });
    await expect(channel.sender.send(chat, [{ type: 'text', text: 'halo' }])).rejects.toBeInstanceOf(WhatsAppNotReadyError);
    expect(client.sent).toHaveLength(0);
  });

  it('rejects the call whose send failed, skips its remaining parts, and carries on with the next call', async () => {
    const { client, channel } = await channelWith();
    client.sendImpl = async (call) => {
      if (call.content === 'gagal') throw new Error('Evaluation failed');
    };
    await expect(channel.sender.send(chat, [{ type: 'text', text: 'gagal' }, { type: 'text', text: 'skipped' }])).rejects.toThrow('Evaluation failed');
    await channel.sender.send(chat, [{ type: 'text', text: 'lanjut' }]);
    expect(client.sent.map((c) => c.content)).toEqual(['gagal', 'lanjut']);
  });
});
