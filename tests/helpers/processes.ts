// Real processes in the ops tests (the server, the command-line tools, the build): started with their output
// collected, and a server's /health waited for. A free port comes from the benchmark's freePort.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export { freePort } from '../../bench/lib/server-process.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface Started {
  child: ChildProcess;
  done: Promise<{ code: number | null; out: string; err: string }>;
}

/** Starts a process in the project folder (or `cwd`); env entries set to undefined are removed. */
export function startProcess(command: string, args: string[], env: Record<string, string | undefined> = {}, cwd = projectRoot): Started {
  const merged: Record<string, string | undefined> = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete merged[k];
  const child = spawn(command, args, { cwd, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (err += String(d)));
  return { child, done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err }))) };
}

/** True once http://127.0.0.1:port/health answers 200, false after `ms`. */
export async function healthyWithin(port: number, ms = 90_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}
