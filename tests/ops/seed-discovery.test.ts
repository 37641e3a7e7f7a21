// Issue 19: `npm run db:seed -- --demo` without DATA_DIR used to seed ./data silently while the user's server
// ran on another data folder. Now it finds that server the way `npm run chat` does (the checkout's registry of
// running servers) and says where the seed went; with no server it says which folder it seeded.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../api/config/config.ts';
import { otherServer, WhichServerError } from '../../api/runtime/local-access.ts';
import { startCommand } from '../../bench/lib/server-process.ts';
import { buildServer } from '../../scripts/build.mjs';
import { pgliteDirOf } from '../../api/runtime/data-dir.ts';
import { createTestDataDir } from '../helpers/test-database.ts';

const root = path.resolve(import.meta.dirname, '../..');
// `npm run db:seed` runs this (package.json): the seed from the build in dist/
const tool = path.join(root, 'scripts', 'tool.mjs');

function run(command: string, args: string[], env: Record<string, string | undefined>, cwd = root) {
  const clean = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete clean[k];
  const child = spawn(command, args, { cwd, env: clean, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (err += String(d)));
  return { child, done: new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('exit', (code) => resolve({ code, out, err }))) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('db:seed finds the running server', () => {
  it('without DATA_DIR seeds the server running on another data folder, and says so', async () => {
    await buildServer();
    const runDir = mkdtempSync(path.join(tmpdir(), 'etalase-run-'));
    // data folders with the migrated database in them, as a first start leaves them (initdb is not tested here)
    const serverData = await createTestDataDir('etalase-seed-srv-');
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'etalase-seed-cwd-'));
    const port = await freePort();
    const start = startCommand();
    const server = run(start.command, start.args, { ...start.env, ETALASE_RUN_DIR: runDir, DATA_DIR: serverData, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', TELEGRAM_BOT_TOKEN: '', WHATSAPP_ENABLED: 'false', LOG_LEVEL: 'warn', SCHEDULER_ENABLED: 'false' });
    try {
      const end = Date.now() + 90_000;
      let healthy = false;
      while (!healthy && Date.now() < end) {
        healthy = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok).catch(() => false);
        if (!healthy) await new Promise((r) => setTimeout(r, 200));
      }
      expect(healthy).toBe(true);
      // from another folder, DATA_DIR unset: ./data there would be the wrong place
      const seed = await run(process.execPath, [tool, 'seed', '--demo'], { ETALASE_RUN_DIR: runDir, DATA_DIR: undefined, DATABASE_URL: '' }, elsewhere).done;
      expect(seed.code, seed.err).toBe(0);
      expect(seed.out).toContain(`demo data and reference data seeded through the running server at http://localhost:${port} (data folder ${serverData})`);
      expect(existsSync(path.join(elsewhere, 'data'))).toBe(false);
      expect(seed.out).toMatch(/"producers": 12/);
      // the server has the demo now: its catalogue lists the demo's products
      const products = JSON.stringify(await (await fetch(`http://127.0.0.1:${port}/api/v1/products`)).json());
      expect(products).toMatch(/Bajawa/);
    } finally {
      server.child.kill('SIGTERM');
      await server.done;
    }

    // no server any more: the seed says which folder it filled (./data there, given the migrated database)
    const local = await createTestDataDir('etalase-seed-local-');
    renameSync(local, path.join(elsewhere, 'data'));
    expect(existsSync(pgliteDirOf(path.join(elsewhere, 'data')))).toBe(true);
    const direct = await run(process.execPath, [tool, 'seed'], { ETALASE_RUN_DIR: runDir, DATA_DIR: undefined, DATABASE_URL: '' }, elsewhere).done;
    expect(direct.code, direct.err).toBe(0);
    expect(direct.out).toContain(`reference data seeded into the embedded database in ${path.join(elsewhere, 'data')} (no server is running on it; set DATA_DIR to seed another folder)`);
  }, 240_000);

  it('asks for DATA_DIR when several servers run elsewhere', () => {
    const config = { dataDir: '/srv/a' } as Config;
    const server = (dataDir: string, port: number) => ({ pid: port, port, dataDir, database: 'pglite' as const, startedAt: '2026-12-06T00:00:00Z' });
    expect(otherServer(config, [])).toBeNull();
    expect(otherServer(config, [server('/srv/b', 3001)])?.port).toBe(3001);
    expect(() => otherServer(config, [server('/srv/b', 3001), server('/srv/c', 3002)])).toThrow(WhichServerError);
    expect(() => otherServer(config, [server('/srv/b', 3001), server('/srv/c', 3002)])).toThrow(/set DATA_DIR to the one you mean/);
  });
});
