// Scenario "multi-process" (issue 28): three real `npm start` on one PostgreSQL, Telegram in webhook mode
// against the fake Bot API, started together; users' updates posted to them round-robin as a load balancer
// would, and one process killed with SIGKILL at ~45 % of the load. A webhook POST that fails (the kill, or a
// 503 for a turn that did not commit) is posted again to a live process, as Telegram redelivers. Measured:
// events/s over the load, p99 of a webhook's answer (its turn committed), replies lost and doubled (every
// user sends the same messages, so every user must get the same replies), the busiest second of sends of
// the three together (Telegram allows 30). Needs DATABASE_URL: several processes on the embedded database
// are refused by design. tests/server/ops/multi-process.pg.test.ts asserts the same at a smaller size.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { deriveWebhookSecret } from '../../bot/channels/telegram/adapter.ts';
import { openDatabase } from '../../domain/db/database.ts';
import { startFakeTelegramServer, type FakeTelegramServer } from '../../tests/fakes/fake-telegram-server.ts';
import type { BenchContext } from '../lib/context.ts';
import { figure, type ScenarioResult } from '../lib/figures.ts';
import { startServer, type ServerProcess } from '../lib/server-process.ts';
import { busiestSecond, percentile } from '../lib/stats.ts';

const SCRIPT = ['/start', 'halo', 'menu'];
const KILL_AT = 0.45;
const PROCESSES = 3;

interface MultiRun {
  startSeconds: number;
  eventsPerSecond: number;
  p50: number;
  p99: number;
  lost: number;
  doubled: number;
  redelivered: number;
  busiestSecond: number;
  replies: number;
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}


