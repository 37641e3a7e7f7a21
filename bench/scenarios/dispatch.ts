// Scenario 4, notification dispatch: 2,000 queued notifications delivered by the real outbox dispatcher
// through the engine and the REAL Telegram sender (grammY with auto-retry and the throttle) to a fake Bot API
// on loopback that enforces 30 messages/s overall and 1/s per chat and answers 429 with retry_after.
// Measured: wall time against the theoretical minimum, messages lost and doubled. The repeated runs go side
// by side, each in a process of its own with its own database, bot token and fake Bot API: the work is paced
// by the limits, not by the processor, and running them together keeps the whole benchmark under ten minutes.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../../domain/db/database.ts';
import { openPglite } from '../../domain/db/pglite.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createMediaStore, type MediaStore } from '../../domain/media/media-store.ts';
import { createMediaResolver } from '../../domain/media/media-resolver.ts';
import { createServices } from '../../domain/services/services.ts';
import { createEngine } from '../../bot/core/engine.ts';
import { createTelegramChannel } from '../../bot/channels/telegram/adapter.ts';
import { createDispatcher } from '../../bot/notify/dispatcher.ts';
import { figure, type ScenarioResult } from '../lib/figures.ts';
import type { BenchContext } from '../lib/context.ts';
import { spawnBotApi } from '../lib/bot-api-process.ts';
import { createRegistry } from '../../bot/flows/index.ts';

const GLOBAL_PER_SECOND = 30;
const PER_CHAT_PER_SECOND = 1;

export interface DispatchRun {
  seconds: number;
  minimumSeconds: number;
  lost: number;
  duplicates: number;
  rejected: number;
  failedRows: number;
}

const botInfo = (id: number) => ({
  id,
  is_bot: true as const,
  first_name: 'Etalase Bench',
  username: `etalase_bench_${id}_bot`,
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
});

/** One run on its own database (closed at the end); the fake Bot API runs in a process of its own. */
export async function dispatchOnce(db: Database, mediaStore: MediaStore, run: number, notifications: number, chats: number, log: (line: string) => void): Promise<DispatchRun> {
  const botId = 7_100_000_000 + run;
  const api = await spawnBotApi(`${botId}:AAFakeBenchToken_${run}_abcdefghijklmnop`, { globalPerSecond: GLOBAL_PER_SECOND, perChatPerSecond: PER_CHAT_PER_SECOND });
  try {
    const services = createServices({ prisma: db.prisma, mediaStore });
    const engine = createEngine({ services, conversations: services.repos.conversations, registry: createRegistry(), logger: silentLogger, owner: `bench-dispatch-${run}` });
    const telegram = createTelegramChannel({
      token: api.token,
      apiRoot: api.url,
      mode: 'polling',
      handler: engine,
      resolveMedia: createMediaResolver(db.prisma, mediaStore),
      logger: silentLogger,
      botInfo: botInfo(botId),
    });
    engine.registerSender(telegram.sender);

    const start = new Date(Date.now() - 60_000);
    const recipients = Array.from({ length: chats }, (_, i) => ({ id: `bench-recipient-${i}`, chatId: String(800_000_000 + i) }));
    await db.prisma.user.createMany({ data: recipients.map((r, i) => ({ id: r.id, role: 'PRODUCER' as const, displayName: `Produsen ${i}`, language: 'id' as const, onboardedAt: start })) });
    await db.prisma.channelIdentity.createMany({ data: recipients.map((r) => ({ userId: r.id, channel: 'TELEGRAM' as const, externalId: r.chatId, chatId: r.chatId, lastSeenAt: start })) });
    // round-robin over the chats, oldest first: the order the dispatcher claims them in
    await db.prisma.notification.createMany({
      data: Array.from({ length: notifications }, (_, i) => ({
        recipientId: recipients[i % chats]!.id,
        template: 'orders:notify.newOrder',
        params: { number: `BN-${run}-${i}`, items: '1 × Kopi Arabika Bajawa', subtotal: 'Rp85.000', city: 'Kupang', delivery: 't:orders:delivery.COURIER', payment: 't:orders:payment.BANK_TRANSFER' },
        choices: [
          { labelKey: 'orders:buttons.accept', value: `!order.accept:bench-${i}` },
          { labelKey: 'orders:buttons.decline', value: `!order.decline:bench-${i}` },
        ],
        createdAt: new Date(start.getTime() + i),
        nextAttemptAt: start,
      })),
    });

    const perChat = Math.ceil(notifications / chats);
    const minimumSeconds = Math.max(notifications / GLOBAL_PER_SECOND, (perChat - 1) / PER_CHAT_PER_SECOND);
    const dispatcher = createDispatcher({ notifications: services.repos.notifications, engine, logger: silentLogger, owner: `bench-dispatch-${run}`, pollMs: 100 });
    const started = performance.now();
    dispatcher.start();
    const deadline = started + minimumSeconds * 3 * 1000;
    let done = 0;
    while (performance.now() < deadline) {
      done = await db.prisma.notification.count({ where: { status: { in: ['SENT', 'FAILED'] } } });
      if (done >= notifications) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    await dispatcher.stop();

    const stats = await api.stats();
    const delivered = new Map<string, number>();
    for (const a of stats.accepted) {
      const marker = /BN-\d+-\d+/.exec(a.text)?.[0];
      if (marker) delivered.set(marker, (delivered.get(marker) ?? 0) + 1);
    }
    const duplicates = [...delivered.values()].reduce((sum, n) => sum + (n - 1), 0);
    const failedRows = await db.prisma.notification.count({ where: { status: { not: 'SENT' } } });
    log(`  run ${run + 1}: ${seconds.toFixed(1)} s for ${notifications} (minimum ${minimumSeconds.toFixed(1)} s), ${stats.rejected} answered 429 (${stats.rejectedPerChat} for a chat's own limit), ${notifications - delivered.size} lost, ${duplicates} doubled`);
    return { seconds, minimumSeconds, lost: notifications - delivered.size, duplicates, rejected: stats.rejected, failedRows };
  } finally {
    await api.stop();
    await db.close();
  }
}

export async function dispatchScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const { quick, repeats } = ctx.options;
  const notifications = quick ? 60 : 2_000;
  const chats = quick ? 30 : 400;
  // the repeated runs go side by side, each in a process of its own (with its own embedded database) so
  // that they do not share one event loop; every process starts from a copy of the demo database
  const dir = await mkdtemp(path.join(tmpdir(), 'etalase-bench-dispatch-'));
  try {
    const dump = path.join(dir, 'demo.tar');
    await writeFile(dump, Buffer.from(await (await (await ctx.fixtures.demo()).pglite.dumpDataDir('none')).arrayBuffer()));
    const runs = await Promise.all(Array.from({ length: repeats }, (_, run) => runInChild({ dump, mediaDataDir: ctx.fixtures.mediaDataDir, run, notifications, chats }, ctx.log)));
    return result(runs, notifications, chats, repeats);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface ChildInput {
  dump: string;
  mediaDataDir: string;
  run: number;
  notifications: number;
  chats: number;
}

const here = fileURLToPath(import.meta.url);

function runInChild(input: ChildInput, log: (line: string) => void): Promise<DispatchRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', here], { env: { ...process.env, BENCH_DISPATCH: JSON.stringify(input) }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      for (;;) {
        const nl = out.indexOf('\n');
        if (nl < 0) break;
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line.startsWith('RESULT ')) resolve(JSON.parse(line.slice(7)) as DispatchRun);
        else if (line.trim()) log(line);
      }
    });
    child.once('exit', (code) => reject(new Error(`dispatch run ${input.run + 1} exited with ${code} without a result`)));
  });
}

