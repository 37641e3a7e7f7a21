// A rate-limited fake Bot API in a child process of its own (see rate-limited-bot-api.ts). The child prints
// its port on its first line; the parent reads what was accepted from GET /__bench/stats and ends it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRateLimitedBotApi, type Accepted, type Limits } from './rate-limited-bot-api.ts';

export interface BotApiProcess {
  url: string;
  token: string;
  stats(): Promise<{ accepted: Accepted[]; rejected: number; rejectedPerChat: number }>;
  stop(): Promise<void>;
}

const here = fileURLToPath(import.meta.url);

export async function spawnBotApi(token: string, limits: Limits): Promise<BotApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', here], {
    env: { ...process.env, BENCH_BOT_API: JSON.stringify({ token, limits }) },
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: path.resolve(path.dirname(here), '..', '..'),
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`the fake Bot API exited (${code}) before it listened`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    token,
    stats: async () => (await (await fetch(`${url}/__bench/stats`)).json()) as Awaited<ReturnType<BotApiProcess['stats']>>,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

// the child: listen, print the address, serve until told to stop
if (process.env.BENCH_BOT_API && process.argv[1] === here) {
  const { token, limits } = JSON.parse(process.env.BENCH_BOT_API) as { token: string; limits: Limits };
  const api = await startRateLimitedBotApi(token, limits);
  process.stdout.write(`${api.url}\n`);
  process.on('SIGTERM', () => void api.close().then(() => process.exit(0)));
}
