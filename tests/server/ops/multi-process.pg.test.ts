// Issue 28, the whole claim: three `npm start` on one PostgreSQL, Telegram in webhook mode against a fake
// Bot API, started at the same moment (all start: migrations and triggers under an advisory lock), users'
// updates posted to them round-robin as a load balancer would, one process killed with SIGKILL in the
// middle of it. A webhook POST that fails (connection reset by the kill, or 503) is posted again to a live
// process, as Telegram redelivers. Afterwards every user has exactly the replies a user with the same
// messages gets (0 lost, 0 doubled) and the three together never sent more than 30 messages in any second.
// PostgreSQL only (*.pg.test.ts): several processes on the embedded database are refused by design.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommand } from '../../../bench/lib/server-process.ts';
import { buildServer } from '../../../scripts/build.mjs';
import { openDatabase, type Database } from '../../../domain/db/database.ts';
import { deriveWebhookSecret } from '../../../bot/channels/telegram/adapter.ts';
import { startFakeTelegramServer, type FakeTelegramServer } from '../../fakes/fake-telegram-server.ts';
import { createPostgresTestDatabase } from '../../helpers/test-database.ts';
import { freePort, healthyWithin, startProcess, type Started } from '../../helpers/processes.ts';
import { busiestSecond } from '../../../bench/lib/stats.ts';

const USERS = 40;
const SCRIPT = ['/start', 'halo', 'menu'];
const KILL_AT = 0.45;

let tg: FakeTelegramServer;
let pg: { url: string; drop(): Promise<void> };
let db: Database;
const servers: (Started & { port: number; killed: boolean })[] = [];

beforeAll(async () => {
  await buildServer();
  [tg, pg] = await Promise.all([startFakeTelegramServer(), createPostgresTestDatabase()]);
  db = await openDatabase({ databaseUrl: pg.url, migrate: false });
}, 120_000);

afterAll(async () => {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  await db?.close();
  await tg?.close();
  await pg?.drop();
});

function startServer(port: number, name: string): Started {
  const start = startCommand();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'etalase-mp-'));
  return startProcess(start.command, start.args, {
    ...start.env,
    DATA_DIR: dataDir,
    ETALASE_RUN_DIR: path.join(dataDir, '.run'),
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: pg.url,
    SESSION_SECRET: 'shared-by-all-three-processes-0123',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: `${tg.url}/via/${name}`,
    LOG_LEVEL: 'warn',
    SCHEDULER_ENABLED: 'false',
    // short, so that what a killed process held comes back within the test
    CONVERSATION_LOCK_TTL_MS: '3000',
    REPLY_CLAIM_MS: '3000',
    REPLY_SWEEP_MS: '300',
  });
}

const secret = () => deriveWebhookSecret(tg.token);
let updateId = 1;

