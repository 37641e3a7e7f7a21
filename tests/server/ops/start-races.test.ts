// Issue 19: two `npm start` in one checkout. The build (scripts/build.mjs) never leaves dist/ without its
// main.js while another build runs, and skips itself when the sources did not change; of two servers on one
// data folder, one serves and the other says once, clearly, that the folder is in use, and exits non-zero.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCommand } from '../../../bench/lib/server-process.ts';
import { createTestDataDir } from '../../helpers/test-database.ts';
import { freePort, healthyWithin, projectRoot as root, startProcess as run } from '../../helpers/processes.ts';
import { buildServer } from '../../../scripts/build.mjs';

describe('two npm start in one checkout', () => {
  it('builds never leave dist without its main.js, and an unchanged checkout is not built again', async () => {
    await buildServer();
    const main = path.join(root, 'dist', 'main.js');
    let missing = 0;
    let looks = 0;
    const watch = setInterval(() => {
      looks++;
      if (!existsSync(main) || !existsSync(path.join(root, 'dist', 'pglite-worker.js'))) missing++;
    }, 2);
    try {
      // two builds at once (--force: the sources did not change, they would skip otherwise)
      const builds = [run(process.execPath, ['scripts/build.mjs', '--force']), run(process.execPath, ['scripts/build.mjs', '--force'])];
      const results = await Promise.all(builds.map((b) => b.done));
      for (const r of results) expect(r.code, r.err).toBe(0);
    } finally {
      clearInterval(watch);
    }
    expect(looks).toBeGreaterThan(50);
    expect(missing).toBe(0);
    const current = realpathSync(path.join(root, 'dist'));
    // nothing changed since: the next start does not build
    const again = await run(process.execPath, ['scripts/build.mjs']).done;
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/dist\/ is up to date/);
    expect(realpathSync(path.join(root, 'dist'))).toBe(current);
    expect(readFileSync(path.join(current, '.build-hash'), 'utf8')).toMatch(/^[0-9a-f]{20}$/);
  }, 120_000);

  it('a second server on the same data folder says once that the folder is in use and exits non-zero', async () => {
    await buildServer();
    // the migrated database already in it: the race is for the folder, not for initdb (server-process.test.ts
    // starts on an empty folder)
    const dataDir = await createTestDataDir('etalase-race-');
    const start = startCommand();
    const env = (port: number) => ({ ...start.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', TELEGRAM_BOT_TOKEN: '', WHATSAPP_ENABLED: 'false', LOG_LEVEL: 'warn', SCHEDULER_ENABLED: 'false', ETALASE_RUN_DIR: path.join(dataDir, '.run') });
    const ports = [await freePort(), await freePort()];
    // both at once, as two terminals would
    const servers = ports.map((port) => ({ port, ...run(start.command, start.args, env(port)) }));
    try {
      const loser = await Promise.race(servers.map(async (s) => ({ s, result: await s.done })));
      expect(loser.result.code).toBe(1);
      const lines = loser.result.err.split('\n').filter((l) => l.trim());
      expect(lines, loser.result.err).toHaveLength(1);
      expect(lines[0]).toMatch(/^Etalase NTT cannot start: the data folder .* is in use by another Etalase NTT server \(pid \d+/);
      const winner = servers.find((s) => s !== loser.s)!;
      expect(lines[0]).toContain(`pid ${winner.child.pid}`);
      // the other one serves, undisturbed
      expect(await healthyWithin(winner.port)).toBe(true);
      // started again while it runs: the same single line, now with its address
      const third = await run(start.command, start.args, env(await freePort())).done;
      expect(third.code).toBe(1);
      expect(third.err.trim().split('\n')).toEqual([expect.stringContaining(`in use by another Etalase NTT server (pid ${winner.child.pid}, http://localhost:${winner.port})`)]);
      winner.child.kill('SIGTERM');
      expect((await winner.done).code).toBe(0);
    } finally {
      for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    }
  }, 180_000);
});
