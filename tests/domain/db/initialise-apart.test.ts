// A new data folder's initdb and migrations in a process of their own (domain/db/pglite-worker/initialise-apart.ts),
// from the TypeScript sources (boot.mjs registers tsx in the child). A successful first start, with every
// migration named, is tested through the build by tests/server/ops/server-process (its server starts on an
// empty folder) and deploy-files (the unit's start names them all): an initdb here would add ~15-30 s.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialiseApart } from '../../../domain/db/pglite-worker/initialise-apart.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'etalase-initialise-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('initialiseApart', () => {
  it("passes on the child's own error (its code too), rather than hanging or a bare exit code", async () => {
    // a data folder under a file: the child loads PGlite, which cannot create the folder
    const blocker = path.join(dir, 'a-file');
    await writeFile(blocker, 'not a folder');
    const pgliteDir = path.join(blocker, 'pglite');
    await expect(initialiseApart(pgliteDir, true)).rejects.toMatchObject({ code: 'ENOTDIR', message: expect.stringContaining(pgliteDir) });
  }, 60_000);
});