/** One user's message, posted until a live process answers 200 (as Telegram redelivers). */
async function deliver(user: number, text: string): Promise<number> {
  const update = {
    update_id: updateId++,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: 5_000_000 + user, type: 'private', first_name: `U${user}` }, from: { id: 5_000_000 + user, is_bot: false, first_name: `U${user}`, language_code: 'id' }, text, ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.length }] } : {}) },
  };
  let attempts = 0;
  for (let i = user; ; i++) {
    const live = servers.filter((s) => !s.killed);
    const target = live[i % live.length]!;
    attempts++;
    const status = await fetch(`http://127.0.0.1:${target.port}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret() },
      body: JSON.stringify(update),
    })
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return attempts;
    if (attempts > 40) throw new Error(`update of user ${user} never accepted (last status ${status})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const sendsTo = (chat: number) => tg.calls.filter((c) => (c.method === 'sendMessage' || c.method === 'sendPhoto') && Number(c.body.chat_id) === chat);
const textOfCall = (c: FakeTelegramServer['calls'][number]) => String(c.body.text ?? c.body.caption ?? '');


describe('three processes on one PostgreSQL', () => {
  it('start together, and with one killed mid-load lose no reply, double none, and keep 30 a second together', async () => {
    const started = performance.now();
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    for (const [i, port] of ports.entries()) servers.push({ ...startServer(port, `p${i}`), port, killed: false });
    const healthy = await Promise.all(servers.map((s) => healthyWithin(s.port, 60_000)));
    const startSeconds = (performance.now() - started) / 1000;
    const logs = await Promise.all(servers.map((s) => (s.child.exitCode === null ? '' : s.done.then((d) => d.err))));
    expect(healthy, logs.join('\n')).toEqual([true, true, true]);

    // the load: every user's messages in order (Telegram delivers a chat's updates one after another)
    const total = USERS * SCRIPT.length;
    let posted = 0;
    let victim: (typeof servers)[number] | undefined;
    let redelivered = 0;
    const load = Array.from({ length: USERS }, async (_, user) => {
      for (const text of SCRIPT) {
        const attempts = await deliver(user, text);
        redelivered += attempts - 1;
        if (++posted >= total * KILL_AT && !victim) {
          victim = servers[1]!;
          victim.killed = true;
          victim.child.kill('SIGKILL');
        }
      }
    });
    await Promise.all(load);
    expect(victim?.killed).toBe(true);

    // whatever the killed process committed and did not send is sent by the others once its claim runs out
    const end = Date.now() + 30_000;
    let last = -1;
    for (;;) {
      const pending = await db.prisma.pendingReply.count();
      const sends = tg.calls.length;
      if (pending === 0 && sends === last) break;
      if (Date.now() > end) throw new Error(`replies still pending: ${pending}`);
      last = sends;
      await new Promise((r) => setTimeout(r, 1500));
    }

    // every user sent the same messages, so every user gets the same replies: the most common sequence
    const sequences = Array.from({ length: USERS }, (_, user) => sendsTo(5_000_000 + user).map(textOfCall));
    const counts = new Map<string, number>();
    for (const s of sequences) counts.set(JSON.stringify(s), (counts.get(JSON.stringify(s)) ?? 0) + 1);
    const expected = JSON.parse([...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]) as string[];
    // per user, each reply text as often as expected: fewer is lost, more is doubled; the order is reported
    const tally = (texts: string[]) => texts.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
    const want = tally(expected);
    const differences = sequences.map((s) => {
      const got = tally(s);
      const keys = new Set([...want.keys(), ...got.keys()]);
      return [...keys].map((k) => (got.get(k) ?? 0) - (want.get(k) ?? 0));
    });
    const lost = differences.filter((d) => d.some((n) => n < 0)).length;
    const doubled = differences.filter((d) => d.some((n) => n > 0)).length;
    const reordered = sequences.filter((s, i) => JSON.stringify(s) !== JSON.stringify(expected) && differences[i]!.every((n) => n === 0)).length;
    const sendTimes = tg.calls.filter((c) => c.method === 'sendMessage' || c.method === 'sendPhoto').map((c) => c.at);
    const busiest = busiestSecond(sendTimes);
    const closestPerChat = Math.min(
      ...Array.from({ length: USERS }, (_, user) => sendsTo(5_000_000 + user).map((c) => c.at)).flatMap((t) => t.slice(1).map((at, i) => at - t[i]!)),
    );
    console.info(
      `multi-process: 3 started in ${startSeconds.toFixed(1)} s; ${USERS} users × ${SCRIPT.length} messages, one process killed at ${KILL_AT * 100} %; ` +
        `${redelivered} webhook posts redelivered; ${sendTimes.length} replies (${expected.length} per user); lost ${lost}, doubled ${doubled}, another order ${reordered}; ` +
        `busiest second ${busiest} sends; closest two to one chat ${closestPerChat.toFixed(0)} ms; ${((performance.now() - started) / 1000).toFixed(1)} s in all`,
    );
    expect(expected.length).toBeGreaterThanOrEqual(SCRIPT.length);
    expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
    expect(busiest).toBeLessThanOrEqual(30);
    expect(closestPerChat).toBeGreaterThanOrEqual(950);

    // the two left stop cleanly
    for (const s of servers.filter((x) => !x.killed)) s.child.kill('SIGTERM');
    for (const s of servers.filter((x) => !x.killed)) expect((await s.done).code).toBe(0);
  }, 150_000);
});