async function runOnce(ctx: BenchContext, databaseUrl: string, users: number): Promise<MultiRun> {
  const name = `etalase_bench_mp_${randomBytes(4).toString('hex')}`;
  await admin(databaseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const tg: FakeTelegramServer = await startFakeTelegramServer();
  const servers: (ServerProcess & { killed: boolean })[] = [];
  try {
    // started together: the migrations run once, under the advisory lock, while the others wait
    const started = performance.now();
    const procs = await Promise.all(
      Array.from({ length: PROCESSES }, async (_, i) => {
        const dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-bench-mp-'));
        return startServer(dataDir, {
          DATABASE_URL: url.toString(),
          SESSION_SECRET: 'shared-by-all-three-processes-0123',
          TELEGRAM_BOT_TOKEN: tg.token,
          TELEGRAM_API_ROOT: `${tg.url}/via/p${i}`,
          TELEGRAM_MODE: 'webhook',
          PUBLIC_URL: 'http://127.0.0.1',
          SCHEDULER_ENABLED: 'false',
          // short, so that what the killed process held comes back within the run
          CONVERSATION_LOCK_TTL_MS: '3000',
          REPLY_CLAIM_MS: '3000',
          REPLY_SWEEP_MS: '300',
        });
      }),
    );
    for (const p of procs) servers.push(Object.assign(p, { killed: false }));
    const startSeconds = (performance.now() - started) / 1000;

    const secret = deriveWebhookSecret(tg.token);
    let updateId = 1;
    const latencies: number[] = [];
    let redelivered = 0;
    const deliver = async (user: number, text: string) => {
      const update = {
        update_id: updateId++,
        message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: 7_000_000 + user, type: 'private', first_name: `U${user}` }, from: { id: 7_000_000 + user, is_bot: false, first_name: `U${user}`, language_code: 'id' }, text, ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.length }] } : {}) },
      };
      const t0 = performance.now();
      for (let i = user, attempts = 0; ; i++, attempts++) {
        const live = servers.filter((s) => !s.killed);
        const target = live[i % live.length]!;
        const status = await fetch(`${target.url}/telegram/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(update) })
          .then((r) => r.status)
          .catch(() => 0);
        if (status === 200) {
          latencies.push(performance.now() - t0);
          redelivered += attempts;
          return;
        }
        if (attempts > 40) throw new Error(`update of user ${user} never accepted (last status ${status})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    const total = users * SCRIPT.length;
    let posted = 0;
    const loadStarted = performance.now();
    await Promise.all(
      Array.from({ length: users }, async (_, user) => {
        for (const text of SCRIPT) {
          await deliver(user, text);
          if (++posted >= total * KILL_AT && !servers[1]!.killed) {
            servers[1]!.killed = true;
            process.kill(servers[1]!.pid, 'SIGKILL');
          }
        }
      }),
    );
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    // what the killed process committed and did not send goes out from the others once its claim runs out
    const db = await openDatabase({ databaseUrl: url.toString(), migrate: false });
    try {
      const end = Date.now() + 60_000;
      for (let last = -1; ; ) {
        const pending = await db.prisma.pendingReply.count();
        if (pending === 0 && tg.calls.length === last) break;
        if (Date.now() > end) throw new Error(`replies still pending: ${pending}`);
        last = tg.calls.length;
        await new Promise((r) => setTimeout(r, 1500));
      }
    } finally {
      await db.close();
    }

    const isSend = (c: FakeTelegramServer['calls'][number]) => c.method === 'sendMessage' || c.method === 'sendPhoto';
    const sequences = Array.from({ length: users }, (_, user) => tg.calls.filter((c) => isSend(c) && Number(c.body.chat_id) === 7_000_000 + user).map((c) => String(c.body.text ?? c.body.caption ?? '')));
    const counts = new Map<string, number>();
    for (const s of sequences) counts.set(JSON.stringify(s), (counts.get(JSON.stringify(s)) ?? 0) + 1);
    const expected = JSON.parse([...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]) as string[];
    const tally = (texts: string[]) => texts.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
    const want = tally(expected);
    const differences = sequences.map((s) => {
      const got = tally(s);
      return [...new Set([...want.keys(), ...got.keys()])].map((k) => (got.get(k) ?? 0) - (want.get(k) ?? 0));
    });
    const lost = differences.filter((d) => d.some((n) => n < 0)).length;
    const doubled = differences.filter((d) => d.some((n) => n > 0)).length;
    const sendTimes = tg.calls.filter(isSend).map((c) => c.at);
    const run: MultiRun = {
      startSeconds,
      eventsPerSecond: total / loadSeconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      lost,
      doubled,
      redelivered,
      busiestSecond: busiestSecond(sendTimes),
      replies: sendTimes.length,
    };
    ctx.log(
      `  ${PROCESSES} started in ${startSeconds.toFixed(1)} s; ${users} users × ${SCRIPT.length}, one killed at ${KILL_AT * 100} %: ${run.eventsPerSecond.toFixed(1)} events/s, ` +
        `p50 ${run.p50.toFixed(0)} / p99 ${run.p99.toFixed(0)} ms, ${redelivered} posts redelivered, ${run.replies} replies (${expected.length} per user), lost ${lost}, doubled ${doubled}, busiest second ${run.busiestSecond}`,
    );
    return run;
  } finally {
    await Promise.all(servers.filter((s) => !s.killed).map((s) => s.stop().catch(() => undefined)));
    await tg.close();
    await admin(databaseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  }
}

export async function multiProcessScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const users = ctx.options.quick ? 30 : 200;
  const base = {
    id: 'multi-process',
    title: 'Three processes on one PostgreSQL, one killed',
    workload:
      `${PROCESSES} real \`npm start\` on one PostgreSQL (Telegram webhooks against the fake Bot API), started together; ${users} users each send ${SCRIPT.join(', ')} in order, posted round-robin to the live processes; ` +
      `one process killed with SIGKILL at ${KILL_AT * 100} % of the load, failed posts posted again to a live one (as Telegram redelivers). p50/p99: a webhook POST until its 200 (the turn committed), redeliveries included.`,
  };
  if (!ctx.options.databaseUrl) {
    ctx.log('  skipped: no PostgreSQL configured (set DATABASE_URL to a server whose role may CREATE DATABASE)');
    return { ...base, repeats: 0, figures: [], notes: ['skipped: no PostgreSQL configured (DATABASE_URL); several processes on the embedded database are refused by design'] };
  }
  // one run: three server starts and a kill are most of its time
  const runs = [await runOnce(ctx, ctx.options.databaseUrl, users)];
  return {
    ...base,
    repeats: runs.length,
    figures: [
      figure('multiProcess.startSeconds', 'three processes started together, until all healthy', 's', runs.map((r) => r.startSeconds)),
      figure('multiProcess.eventsPerSecond', 'events/s over the load (with the kill)', 'events/s', runs.map((r) => r.eventsPerSecond)),
      figure('multiProcess.p50', 'webhook answer p50', 'ms', runs.map((r) => r.p50)),
      figure('multiProcess.p99', 'webhook answer p99', 'ms', runs.map((r) => r.p99)),
      figure('multiProcess.lost', 'users with a reply lost', 'users', runs.map((r) => r.lost), { op: '<=', value: 0 }),
      figure('multiProcess.doubled', 'users with a reply doubled', 'users', runs.map((r) => r.doubled), { op: '<=', value: 0 }),
      figure('multiProcess.redelivered', 'webhook posts posted again', 'posts', runs.map((r) => r.redelivered)),
      figure('multiProcess.busiestSecond', 'busiest second of sends, three processes together', 'sends', runs.map((r) => r.busiestSecond), { op: '<=', value: 30 }),
    ],
    notes: [],
  };
}
