// A new data folder is created (Postgres's initdb, inside PGlite) and migrated in a child process that then
// exits (initialise.ts). initdb grows the WebAssembly heap it runs in to ~700 MB, and that heap never
// shrinks: in the server's database thread it stayed (first start on an empty folder 300 MB idle against
// 220 MB for the same folder opened again). In a thread of its own that then ended, the heap went, but the
// allocator's arenas the thread had used kept ~20 MB more than a restart (the server's brk heap 36 against
// 17 MB) and the process peaked at ~720 MB; a process hands everything back when it exits.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WireError } from './protocol.ts';

export type InitialiseMessage = { kind: 'ready'; migrationsApplied: string[] } | { kind: 'failed'; error: WireError };

/** from the TypeScript sources (tsx, vitest) the process registers tsx first (boot.mjs); from the build, its own bundle */
const fromSources = import.meta.url.endsWith('.ts');

function buildFolderOf(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.build-hash'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no build (.build-hash) above ${from}`);
  }
}

/** Creates the embedded database in `dataDir` and, with `migrate`, applies the migrations; returns their names. */
export function initialiseApart(dataDir: string, migrate: boolean): Promise<string[]> {
  const entry = fromSources
    ? { module: fileURLToPath(new URL('./boot.mjs', import.meta.url)), args: [new URL('./initialise.ts', import.meta.url).href] }
    : { module: path.join(buildFolderOf(path.dirname(fileURLToPath(import.meta.url))), 'pglite-initialise.js'), args: [] };
  const child = fork(entry.module, [...entry.args, dataDir, migrate ? 'migrate' : 'create'], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let answered = false;
    child.once('message', (message: InitialiseMessage) => {
      answered = true;
      if (message.kind === 'ready') return resolve(message.migrationsApplied);
      const error = new Error(message.error.message) as Error & { code?: string };
      error.name = message.error.name;
      if (message.error.code) error.code = message.error.code;
      reject(error);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!answered) reject(new Error(`the embedded database's initialisation ended without an answer (${signal ?? `exit code ${code}`})`));
    });
  });
}
