// A producer lists a product end to end on each WhatsApp transport through the real engine and database:
// on the Cloud API with reply buttons and list messages (seen in the fake Graph API's recorded requests,
// answered as button_reply / list_reply webhooks), and still on whatsapp-web.js with numbered menus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../domain/lib/logger.ts';
import { createWhatsAppChannel } from '../../../../bot/channels/whatsapp/adapter.ts';
import { createChatHarness, type ChatHarness } from '../../../helpers/chat-harness.ts';
import { startFakeGraphApi, type FakeGraphApi } from '../../../fakes/fake-graph-api.ts';
import { FakeWhatsAppClient } from '../whatsapp/fake-whatsapp-client.ts';
import { createCloudRig } from './cloud-rig.ts';
import { cloudDriver, webDriver } from './drivers.ts';
import { producerListingJourney } from './listing-journey.ts';

let h: ChatHarness;
let graph: FakeGraphApi;
beforeAll(async () => {
  h = await createChatHarness();
  graph = await startFakeGraphApi();
});
afterAll(async () => {
  await graph.close();
  await h.close();
});

describe('listing a product on WhatsApp', () => {
  it('Cloud API: buttons and lists out, interactive replies in, photos fetched through the Graph API', async () => {
    const rig = createCloudRig(graph, { handler: h.engine, resolveMedia: async () => ({ data: Buffer.from('jpeg'), mime: 'image/jpeg', filename: 'a.jpg' }) });
    h.engine.registerSender(rig.channel.sender);
    await producerListingJourney(h, cloudDriver(graph, rig.post, '6285200007777'), '6285200007777', 'Mete Adonara Cloud');

    const interactive = graph.messages.filter((m) => m.type === 'interactive').map((m) => m.body.interactive as { type: string });
    expect(interactive.filter((i) => i.type === 'button').length).toBeGreaterThanOrEqual(3);
    expect(interactive.filter((i) => i.type === 'list').length).toBeGreaterThanOrEqual(1);
    // the category menu (12 options) stays a numbered text menu in two pages
    expect(graph.messages.some((m) => m.type === 'text' && /^11\. /.test((m.body.text as { body: string }).body))).toBe(true);
    expect(graph.messages.every((m) => m.to === '6285200007777')).toBe(true);
  });

  it('WhatsApp Web: the same journey with numbered menus', async () => {
    const client = new FakeWhatsAppClient();
    client.initializeImpl = async () => void client.emit('ready');
    const wa = createWhatsAppChannel({ client, handler: h.engine, resolveMedia: async () => ({ data: Buffer.from('jpeg'), mime: 'image/jpeg', filename: 'a.jpg' }), logger: silentLogger, initTimeoutMs: 5_000, sendIntervalMs: 0, languageOf: async () => 'id' as const });
    h.engine.registerSender(wa.sender);
    await wa.start();
    await producerListingJourney(h, webDriver(client, '6285200008888'), '6285200008888', 'Mete Adonara Web');
    expect(client.sent.every((s) => s.chatId === '6285200008888@c.us')).toBe(true);
    await wa.stop();
  });
});
