// The embedded database's autovacuum (PGlite has none of its own): a table past Postgres's thresholds is
// vacuumed and analysed, one only modified past the analyse threshold is analysed, quiet tables are left.
// Always on PGlite: that is the only database it runs on (PostgreSQL has its own autovacuum).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../domain/db/database.ts';
import { autovacuumPass, startAutovacuum, stepStatement, type StepReport } from '../../../domain/db/embedded-autovacuum.ts';
import { openTestPglite } from '../../helpers/test-database.ts';

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ pglite: await openTestPglite('migrated'), migrate: false });
}, 60_000);
afterAll(() => db.close());

/** Postgres publishes a session's table counters at most once a second, when it is idle between statements */
async function statisticsPublished(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1_100));
  await db.prisma.$queryRaw`SELECT 1`;
}

const stats = async (table: string) =>
  (await db.prisma.$queryRaw<{ dead: number; vacuumed: boolean; analysed: boolean }[]>`
    SELECT n_dead_tup::int AS dead, last_vacuum IS NOT NULL AS vacuumed, last_analyze IS NOT NULL AS analysed FROM pg_stat_user_tables WHERE relname = ${table}`)[0]!;

describe('embedded autovacuum', () => {
  it('vacuums a table full of dead rows, analyses one that changed, leaves the rest', async () => {
    await db.prisma.$executeRaw`INSERT INTO "Category" (id, "nameId", "nameEn") SELECT 'c' || g, 'K' || g, 'C' || g FROM generate_series(1, 300) g`;
    await db.prisma.$executeRaw`UPDATE "Category" SET "sortOrder" = "sortOrder" + 1`; // 300 dead row versions
    await db.prisma.$executeRaw`INSERT INTO "Region" (code, name, "shortName", type, seat, island, "areaKm2") SELECT 'r' || g, 'R', 'R', 'kabupaten', 'S', 'I', 1 FROM generate_series(1, 80) g`;
    await statisticsPublished();
    expect((await stats('Category')).dead).toBeGreaterThanOrEqual(300);

    const pass = await autovacuumPass(db.prisma);
    expect(pass.vacuumed).toContain('"Category"');
    expect(pass.analysed).toContain('"Region"');
    expect([...pass.vacuumed, ...pass.analysed]).not.toContain('"Product"');
    expect(await stats('Category')).toMatchObject({ dead: 0, vacuumed: true, analysed: true });
    expect(await stats('Region')).toMatchObject({ vacuumed: false, analysed: true });

    // nothing changed since: the next pass does nothing
    await statisticsPublished();
    expect(await autovacuumPass(db.prisma)).toEqual({ vacuumed: [], analysed: [] });
  });
});

describe('embedded autovacuum in the chat\'s quiet moments', () => {

  /** dead rows in "Category" past the vacuum threshold, published */
  async function deadRows(): Promise<void> {
    await db.prisma.$executeRaw`UPDATE "Category" SET "sortOrder" = "sortOrder" + 1`;
    await statisticsPublished();
  }

  async function firstStep(options: Parameters<typeof startAutovacuum>[1]): Promise<{ step: StepReport; after: number }> {
    const started = performance.now();
    let resolve!: (step: StepReport) => void;
    const seen = new Promise<StepReport>((r) => (resolve = r));
    const vacuum = startAutovacuum(db.prisma, { intervalMs: 20, ...options, onStep: resolve, onError: (e) => { throw e; } });
    const step = await seen;
    const after = performance.now() - started;
    await vacuum.stop();
    return { step, after };
  }

  it('waits for the application to send no statement for a moment, then vacuums without truncating', async () => {
    await deadRows();
    let count = 0;
    const busyFor = 400;
    const t0 = performance.now();
    // a chat sending statements for 400 ms, then quiet
    const ticker = setInterval(() => (performance.now() - t0 < busyFor ? count++ : undefined), 5);
    const { step, after } = await firstStep({ activity: () => count, quietMs: 100, maxDeferralMs: 30_000 });
    clearInterval(ticker);
    expect(step).toMatchObject({ table: '"Category"', quiet: true });
    expect(after).toBeGreaterThanOrEqual(busyFor);
    expect(stepStatement(step)).toBe('VACUUM (TRUNCATE false, ANALYZE) "Category"');
    expect((await stats('Category')).dead).toBe(0);
  });

  it('under a load that never pauses, a due step still runs once its deferral is over', async () => {
    await deadRows();
    let count = 0;
    const ticker = setInterval(() => count++, 5);
    const { step, after } = await firstStep({ activity: () => count, quietMs: 100, maxDeferralMs: 300 });
    clearInterval(ticker);
    expect(step).toMatchObject({ table: '"Category"', quiet: false });
    expect(after).toBeGreaterThanOrEqual(300);
    expect((await stats('Category')).dead).toBe(0);
  });

  it('a table past the analyse threshold only is analysed, not vacuumed', () => {
    expect(stepStatement({ table: '"Product"', kind: 'analyse' })).toBe('ANALYZE "Product"');
    expect(stepStatement({ table: '"ConversationSession"', kind: 'vacuum' })).toBe('VACUUM (TRUNCATE false) "ConversationSession"');
  });
});
