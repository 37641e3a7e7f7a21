// Issue 19: thousands of random and hostile messages (NUL and other control characters, lone surrogates,
// absurd lengths, format strings, injections) over every step of every flow, through the console turn
// endpoint and the web chat over app.request(). Seeded: FUZZ_SEED=<n> replays a reported failure; the
// benchmark's "hostile" scenario runs the same fuzz longer. See bench/lib/hostile-fuzz.ts for the checks.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../domain/db/database.ts';
import { createMediaStore, type MediaStore } from '../../domain/media/media-store.ts';
import { runHostileFuzz } from '../../bench/lib/hostile-fuzz.ts';
import { createDemoDatabase } from '../helpers/test-database.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 19_019);
const MESSAGES = Number(process.env.FUZZ_MESSAGES ?? 5_000);

let db: Database;
let dataDir: string;
let store: MediaStore;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-fuzz-'));
  db = await createDemoDatabase(dataDir);
  store = createMediaStore({ dataDir, maxBytes: 10 * 1024 * 1024 });
}, 300_000);
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('hostile text fuzz', () => {
  it(`answers ${MESSAGES} random and hostile messages over every flow step without failing a turn (seed ${SEED})`, async () => {
    const report = await runHostileFuzz(db, store, { seed: SEED, messages: MESSAGES, log: (line) => console.log(line) });
    expect(report.failure, report.failure).toBeUndefined();
    expect(report.messages).toBeGreaterThanOrEqual(MESSAGES);
    // the sweep put hostile messages in front of every step of every flow
    expect(report.stepsCovered).toBe(report.stepsTotal);
  }, 600_000);
});