// the child: one run, its result on a line of its own
if (process.env.BENCH_DISPATCH && process.argv[1] === here) {
  const input = JSON.parse(process.env.BENCH_DISPATCH) as ChildInput;
  const pglite = await openPglite(undefined, new Blob([new Uint8Array(await readFile(input.dump))]));
  const db = await openDatabase({ pglite, migrate: false });
  const mediaStore = createMediaStore({ dataDir: input.mediaDataDir, maxBytes: 10 * 1024 * 1024 });
  const run = await dispatchOnce(db, mediaStore, input.run, input.notifications, input.chats, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`RESULT ${JSON.stringify(run)}\n`);
  process.exit(0);
}

function result(runs: DispatchRun[], notifications: number, chats: number, repeats: number): Omit<ScenarioResult, 'seconds'> {
  return {
    id: 'dispatch',
    title: 'Notification dispatch',
    workload:
      `${notifications.toLocaleString('en-US')} queued notifications (new-order messages with two buttons) to ${chats} Telegram chats, round-robin, delivered by the outbox dispatcher through engine.deliver and the real Telegram sender ` +
      `(grammY, auto-retry, bot/channels/telegram/throttle.ts with its defaults) to a fake Bot API on loopback (its own process) allowing ${GLOBAL_PER_SECOND} messages in any second overall and ${PER_CHAT_PER_SECOND} per chat, 429 with retry_after beyond. ` +
      `Theoretical minimum = max(notifications / ${GLOBAL_PER_SECOND}, per-chat count − 1) s. Wall time: dispatcher start until every row is SENT or FAILED. Repeated runs side by side, each in a process of its own with its own database and fake API.`,
    repeats,
    figures: [
      figure('dispatch.seconds', 'wall time', 's', runs.map((r) => r.seconds)),
      figure('dispatch.minimumSeconds', 'theoretical minimum at the rate limit', 's', runs.map((r) => r.minimumSeconds)),
      figure('dispatch.overMinimum', 'wall time over the minimum', '%', runs.map((r) => (100 * (r.seconds - r.minimumSeconds)) / r.minimumSeconds), { op: '<=', value: 10 }),
      figure('dispatch.lost', 'messages lost', 'messages', runs.map((r) => r.lost), { op: '<=', value: 0 }),
      figure('dispatch.duplicates', 'messages delivered twice', 'messages', runs.map((r) => r.duplicates), { op: '<=', value: 0 }),
      figure('dispatch.rejected', '429 answers from the fake API', 'requests', runs.map((r) => r.rejected)),
      figure('dispatch.notSent', 'rows not SENT at the end', 'rows', runs.map((r) => r.failedRows), { op: '<=', value: 0 }),
    ],
    notes: [],
  };
}
