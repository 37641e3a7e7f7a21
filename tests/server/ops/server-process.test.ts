// The real server process (as `npm start` runs it: the build in dist/, node with the start script's flags) against a fake Bot API over real HTTP long polling:
// a conversation runs, /health and /metrics show it, and a SIGTERM during load loses no inbound message
// (a second process picks up whatever the first did not confirm; redeliveries are ignored).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegramServer, type FakeTelegramServer } from '../../fakes/fake-telegram-server.ts';
import { startCommand } from '../../../bench/lib/server-process.ts';
import { buildServer } from '../../../scripts/build.mjs';
import { freePort } from '../../helpers/processes.ts';

let tg: FakeTelegramServer;
let dataDir: string;

async function until<T>(check: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `npm start` as package.json says it: its prestart (the build into dist/) ran in beforeAll, then its command */
async function startServer(port: number): Promise<ChildProcess> {
  const start = startCommand();
  const child = spawn(start.command, start.args, {
    env: { ...process.env, ...start.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.url, LOG_LEVEL: 'warn', SCHEDULER_ENABLED: 'false', ETALASE_RUN_DIR: path.join(dataDir, '.run') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += String(d)));
  child.stderr!.on('data', (d) => (log += String(d)));
  await until(async () => (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok).catch(() => false)) || undefined, 90_000).catch((e) => {
    throw new Error(`server did not start: ${(e as Error).message}\n${log}`);
  });
  await until(() => tg.calls.some((c) => c.method === 'getUpdates') || undefined);
  return child;
}

const from = (id: number) => ({ id, is_bot: false, first_name: `U${id}`, language_code: 'id' });
const say = (id: number, text: string) => tg.push({ message: { message_id: id, date: 1, chat: { id, type: 'private', first_name: `U${id}` }, from: from(id), text } } as never);
const sentTo = (id: number) => tg.calls.filter((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === id);

beforeAll(async () => {
  await buildServer();
  tg = await startFakeTelegramServer();
  dataDir = mkdtempSync(path.join(tmpdir(), 'etalase-ops-'));
});
afterAll(() => tg.close());

describe('server process with Telegram long polling', () => {
  it('runs a conversation, reports it on /health and /metrics, and loses nothing on SIGTERM', async () => {
    const port = await freePort();
    const first = await startServer(port);
    say(101, '/start');
    await until(() => sentTo(101).find((c) => String(c.body.text).includes('Mau belanja atau jual produk?')));
    const health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { parts: { telegram: { state: string; lastUpdateAt: string | null } } };
    expect(health.parts.telegram.state).toBe('polling');
    expect(health.parts.telegram.lastUpdateAt).not.toBeNull();
    // the public catalogue stays public in the fully assembled server (admin routes guard only themselves)
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/regions`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/admin/whatsapp/qr`)).status).toBe(401);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/etalase_messages_in_total\{channel="TELEGRAM"\} [1-9]/);
    expect(metrics).toContain('etalase_message_handling_seconds_bucket');
    expect(metrics).toContain('etalase_outbox_backlog');

    // load: 40 new users write at once, and the process is told to stop in the middle of it
    const users = Array.from({ length: 40 }, (_, i) => 2000 + i);
    for (const u of users) say(u, 'halo');
    await until(() => users.some((u) => sentTo(u).length > 0) || undefined);
    first.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => first.on('exit', resolve));
    expect(code).toBe(0);

    const second = await startServer(port);
    try {
      await until(() => users.every((u) => sentTo(u).length > 0) || undefined, 60_000);
      // every user greeted exactly once: nothing lost, nothing handled twice
      for (const u of users) expect(sentTo(u).filter((c) => String(c.body.text).includes('Selamat datang')), `user ${u}`).toHaveLength(1);
    } finally {
      second.kill('SIGTERM');
      await new Promise((resolve) => second.on('exit', resolve));
    }
  }, 240_000);
});
