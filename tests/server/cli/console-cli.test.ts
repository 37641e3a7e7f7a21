// `npm run chat` end to end on a script: a real process on a new data folder, piped input, and a
// second process continuing the same conversation (state lives in the database, not in memory).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDataDir } from '../../helpers/test-database.ts';

// what `npm run chat` runs (package.json): the console chat from the build in dist/
const tool = path.resolve('scripts/tool.mjs');

function chat(dataDir: string, input: string, user = 'tester') {
  const result = spawnSync(process.execPath, [tool, 'chat', '--user', user], { input, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' }, timeout: 90_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('console chat', () => {
  it('prints the welcome in the language typed and the next step, then continues after a restart', async () => {
    // a new data folder with the migrated database, as a first start leaves it
    const dataDir = await createTestDataDir('etalase-cli-');
    const first = chat(dataDir, 'hi\n');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('> hi');
    expect(first.out).toContain('Would you like to shop or to sell products?');
    expect(first.out).toContain('3. 🇮🇩 Bahasa Indonesia');
    // a new process on the same data folder: the conversation is where it was
    const second = chat(dataDir, '2\nMaria Lende\n');
    expect(second.code).toBe(0);
    expect(second.out).toContain('What is your full name');
    expect(second.out).toContain('What is your business called?');
  }, 180_000);

  it('refuses a bad user name with a usage line and exit code 2', async () => {
    const dataDir = await createTestDataDir('etalase-cli-');
    const result = chat(dataDir, '', 'bad name!');
    expect(result.code).toBe(2);
    expect(result.err).toContain('usage: npm run chat');
  });
});
