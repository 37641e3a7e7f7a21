// The data folder: the embedded database, media, the WhatsApp login, and two small files that let a second
// process (console chat, seed, backup) find the running server and prove it is local: server.json (pid and
// port of the process that holds the embedded database) and .local-secret (readable by the owner only).
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const pgliteDirOf = (dataDir: string) => path.join(dataDir, 'pglite');

const serverInfoSchema = z.object({ pid: z.number().int(), port: z.number().int(), startedAt: z.string() });
export type ServerInfo = z.infer<typeof serverInfoSchema>;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The running server of this data folder, if any (a stale file of a dead process counts as none). */
export function readServerInfo(dataDir: string): ServerInfo | null {
  try {
    const info = serverInfoSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'server.json'), 'utf8')));
    return isAlive(info.pid) && info.pid !== process.pid ? info : null;
  } catch {
    return null;
  }
}

export function writeServerInfo(dataDir: string, port: number): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, 'server.json'), JSON.stringify({ pid: process.pid, port, startedAt: new Date().toISOString() }));
}

export function removeServerInfo(dataDir: string): void {
  try {
    const info = serverInfoSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'server.json'), 'utf8')));
    if (info.pid === process.pid) rmSync(path.join(dataDir, 'server.json'));
  } catch {
    // nothing to remove
  }
}

/** A secret shared by the processes of one machine through the data folder (mode 0600). */
export function localSecret(dataDir: string): string {
  const file = path.join(dataDir, '.local-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('hex');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

/**
 * PGlite serves one process per data folder. Refuses to open it when another live process holds it,
 * naming what to do instead.
 */
export function assertEmbeddedDatabaseFree(dataDir: string): void {
  const running = readServerInfo(dataDir);
  if (running) {
    throw new Error(
      `the embedded database in ${dataDir} is held by the running server (pid ${running.pid}, port ${running.port}); go through it, or stop it first`,
    );
  }
}
