// The real server (`npm start` as package.json says it: node with tsx's loader running server/main.ts) as a
// child process on a free loopback port, for the scenarios that load it over HTTP or read its memory. Memory
// is read for the whole process tree under the pid we spawned (tools it starts would count there).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface ServerProcess {
  port: number;
  url: string;
  pid: number;
  /** resident memory in MB: the largest process of the tree (the server itself) and the whole tree (with tsx) */
  memory(): { serverMb: number; treeMb: number; serverPeakMb: number };
  log(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** NaN once the process is gone: a server that died has no memory to report, and must never meet a target */
function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function tree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, 'utf8').split(/\s+/).filter(Boolean)) pids.push(Number(task));
    } catch {
      // the process is gone
    }
  }
  return pids;
}

/**
 * `npm start` exactly as package.json says it (its environment settings, node and its flags), without npm's
 * own process in between: "MALLOC_ARENA_MAX=2 … node … scripts/start.mjs" (which loads dist/main.js). Its prestart (the build into dist/) is
 * run once per benchmark by startServer.
 */
export function startCommand(): { env: Record<string, string>; command: string; args: string[] } {
  const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  const [program, ...args] = words;
  return { env, command: program === 'node' ? process.execPath : path.resolve('node_modules/.bin', program!), args };
}

let built: Promise<void> | undefined;

/** package.json's prestart script, as `npm start` runs it before the server (once per benchmark process) */
function prestart(): Promise<void> {
  const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { prestart?: string } }).scripts.prestart;
  built ??= new Promise((resolve, reject) => {
    if (!script) return resolve();
    const child = spawn('sh', ['-c', script], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prestart (${script}) exited with ${code}`))));
  });
  return built;
}

export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  await prestart();
  const port = await freePort();
  const start = startCommand();
  const child: ChildProcess = spawn(start.command, start.args, {
    env: {
      ...process.env,
      ...start.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      TELEGRAM_BOT_TOKEN: '',
      WHATSAPP_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // not listed among the checkout's running servers (a developer's `npm run db:seed` must not find it)
      ETALASE_RUN_DIR: path.join(dataDir, '.run'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output = (output + String(d)).slice(-20_000)));
  child.stderr!.on('data', (d) => (output = (output + String(d)).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited while starting:\n${output}`);
    if (await fetch(`${url}/health`).then((r) => r.ok).catch(() => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /health within 180 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = child.pid!;
  return {
    port,
    url,
    pid,
    memory() {
      const pids = tree(pid);
      const rss = pids.map((p) => statusKb(p, 'VmRSS'));
      const biggest = pids[rss.indexOf(Math.max(...rss))] ?? pid;
      return { serverMb: Math.max(...rss) / 1024, treeMb: rss.reduce((a, b) => a + b, 0) / 1024, serverPeakMb: statusKb(biggest, 'VmHWM') / 1024 };
    },
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timeout);
      }
    },
  };
}
