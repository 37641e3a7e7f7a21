// Issue 19: `npm run db:seed -- --demo` without DATA_DIR used to seed ./data silently while the user's server
// ran on another data folder. Now it finds that server the way `npm run chat` does (the checkout's registry of
// running servers) and says where the seed went; with no server it says which folder it seeded.
import { existsSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../server/config/config.ts';
import { otherServer, WhichServerError } from '../../../server/runtime/local-access.ts';
import { startCommand } from '../../../bench/lib/server-process.ts';
import { buildServer } from '../../../scripts/build.mjs';
import { pgliteDirOf } from '../../../server/runtime/data-dir.ts';
import { createTestDataDir } from '../../helpers/test-database.ts';
import { freePort, healthyWithin, projectRoot as root, startProcess as run } from '../../helpers/processes.ts';

// `npm run db:seed` runs this (package.json): the seed from the build in dist/
const tool = path.join(root, 'scripts', 'tool.mjs');

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
      expect(await healthyWithin(port)).toBe(true);
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
