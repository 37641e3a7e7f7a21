// The Cloud transport end to end against a fake Graph API over loopback HTTP: what goes out (text,
// buttons, list, uploaded image), media coming in (id → URL → bytes with the token, size checked), and
// the errors: 429 and 131056 retried, 131047 and 190 handed to the caller, an invalid token on status.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphApiError } from '../../../../bot/channels/whatsapp-cloud/errors.ts';
import { sentMessages } from '../../../../bot/channels/whatsapp-cloud/sender.ts';
import type { MediaFetcher } from '../../../../domain/chat/message.ts';
import { FakeHandler, recordingLogger } from '../whatsapp/fake-whatsapp-client.ts';
import { GRAPH_TOKEN, inboundPayload, startFakeGraphApi, type FakeGraphApi } from '../../../fakes/fake-graph-api.ts';
import { createCloudRig } from './cloud-rig.ts';

let graph: FakeGraphApi;
beforeEach(async () => {
  graph = await startFakeGraphApi();
});
afterEach(() => graph.close());

const CHAT = '6281299990000@c.us';

describe('sending', () => {
  it('sends text, reply buttons, a list and an uploaded photo, in order, with the token', async () => {
    const { channel } = createCloudRig(graph, { handler: new FakeHandler() });
    await channel.sender.send(CHAT, [
      { type: 'text', text: 'Halo' },
      { type: 'choices', text: 'Lanjut?', options: [{ label: 'Ya', value: 'yes' }, { label: 'Tidak', value: 'no' }], menuToken: 'abc' },
      { type: 'choices', text: 'Kategori', options: ['Kopi', 'Tenun', 'Madu', 'Mete'].map((label) => ({ label, value: label.toLowerCase() })), menuToken: 'def' },
      { type: 'photo', media: { mediaId: 'media-42' }, caption: 'Kopi Bajawa' },
    ]);
    expect(graph.messages.map((m) => m.type)).toEqual(['text', 'interactive', 'interactive', 'image']);
    expect(graph.messages.every((m) => m.to === '6281299990000')).toBe(true);
    expect(graph.messages[0]!.body.text).toEqual({ body: 'Halo' });
    const buttons = graph.messages[1]!.body.interactive as { type: string; action: { buttons: { reply: { id: string; title: string } }[] } };
    expect(buttons.type).toBe('button');
    expect(buttons.action.buttons.map((b) => b.reply)).toEqual([{ id: 'c|abc|yes', title: 'Ya' }, { id: 'c|abc|no', title: 'Tidak' }]);
    const list = graph.messages[2]!.body.interactive as { type: string; action: { sections: { rows: { id: string; title: string }[] }[] } };
    expect(list.type).toBe('list');
    expect(list.action.sections[0]!.rows.map((r) => r.title)).toEqual(['Kopi', 'Tenun', 'Madu', 'Mete']);
    expect(graph.uploads).toHaveLength(1);
    expect(graph.uploads[0]!.mime).toBe('image/jpeg');
    expect(graph.messages[3]!.body.image).toEqual({ id: 'media-up-1', caption: 'Kopi Bajawa' });
    expect(graph.requestsWithoutToken).toBe(0);
  });

  it('a 429 is waited out and the message sent once; so is a pair-limit error (131056)', async () => {
    const { channel } = createCloudRig(graph, { handler: new FakeHandler() });
    graph.failNext({ code: 130429, http: 429 }, 2);
    graph.failNext({ code: 131056, http: 400 }, 1);
    await channel.sender.send(CHAT, [{ type: 'text', text: 'sabar' }]);
    expect(graph.messages.map((m) => m.body.text)).toEqual([{ body: 'sabar' }]);
  });

  it('outside the window (131047) and a bad token (190) reach the caller typed; the token shows on status once', async () => {
    const { logger, records } = recordingLogger();
    const { channel } = createCloudRig(graph, { handler: new FakeHandler(), logger });
    graph.failNext({ code: 131047, http: 400 });
    const window = await channel.sender.send(CHAT, [{ type: 'text', text: 'x' }]).catch((e: unknown) => e);
    expect(window).toBeInstanceOf(GraphApiError);
    expect((window as GraphApiError).kind).toBe('outside_window');
    expect(channel.status().state).toBe('ready');

    graph.expireToken();
    // a conversation's replies are dropped quietly (nothing can go out); the outbox gets the typed error
    for (let i = 0; i < 3; i++) await channel.sender.send(CHAT, [{ type: 'text', text: 'y' }]);
    const collector = { wamids: [] as string[] };
    const token = await sentMessages.run(collector, () => channel.sender.send(CHAT, [{ type: 'text', text: 'y' }])).catch((e: unknown) => e);
    expect((token as GraphApiError).kind).toBe('token');
    expect(channel.status().state).toBe('token_invalid');
    expect(records.filter((r) => String(r.msg).includes('access token is invalid'))).toHaveLength(1);
    expect(JSON.stringify(records)).not.toContain(GRAPH_TOKEN);

    graph.expireToken(false);
    await channel.sender.send(CHAT, [{ type: 'text', text: 'z' }]);
    expect(channel.status().state).toBe('ready');
  });
});

describe('media coming in', () => {
  it('a photo: media id → URL → bytes with the token; the event carries the id and type', async () => {
    const handler = new FakeHandler();
    const { post } = createCloudRig(graph, { handler });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
    graph.media.set('MEDIA1', { data: jpeg, mime: 'image/jpeg' });
    await post(inboundPayload('6281299990000', { type: 'image', image: { id: 'MEDIA1', mime_type: 'image/jpeg', sha256: 'x', caption: 'foto kopi' } }));
    expect(handler.events[0]).toMatchObject({ type: 'media', kind: 'photo', ref: 'MEDIA1', mime: 'image/jpeg', caption: 'foto kopi', chatId: '6281299990000@c.us' });
    const fetched = await (handler.fetchers[0] as MediaFetcher)('MEDIA1');
    expect(fetched).toEqual({ data: jpeg, mime: 'image/jpeg' });
  });

  it('a file over the limit is refused from its declared size, before downloading', async () => {
    const handler = new FakeHandler();
    const { post } = createCloudRig(graph, { handler, maxFileBytes: 1000 });
    graph.media.set('BIG', { data: Buffer.alloc(10), mime: 'application/pdf', declaredSize: 5_000_000 });
    await post(inboundPayload('6281299990000', { type: 'document', document: { id: 'BIG', mime_type: 'application/pdf', filename: 'izin.pdf' } }));
    expect(handler.events[0]).toMatchObject({ type: 'media', kind: 'document', mime: 'application/pdf' });
    await expect((handler.fetchers[0] as MediaFetcher)('BIG')).rejects.toMatchObject({ messageKey: 'media:errors.tooLarge' });
  });
});
