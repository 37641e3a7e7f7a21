// Drives the real channel with a fake client: recorded wweb messages must reach the engine as events.
import { describe, expect, it, vi } from 'vitest';
import { createWhatsAppChannel } from '../../../../bot/channels/whatsapp/adapter.ts';
import { FakeHandler, FakeWhatsAppClient, recordingLogger } from './fake-whatsapp-client.ts';
import { loadFixture, type FixtureName } from './fixtures.ts';

async function readyChannel() {
  const client = new FakeWhatsAppClient();
  const handler = new FakeHandler();
  const { logger, records } = recordingLogger();
  const channel = createWhatsAppChannel({
    client,
    handler,
    logger,
    resolveMedia: async () => Promise.reject(new Error('no outgoing media here')),
    initTimeoutMs: 1_000,
    printQr: () => {},
  });
  await channel.start();
  client.emit('ready');
  return { client, handler, channel, records };
}

describe('WhatsApp channel inbound', () => {
  it('hands every kind of message to the engine in order and ignores groups, statuses and own messages', async () => {
    const { client, handler, channel } = await readyChannel();
    expect(channel.status().lastMessageAt).toBeNull();
    const names: FixtureName[] = [
      'text', 'group', 'numbered-reply', 'status', 'wa-me-start', 'own', 'image-caption', 'location', 'vcard', 'sticker', 'voice-note',
    ];
    for (const name of names) client.emit('message', loadFixture(name));

    await vi.waitFor(() => expect(handler.events).toHaveLength(8));
    expect(handler.events.map((e) => ({ type: e.type, chatId: e.chatId }))).toEqual(
      ['text', 'text', 'command', 'media', 'location', 'contact', 'unsupported', 'unsupported'].map((type) => ({ type, chatId: '6281234567890@c.us' })),
    );
    expect(handler.events[1]).toMatchObject({ type: 'text', text: '2' });
    expect(handler.events[2]).toMatchObject({ type: 'command', command: 'start', args: 'P123' });
    expect(handler.events[3]).toMatchObject({ kind: 'photo', caption: 'Kain tenun ikat motif kuda, 2 x 1 m' });
    expect(handler.events[4]).toMatchObject({ latitude: -10.1772, longitude: 123.607 });
    expect(handler.events[5]).toMatchObject({ phone: '+6281339876543' });
    expect(handler.events[6]).toMatchObject({ kind: 'sticker' });
    expect(handler.events[7]).toMatchObject({ kind: 'voice' });
    expect(channel.status().lastMessageAt).toBeInstanceOf(Date);
  });

  it('gives the engine a media fetcher that downloads the photo of a message', async () => {
    const { client, handler } = await readyChannel();
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    client.storedMedia.set('false_6281234567890@c.us_3EB0E1F2A3B4C5D6E7F8', { mimetype: 'image/jpeg', data: bytes.toString('base64') });
    client.emit('message', loadFixture('image-caption'));
    await vi.waitFor(() => expect(handler.events).toHaveLength(1));

    const event = handler.events[0];
    const fetchMedia = handler.fetchers[0];
    if (event?.type !== 'media' || !fetchMedia) throw new Error('expected a media event with a fetcher');
    await expect(fetchMedia(event.ref)).resolves.toEqual({ data: bytes, mime: 'image/jpeg' });
    await expect(fetchMedia('false_0@c.us_GONE')).rejects.toThrow(/not found/);
  });

  it('logs a failing handler without throwing and keeps handling the next messages', async () => {
    const { client, handler, records } = await readyChannel();
    handler.impl = async (event) => {
      if (event.type === 'text' && event.text === '2') throw new Error('engine broke');
    };
    client.emit('message', loadFixture('numbered-reply'));
    client.emit('message', loadFixture('text'));
    await vi.waitFor(() => expect(handler.events).toHaveLength(2));
    await vi.waitFor(() => expect(records.some((r) => r.msg === 'whatsapp: handling a message failed' && r.level === 50)).toBe(true));
  });

  it('drops payloads that are not messages with a warning', async () => {
    const { client, handler, records } = await readyChannel();
    client.emit('message', { hello: 'world' });
    client.emit('message', loadFixture('text'));
    await vi.waitFor(() => expect(handler.events).toHaveLength(1));
    expect(records.some((r) => r.msg === 'whatsapp: unreadable message ignored')).toBe(true);
  });
});
