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

/** whether a process with this pid runs (EPERM: it runs as another user); the server registry asks too */
export function isAlive(pid: number): boolean {
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

const lockFile = (dataDir: string) => path.join(dataDir, 'pglite.lock');

/** The live process holding the embedded database, if any. */
export function embeddedDatabaseHolder(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(lockFile(dataDir), 'utf8').trim());
    return Number.isInteger(pid) && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * PGlite serves one process per data folder: the process that opens it writes pglite.lock with its pid
 * (a stale lock of a dead process is taken over). Refuses when another live process holds it.
 */
export function lockEmbeddedDatabase(dataDir: string): () => void {
  const holder = embeddedDatabaseHolder(dataDir);
  if (holder) {
    const server = readServerInfo(dataDir);
    throw new Error(
      server
        ? `the embedded database in ${dataDir} is held by the running server (pid ${server.pid}, port ${server.port}); go through it, or stop it first`
        : `the embedded database in ${dataDir} is held by process ${holder}; wait for it to finish or stop it first`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockFile(dataDir), String(process.pid));
  return () => {
    if (embeddedDatabaseHolder(dataDir) === null) rmSync(lockFile(dataDir), { force: true });
  };
}

/** The server waits for a command-line tool that opened the database just before it (a seed, a backup). */
export async function lockEmbeddedDatabaseWaiting(dataDir: string, waitMs: number): Promise<() => void> {
  const end = Date.now() + waitMs;
  while (embeddedDatabaseHolder(dataDir) && !readServerInfo(dataDir) && Date.now() < end) await new Promise((r) => setTimeout(r, 250));
  return lockEmbeddedDatabase(dataDir);
}

/** For tools that go through the server: the running server, waiting a little while it is starting. */
export async function waitForServer(dataDir: string, timeoutMs = 90_000): Promise<ServerInfo | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const server = readServerInfo(dataDir);
    if (server) return server;
    if (!embeddedDatabaseHolder(dataDir) || Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Refuses to open the embedded database while another live process holds it. */
export function assertEmbeddedDatabaseFree(dataDir: string): void {
  lockEmbeddedDatabase(dataDir)();
}

/** A second server on a data folder another live server uses. */
export class DataDirInUseError extends Error {}

/**
 * One server per data folder, whatever the database (the folder also holds media and the WhatsApp login):
 * server.lock, created exclusively with this process's pid; a lock of a dead process is taken over.
 * Returns the release function. Throws DataDirInUseError naming the other server.
 */
export function claimDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'server.lock');
  mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        const server = readServerInfo(dataDir);
        throw new DataDirInUseError(
          `the data folder ${dataDir} is in use by another Etalase NTT server (pid ${holder}${server ? `, http://localhost:${server.port}` : ', still starting'}); stop it first, or give this one another DATA_DIR`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  return () => {
    try {
      if (Number(readFileSync(file, 'utf8').trim()) === process.pid) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
}
