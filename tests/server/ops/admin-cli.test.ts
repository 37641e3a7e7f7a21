// `npm run admin` as an operator uses it (package.json: scripts/tool.mjs, the tool from the build in dist/): each command prints what it did and exits non-zero on error.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDataDir } from '../../helpers/test-database.ts';

// a data folder with the migrated database in it, as a first start leaves it (initdb is not what is tested)
let dataDir: string;
beforeAll(async () => {
  dataDir = await createTestDataDir('etalase-admin-');
});
const admin = (...args: string[]) => {
  const r = spawnSync(process.execPath, [path.resolve('scripts/tool.mjs'), 'admin', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: '1' }, timeout: 90_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('admin command line', () => {
  it('creates the first admin invitation and lists users', () => {
    const invite = admin('invite', '--role', 'ADMIN');
    expect(invite.err).toBe('');
    expect(invite.code).toBe(0);
    const body = JSON.parse(invite.out) as { invitation: string; role: string; howTo: string };
    expect(body.role).toBe('ADMIN');
    expect(body.invitation.length).toBeGreaterThanOrEqual(6);
    expect(body.howTo).toContain(`/claim ${body.invitation}`);
    const curator = admin('invite', '--role', 'curator', '--regions', '53.09,53.10');
    expect(JSON.parse(curator.out).regions).toEqual(['53.09', '53.10']);
    const users = admin('users');
    expect(users.code).toBe(0);
    expect(JSON.parse(users.out)).toEqual([]);
  }, 180_000);

  it('exits non-zero with a clear message on errors and bad arguments', () => {
    const unknownUser = admin('token', 'create', '--user', 'console:nobody', '--name', 'x');
    expect(unknownUser.code).toBe(1);
    expect(unknownUser.err).toContain('no user with the console identity nobody');
    const badRegion = admin('invite', '--role', 'CURATOR', '--regions', '99.99');
    expect(badRegion.code).not.toBe(0);
    const usage = admin('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('usage: npm run admin');
    // the launcher package.json runs: an unknown tool name is a usage error too
    const noTool = spawnSync(process.execPath, [path.resolve('scripts/tool.mjs'), 'nope'], { encoding: 'utf8' });
    expect(noTool.status).toBe(2);
    expect(noTool.stderr).toContain('usage: node scripts/tool.mjs admin|chat|seed');
    const status = admin('status');
    expect(status.code).toBe(1);
    expect(status.out).toContain('not running');
  }, 180_000);
});
