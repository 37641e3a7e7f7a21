// The outbox over the WhatsApp Cloud API with the real dispatcher, engine and database against the fake
// Graph API: free-form with buttons inside the 24-hour window, the approved template outside it (in the
// recipient's language, with its parameters), statuses recorded on the row, the pair limit kept by
// postponing, permanent errors recorded once and never retried, an invalid token pausing all sends.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createWhatsAppCloudRepository } from '../../domain/repositories/whatsapp-cloud.repository.ts';
import { loadTemplates } from '../../bot/channels/whatsapp-cloud/templates.ts';
import { createDispatcher } from '../../bot/notify/dispatcher.ts';
import { createWhatsAppCloudDelivery } from '../../bot/notify/whatsapp-cloud-delivery.ts';
import { createChatHarness, type ChatHarness } from '../helpers/chat-harness.ts';
import { startFakeGraphApi, statusPayload, type FakeGraphApi } from '../fakes/fake-graph-api.ts';
import { createCloudRig } from './channels/whatsapp-cloud/cloud-rig.ts';

let h: ChatHarness;
let graph: FakeGraphApi;
let rig: ReturnType<typeof createCloudRig>;
let dispatcher: ReturnType<typeof createDispatcher>;
const templates = loadTemplates('config/whatsapp-cloud-templates.json');

beforeAll(async () => {
  h = await createChatHarness();
});
afterAll(() => h.close());

function build(pairIntervalMs = 0) {
  const repo = createWhatsAppCloudRepository(h.db.prisma);
  rig = createCloudRig(graph, { handler: h.engine, recordStatus: (s) => repo.recordStatus(s.wamid, s.status, s.at, s.errorCode) });
  h.engine.registerSender(rig.channel.sender);
  const delivery = createWhatsAppCloudDelivery({
    channel: rig.channel,
    engine: h.engine,
    identitiesOf: (id) => h.services.repos.conversations.identitiesOf(id),
    languageOf: async (id) => (await h.services.repos.users.findById(id))?.language ?? null,
    repo,
    templates,
    owner: 'test',
    logger: silentLogger,
    pairIntervalMs,
  });
  dispatcher = createDispatcher({ notifications: h.services.repos.notifications, engine: h.engine, logger: silentLogger, owner: 'test', strategies: [delivery], baseBackoffMs: 60_000 });
}

beforeEach(async () => {
  graph = await startFakeGraphApi();
  build();
});
afterEach(() => graph.close());

let n = 0;
async function producer(lastSeenHoursAgo: number, language: 'id' | 'en' = 'id') {
  const wa = `62812000${String(++n).padStart(5, '0')}`;
  const user = await h.db.prisma.user.create({
    data: { displayName: `p${n}`, language, role: 'PRODUCER', onboardedAt: new Date(), identities: { create: { channel: 'WHATSAPP', externalId: wa, chatId: `${wa}@c.us`, lastSeenAt: new Date(Date.now() - lastSeenHoursAgo * 3_600_000) } } },
  });
  return { id: user.id, wa };
}

const newOrder = (recipientId: string) => ({
  recipientId,
  template: 'orders:notify.newOrder',
  params: { number: 'ORD-0042', items: '2 × Kopi Bajawa', subtotal: 'Rp170.000', city: 'Kupang', delivery: 't:orders:delivery.courier', payment: 't:orders:payment.bank' },
  choices: [{ labelKey: 'orders:buttons.accept', value: '!order.accept:o42' }, { labelKey: 'orders:buttons.decline', value: '!order.decline:o42' }, { labelKey: 'orders:buttons.open', value: '!order.open:o42' }],
});

const rowOf = async (recipientId: string) => h.db.prisma.notification.findFirstOrThrow({ where: { recipientId }, orderBy: { createdAt: 'desc' } });

