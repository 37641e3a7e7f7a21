// Scenario "dispatch-cloud", beside Telegram's "dispatch": 2,000 queued notifications delivered by the real
// outbox dispatcher through the WhatsApp Cloud API transport (whatsapp-api-js, the rate pacer, the Cloud
// delivery with its 24-hour window, templates and pair limit) to the fake Graph API on loopback, which
// enforces 80 messages in any second and one message per 6 s to the same person (429 / 131056 beyond).
// Half the recipients wrote within the day (free-form messages with reply buttons), half did not (the
// approved template). Measured: wall time against the theoretical minimum, messages lost and doubled.
import { readFile } from 'node:fs/promises';
import { openDatabase } from '../../domain/db/database.ts';
import { openPglite } from '../../domain/db/pglite.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createMediaResolver } from '../../domain/media/media-resolver.ts';
import { createMediaStore } from '../../domain/media/media-store.ts';
import { createWhatsAppCloudRepository } from '../../domain/repositories/whatsapp-cloud.repository.ts';
import { createServices } from '../../domain/services/services.ts';
import { createWhatsAppCloudChannel } from '../../bot/channels/whatsapp-cloud/adapter.ts';
import { loadTemplates } from '../../bot/channels/whatsapp-cloud/templates.ts';
import { createEngine } from '../../bot/core/engine.ts';
import { createRegistry } from '../../bot/flows/index.ts';
import { createDispatcher } from '../../bot/notify/dispatcher.ts';
import { createWhatsAppCloudDelivery } from '../../bot/notify/whatsapp-cloud-delivery.ts';
import { APP_SECRET, GRAPH_TOKEN, GRAPH_VERSION, PHONE_NUMBER_ID, startFakeGraphApi, VERIFY_TOKEN } from '../../tests/fakes/fake-graph-api.ts';
import type { BenchContext } from '../lib/context.ts';
import { figure, type ScenarioResult } from '../lib/figures.ts';

const PER_SECOND = 80;
const PAIR_SECONDS = 6;

/**
 * The least time any sender can take at the limits. Every person gets perChat messages 6 s apart, so the
 * last of them comes at least (perChat − 1) × 6 s after that person's first; and the first messages of all
 * `chats` people are distinct sends at 80 a second, so the last person's first is at least (chats − 1) / 80 s
 * in. (Until issue 28 the figure was max(notifications / 80, (perChat − 1) × 6) s, 25 s for 2,000 to 400,
 * which no order of sending reaches: its own bound is 29 s.)
 */
export function minimumCloudSeconds(notifications: number, chats: number): number {
  const perChat = Math.ceil(notifications / chats);
  return Math.max((notifications - 1) / PER_SECOND, (Math.min(chats, notifications) - 1) / PER_SECOND + (perChat - 1) * PAIR_SECONDS);
}

interface CloudRun {
  seconds: number;
  minimumSeconds: number;
  lost: number;
  duplicates: number;
  throttled: number;
  pairRejected: number;
  templates: number;
  notSent: number;
}

