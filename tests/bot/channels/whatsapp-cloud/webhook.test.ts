// The webhook: GET verification, POST signature over the raw body (good, bad, missing, wrong secret),
// 401 logged without the body, 200 answered before processing, a redelivered message acting once, and
// every kind of inbound message Meta sends mapped to our events, statuses handed to the outbox.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeliveryStatus } from '../../../../bot/channels/whatsapp-cloud/parse.ts';
import { FakeHandler, recordingLogger } from '../whatsapp/fake-whatsapp-client.ts';
import { inboundPayload, metaJson, signature, startFakeGraphApi, statusPayload, VERIFY_TOKEN, type FakeGraphApi } from '../../../fakes/fake-graph-api.ts';
import { createCloudRig } from './cloud-rig.ts';
import { createTestApp } from '../../../helpers/test-app.ts';

let graph: FakeGraphApi;
beforeEach(async () => {
  graph = await startFakeGraphApi();
});
afterEach(() => graph.close());

const FROM = '6281377778888';

describe('GET verification', () => {
  it('echoes the challenge for the right verify token, 403 otherwise', async () => {
    const { app } = createCloudRig(graph, { handler: new FakeHandler() });
    const ok = await app.request(`/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await app.request('/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1');
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('POST signature', () => {
  it('a signed body (with non-ASCII escaped as Meta does) is accepted and processed', async () => {
    const handler = new FakeHandler();
    const { post } = createCloudRig(graph, { handler });
    const response = await post(inboundPayload(FROM, { type: 'text', text: { body: 'Halo, saya mau jual kopi ☕' } }, 'Maria Ngé'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(handler.events).toEqual([
      expect.objectContaining({ channel: 'WHATSAPP', type: 'text', text: 'Halo, saya mau jual kopi ☕', chatId: `${FROM}@c.us`, senderId: FROM, profile: { name: 'Maria Ngé' } }),
    ]);
  });

  it('bad, missing or wrong-secret signatures get 401, nothing is processed, the log has no body', async () => {
    const handler = new FakeHandler();
    const { logger, records } = recordingLogger();
    const { post } = createCloudRig(graph, { handler, logger });
    const payload = inboundPayload(FROM, { type: 'text', text: { body: 'rahasia pribadi' } });
    const bad = await post(payload, () => `sha256=${'0'.repeat(64)}`);
    const missing = await post(payload, () => undefined);
    const wrongSecret = await post(payload, (raw) => signature(raw, 'someone-elses-secret'));
    const tampered = await post(payload, () => signature(metaJson({ ...payload, object: 'changed' })));
    for (const r of [bad, missing, wrongSecret, tampered]) {
      expect(r.status).toBe(401);
      expect(await r.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
    expect(handler.events).toHaveLength(0);
    const refusals = records.filter((r) => String(r.msg).includes('bad signature'));
    expect(refusals).toHaveLength(4);
    expect(JSON.stringify(records)).not.toContain('rahasia');
    expect(JSON.stringify(records)).not.toContain(FROM);
  });

  it('answers 200 only once the message is handled (issue 28: a process killed after a 200 lost it)', async () => {
    const handler = new FakeHandler();
    let release!: () => void;
    handler.impl = () => new Promise<void>((resolve) => (release = resolve));
    const { app, channel } = createCloudRig(graph, { handler });
    const raw = metaJson(inboundPayload(FROM, { type: 'text', text: { body: 'halo' } }));
    let answered = false;
    const response = Promise.resolve(app.request('/whatsapp/webhook', { method: 'POST', headers: { 'x-hub-signature-256': signature(raw) }, body: raw })).then((r: Response) => {
      answered = true;
      return r;
    });
    await vi.waitFor(() => expect(handler.events).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    release();
    expect((await response).status).toBe(200);
    await channel.idle();
  });

  it('answers 503 when a message could not be handled, and handles it when Meta delivers it again', async () => {
    const handler = new FakeHandler();
    let fail = true;
    handler.impl = async () => {
      if (fail) throw new Error('conversation stays locked by another process');
    };
    const { app } = createCloudRig(graph, { handler });
    const raw = metaJson(inboundPayload(FROM, { type: 'text', text: { body: 'halo' } }));
    const post = () => app.request('/whatsapp/webhook', { method: 'POST', headers: { 'x-hub-signature-256': signature(raw) }, body: raw });
    expect((await post()).status).toBe(503);
    fail = false;
    expect((await post()).status).toBe(200);
    // not dropped as "seen": the failed attempt did not count
    expect(handler.events).toHaveLength(2);
  });

  it('the same message id delivered twice acts once', async () => {
    const handler = new FakeHandler();
    const { post } = createCloudRig(graph, { handler });
    const payload = inboundPayload(FROM, { type: 'text', text: { body: 'sekali saja' } });
    await post(payload);
    await post(payload);
    expect(handler.events).toHaveLength(1);
  });
});

describe('what people send', () => {
  it('maps button and list replies back to choice values and menu tokens, and every other type', async () => {
    const handler = new FakeHandler();
    const { post } = createCloudRig(graph, { handler });
    const messages: Record<string, unknown>[] = [
      { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'c|tok9|yes', title: 'Ya' } } },
      { type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'c||!order.accept:o1', title: 'Terima' } } },
      { type: 'location', location: { latitude: -8.65, longitude: 121.08, name: 'Bajawa' } },
      { type: 'contacts', contacts: [{ name: { formatted_name: 'Yosef' }, phones: [{ phone: '+62 813-1111-2222', wa_id: '6281311112222', type: 'CELL' }] }] },
      { type: 'audio', audio: { id: 'A1', mime_type: 'audio/ogg', voice: true } },
      { type: 'sticker', sticker: { id: 'S1', mime_type: 'image/webp' } },
      { type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '👍' } },
      { type: 'unsupported', errors: [{ code: 131051 }] },
      { type: 'text', text: { body: '/start p_KP7Q2' } },
    ];
    for (const m of messages) await post(inboundPayload(FROM, m));
    expect(handler.events.map((e) => ({ ...e, channel: undefined, chatId: undefined, senderId: undefined, messageId: undefined, profile: undefined }))).toEqual([
      expect.objectContaining({ type: 'choice', value: 'yes', menuToken: 'tok9' }),
      expect.objectContaining({ type: 'choice', value: '!order.accept:o1' }),
      expect.objectContaining({ type: 'location', latitude: -8.65, longitude: 121.08 }),
      expect.objectContaining({ type: 'contact', phone: '6281311112222', name: 'Yosef' }),
      expect.objectContaining({ type: 'unsupported', kind: 'voice' }),
      expect.objectContaining({ type: 'unsupported', kind: 'sticker' }),
      expect.objectContaining({ type: 'unsupported', kind: 'other' }),
      expect.objectContaining({ type: 'command', command: 'start', args: 'p_KP7Q2' }),
    ]);
  });

  it('a batched POST: every message and every status, not only the first', async () => {
    const handler = new FakeHandler();
    const statuses: DeliveryStatus[] = [];
    const { post } = createCloudRig(graph, { handler, recordStatus: async (s) => (statuses.push(s), true) });
    const one = inboundPayload(FROM, { type: 'text', text: { body: 'satu' } }) as { entry: { changes: { value: { messages: unknown[] } }[] }[] };
    const two = inboundPayload('6281200000002', { type: 'text', text: { body: 'dua' } }) as typeof one;
    one.entry[0]!.changes[0]!.value.messages.push(...two.entry[0]!.changes[0]!.value.messages);
    await post(one);
    expect(handler.events.map((e) => (e.type === 'text' ? e.text : e.type))).toEqual(['satu', 'dua']);
    await post(statusPayload([{ id: 'wamid.A', status: 'delivered', recipient: FROM }, { id: 'wamid.B', status: 'failed', recipient: FROM, code: 131026 }]));
    expect(statuses).toEqual([expect.objectContaining({ wamid: 'wamid.A', status: 'delivered' }), expect.objectContaining({ wamid: 'wamid.B', status: 'failed', errorCode: 131026 })]);
  });
});

describe('OpenAPI', () => {
  it('documents both routes with operation ids, tags, their security and typed errors', () => {
    const { app } = createCloudRig(graph, { handler: new FakeHandler() });
    const doc = app.getOpenAPIDocument({ openapi: '3.0.3', info: { title: 't', version: '1' } });
    const path = doc.paths!['/whatsapp/webhook']!;
    expect(path.get).toMatchObject({ operationId: 'verifyWhatsAppWebhook', tags: ['whatsapp'], security: [] });
    expect(Object.keys(path.get!.responses)).toEqual(expect.arrayContaining(['200', '403']));
    expect(path.post).toMatchObject({ operationId: 'receiveWhatsAppWebhook', tags: ['whatsapp'], security: [{ metaSignature: [] }] });
    expect(Object.keys(path.post!.responses)).toEqual(expect.arrayContaining(['200', '401']));
    expect(doc.components?.securitySchemes?.metaSignature).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Hub-Signature-256' });
  });
});

describe('the application (createApp)', () => {
  it('mounts the webhook always: the Cloud channel behind it when the transport is on, 404 in the error shape when off', async () => {
    const handler = new FakeHandler();
    const { channel } = createCloudRig(graph, { handler });
    const on = await createTestApp({ whatsappCloud: channel });
    const off = await createTestApp();
    try {
      const challenge = await on.app.request(`/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=42`);
      expect(challenge.status).toBe(200);
      expect(await challenge.text()).toBe('42');
      const raw = metaJson(inboundPayload(FROM, { type: 'text', text: { body: 'halo' } }));
      expect((await on.app.request('/whatsapp/webhook', { method: 'POST', headers: { 'x-hub-signature-256': signature(raw) }, body: raw })).status).toBe(200);
      await channel.idle();
      expect(handler.events.map((e) => (e.type === 'text' ? e.text : e.type))).toEqual(['halo']);

      for (const res of [await off.app.request(`/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=42`), await off.app.request('/whatsapp/webhook', { method: 'POST', headers: { 'x-hub-signature-256': signature(raw) }, body: raw })]) {
        expect(res.status).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
      }
    } finally {
      await on.close();
      await off.close();
    }
  }, 60_000);
});