describe('the 24-hour window', () => {
  it('inside it: the notification as rendered, with reply buttons; the wamid and statuses land on the row', async () => {
    const p = await producer(2);
    await h.services.repos.notifications.enqueue([newOrder(p.id)]);
    await dispatcher.tick();
    const sent = graph.messages.filter((m) => m.to === p.wa);
    expect(sent).toHaveLength(1);
    const interactive = sent[0]!.body.interactive as { type: string; body: { text: string }; action: { buttons: { reply: { title: string } }[] } };
    expect(interactive.type).toBe('button');
    expect(interactive.body.text).toContain('ORD-0042');
    expect(interactive.action.buttons).toHaveLength(3);
    let row = await rowOf(p.id);
    expect(row).toMatchObject({ status: 'SENT', waMessageId: sent[0]!.id, waTemplate: null, waStatus: 'sent' });

    await rig.post(statusPayload([{ id: sent[0]!.id, status: 'read', recipient: p.wa }]));
    await rig.post(statusPayload([{ id: sent[0]!.id, status: 'delivered', recipient: p.wa }])); // late, out of order
    row = await rowOf(p.id);
    expect(row.waStatus).toBe('read');
    await rig.post(statusPayload([{ id: sent[0]!.id, status: 'failed', recipient: p.wa, code: 131050 }]));
    expect(await rowOf(p.id)).toMatchObject({ waStatus: 'failed', waErrorCode: 131050 });
  });

  it('outside it: the approved template of the kind, in the user language, with its parameters', async () => {
    const id = await producer(25);
    const en = await producer(30, 'en');
    await h.services.repos.notifications.enqueue([newOrder(id.id), newOrder(en.id), { recipientId: en.id, template: 'licensing:notify.expiry30', params: { type: 't:licensing:types.PIRT', number: 'P-IRT 123', product: 'Kopi', producer: 'Mama Ros', expiresAt: '1 Januari 2027', days: 26 } }]);
    await dispatcher.tick();
    const templateOf = (wa: string) => graph.messages.filter((m) => m.to === wa).map((m) => m.body.template as { name: string; language: { code: string }; components: { parameters: { text: string }[] }[] });
    const [idTemplate] = templateOf(id.wa);
    expect(idTemplate).toMatchObject({ name: 'etalase_new_order', language: { code: 'id' } });
    expect(idTemplate!.components[0]!.parameters.map((p) => p.text)).toEqual(['ORD-0042', 'Rp170.000', 'Kupang']);
    const enTemplates = templateOf(en.wa);
    // the two rows of one person go out in either order
    expect(enTemplates.map((t) => [t.name, t.language.code]).sort()).toEqual([
      ['etalase_new_order', 'en'],
      ['etalase_permit_expiry', 'en'],
    ]);
    const expiry = enTemplates.find((t) => t.name === 'etalase_permit_expiry')!;
    expect(expiry.components[0]!.parameters.map((p) => p.text)).toEqual([expect.not.stringContaining('t:'), 'P-IRT 123', 'Kopi', '1 Januari 2027', '26']);
    expect(await rowOf(id.id)).toMatchObject({ status: 'SENT', waTemplate: 'etalase_new_order' });
  });

  it('Meta says the window is closed (131047) for a free-form message: the template goes instead', async () => {
    const p = await producer(1);
    graph.failNext({ code: 131047, http: 400 }, 1, p.wa);
    await h.services.repos.notifications.enqueue([newOrder(p.id)]);
    await dispatcher.tick();
    expect(graph.messages.filter((m) => m.to === p.wa).map((m) => m.type)).toEqual(['template']);
    const row = await rowOf(p.id);
    expect(row.lastError).toBe(null);
    expect(row).toMatchObject({ status: 'SENT', waTemplate: 'etalase_new_order' });
  });
});

describe('errors', () => {
  it('not a WhatsApp user (131026): recorded once with its code, never tried again', async () => {
    const p = await producer(25);
    graph.failNext({ code: 131026, http: 400, message: 'Message undeliverable' }, 5, p.wa);
    await h.services.repos.notifications.enqueue([newOrder(p.id)]);
    await dispatcher.tick();
    await h.db.prisma.notification.updateMany({ where: { recipientId: p.id }, data: { nextAttemptAt: new Date(0) } });
    await dispatcher.tick();
    const row = await rowOf(p.id);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, waErrorCode: 131026 });
    expect(row.lastError).toContain('131026');
    expect(graph.messages.filter((m) => m.to === p.wa)).toHaveLength(0);
  });

  it('a 429 on a template: the row comes back later with the dispatcher backoff', async () => {
    const p = await producer(25);
    graph.failNext({ code: 130429, http: 429 }, 1, p.wa);
    await h.services.repos.notifications.enqueue([newOrder(p.id)]);
    await dispatcher.tick();
    const row = await rowOf(p.id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.lastError).toContain('130429');
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
  });

  it('an expired token (190): the row waits without spending attempts, later rows send nothing until a probe', async () => {
    const a = await producer(25);
    const b = await producer(25);
    graph.expireToken();
    await h.services.repos.notifications.enqueue([newOrder(a.id)]);
    await dispatcher.tick();
    expect(rig.channel.status().state).toBe('token_invalid');
    const row = await rowOf(a.id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(row.lastError).toContain('190');
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 60_000);

    const callsBefore = graph.messages.length + graph.requestsWithoutToken;
    await h.services.repos.notifications.enqueue([newOrder(b.id)]);
    await dispatcher.tick();
    expect(await rowOf(b.id)).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(graph.messages.length + graph.requestsWithoutToken).toBe(callsBefore);
  });
});

describe('pair rate limit', () => {
  it('two notifications to one person: the second is postponed by the pair interval, not sent into a 131056', async () => {
    await graph.close();
    graph = await startFakeGraphApi({ pairIntervalMs: 2_000 });
    build(2_000);
    const p = await producer(1);
    await h.services.repos.notifications.enqueue([{ recipientId: p.id, template: 'orders:notify.expired.producer', params: { number: 'A1' } }]);
    await h.services.repos.notifications.enqueue([{ recipientId: p.id, template: 'orders:notify.expired.producer', params: { number: 'A2' } }]);
    const started = Date.now();
    await dispatcher.tick();
    const rows = await h.db.prisma.notification.findMany({ where: { recipientId: p.id } });
    // the two are handed out at once: whichever took the slot first went, the other waits for the next one
    expect(rows.map((r) => r.status).sort()).toEqual(['PENDING', 'SENT']);
    const waiting = rows.find((r) => r.status === 'PENDING')!;
    expect(waiting.attempts).toBe(0);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(started + 1_500);
    expect(graph.messages.filter((m) => m.to === p.wa)).toHaveLength(1);
    expect(graph.violations.pair).toBe(0);
  });
});