async function dispatchCloudOnce(ctx: BenchContext, notifications: number, chats: number): Promise<CloudRun> {
  const template = await (await ctx.fixtures.demo()).pglite.dumpDataDir('none');
  const pglite = await openPglite(undefined, new Blob([new Uint8Array(await template.arrayBuffer())]));
  const db = await openDatabase({ pglite, migrate: false });
  const graph = await startFakeGraphApi({ messagesPerSecond: PER_SECOND, pairIntervalMs: PAIR_SECONDS * 1000 });
  try {
    const mediaStore = createMediaStore({ dataDir: ctx.fixtures.mediaDataDir, maxBytes: 10 * 1024 * 1024 });
    const services = createServices({ prisma: db.prisma, mediaStore });
    const engine = createEngine({ services, conversations: services.repos.conversations, registry: createRegistry(), logger: silentLogger, owner: 'bench-cloud' });
    const repo = createWhatsAppCloudRepository(db.prisma);
    const channel = createWhatsAppCloudChannel({
      phoneNumberId: PHONE_NUMBER_ID, accessToken: GRAPH_TOKEN, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, apiVersion: GRAPH_VERSION, apiRoot: graph.root,
      handler: engine, resolveMedia: createMediaResolver(db.prisma, mediaStore), logger: silentLogger,
      recordStatus: (s) => repo.recordStatus(s.wamid, s.status, s.at, s.errorCode),
      messagesPerSecond: PER_SECOND, maxFileBytes: 10 * 1024 * 1024,
    });
    engine.registerSender(channel.sender);
    const delivery = createWhatsAppCloudDelivery({
      channel, engine, repo, owner: 'bench-cloud', logger: silentLogger, pairIntervalMs: PAIR_SECONDS * 1000,
      templates: loadTemplates('config/whatsapp-cloud-templates.json'),
      identitiesOf: (id) => services.repos.conversations.identitiesOf(id),
      languageOf: async (id) => (await services.repos.users.findById(id))?.language ?? null,
    });

    const now = Date.now();
    const recipients = Array.from({ length: chats }, (_, i) => ({ id: `bench-wa-${i}`, wa: String(6281_000_000_000 + i) }));
    await db.prisma.user.createMany({ data: recipients.map((r, i) => ({ id: r.id, role: 'PRODUCER' as const, displayName: `Produsen ${i}`, language: 'id' as const, onboardedAt: new Date(now) })) });
    // even recipients wrote an hour ago (inside the window), odd ones two days ago (template only)
    await db.prisma.channelIdentity.createMany({ data: recipients.map((r, i) => ({ userId: r.id, channel: 'WHATSAPP' as const, externalId: r.wa, chatId: `${r.wa}@c.us`, lastSeenAt: new Date(now - (i % 2 ? 48 : 1) * 3_600_000) })) });
    const start = new Date(now - 60_000);
    await db.prisma.notification.createMany({
      data: Array.from({ length: notifications }, (_, i) => ({
        recipientId: recipients[i % chats]!.id,
        template: 'orders:notify.newOrder',
        params: { number: `BN-${i}`, items: '1 × Kopi Arabika Bajawa', subtotal: 'Rp85.000', city: 'Kupang', delivery: 't:orders:delivery.COURIER', payment: 't:orders:payment.BANK_TRANSFER' },
        choices: [{ labelKey: 'orders:buttons.accept', value: `!order.accept:bench-${i}` }, { labelKey: 'orders:buttons.decline', value: `!order.decline:bench-${i}` }],
        createdAt: new Date(start.getTime() + i),
        nextAttemptAt: start,
      })),
    });

    const minimumSeconds = minimumCloudSeconds(notifications, chats);
    const dispatcher = createDispatcher({ notifications: services.repos.notifications, engine, logger: silentLogger, owner: 'bench-cloud', pollMs: 100, strategies: [delivery] });
    const started = performance.now();
    dispatcher.start();
    // three times the minimum, and never less than 30 s: a quick run's minimum is a second or two, and a
    // busy machine must not turn a slow start into "lost" messages
    const deadline = started + Math.max(minimumSeconds * 3, 30) * 1000;
    while (performance.now() < deadline) {
      const done = await db.prisma.notification.count({ where: { status: { in: ['SENT', 'FAILED'] } } });
      if (done >= notifications) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    await dispatcher.stop();

    const delivered = new Map<string, number>();
    for (const m of graph.messages) {
      const marker = /BN-\d+/.exec(JSON.stringify(m.body))?.[0];
      if (marker) delivered.set(marker, (delivered.get(marker) ?? 0) + 1);
    }
    const duplicates = [...delivered.values()].reduce((sum, n) => sum + (n - 1), 0);
    const notSent = await db.prisma.notification.count({ where: { status: { not: 'SENT' } } });
    if (notSent) {
      const left = await db.prisma.notification.groupBy({ by: ['status', 'lastError'], where: { status: { not: 'SENT' } }, _count: true });
      for (const g of left.slice(0, 5)) ctx.log(`  not sent: ${g._count} ${g.status} ${g.lastError ?? ''}`);
    }
    const templates = graph.messages.filter((m) => m.type === 'template').length;
    ctx.log(`  ${seconds.toFixed(1)} s for ${notifications} (minimum ${minimumSeconds.toFixed(1)} s), ${templates} as templates, ${graph.violations.throughput} answered 429, ${graph.violations.pair} answered 131056, ${notifications - delivered.size} lost, ${duplicates} doubled`);
    return { seconds, minimumSeconds, lost: notifications - delivered.size, duplicates, throttled: graph.violations.throughput, pairRejected: graph.violations.pair, templates, notSent };
  } finally {
    await graph.close();
    await db.close();
  }
}

export async function dispatchCloudScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const notifications = ctx.options.quick ? 120 : 2_000;
  const chats = ctx.options.quick ? 120 : 400;
  const runs: CloudRun[] = [];
  // one run after the other: they share the fake's limits only when they share a number, and 80/s each
  // would be the processor's work rather than the limits' if run side by side on two cores
  for (let i = 0; i < ctx.options.repeats; i++) runs.push(await dispatchCloudOnce(ctx, notifications, chats));
  return {
    id: 'dispatch-cloud',
    title: 'Notification dispatch, WhatsApp Cloud API',
    workload:
      `${notifications.toLocaleString('en-US')} queued new-order notifications to ${chats} WhatsApp users, round-robin; half of them wrote an hour ago (free-form with reply buttons), half two days ago (the approved template). ` +
      `Delivered by the outbox dispatcher with the Cloud delivery strategy through the real Cloud transport (whatsapp-api-js, ${PER_SECOND} messages/s pacer) to a fake Graph API on loopback allowing ${PER_SECOND} messages in any second and one per ${PAIR_SECONDS} s per person. ` +
      `Theoretical minimum = max((notifications − 1) / ${PER_SECOND}, (people − 1) / ${PER_SECOND} + (per-person count − 1) × ${PAIR_SECONDS}) s: the last person's first message cannot start before all the others' first ones.`,
    repeats: runs.length,
    figures: [
      figure('dispatchCloud.seconds', 'wall time', 's', runs.map((r) => r.seconds)),
      figure('dispatchCloud.minimumSeconds', 'theoretical minimum at the limits', 's', runs.map((r) => r.minimumSeconds)),
      figure('dispatchCloud.overMinimum', 'wall time over the minimum', '%', runs.map((r) => (100 * (r.seconds - r.minimumSeconds)) / r.minimumSeconds), { op: '<=', value: 15 }),
      figure('dispatchCloud.lost', 'messages lost', 'messages', runs.map((r) => r.lost), { op: '<=', value: 0 }),
      figure('dispatchCloud.duplicates', 'messages delivered twice', 'messages', runs.map((r) => r.duplicates), { op: '<=', value: 0 }),
      figure('dispatchCloud.templates', 'sent as templates (outside the window)', 'messages', runs.map((r) => r.templates)),
      figure('dispatchCloud.throttled', '429 answers from the fake', 'requests', runs.map((r) => r.throttled)),
      figure('dispatchCloud.pairRejected', '131056 answers from the fake', 'requests', runs.map((r) => r.pairRejected), { op: '<=', value: 0 }),
      figure('dispatchCloud.notSent', 'rows not SENT at the end', 'rows', runs.map((r) => r.notSent), { op: '<=', value: 0 }),
    ],
    notes: [],
  };
}
