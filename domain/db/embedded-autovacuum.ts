// Autovacuum for the embedded database. PGlite runs Postgres as a single process without background
// workers, so nothing ever vacuums or analyses its tables: a chat turn updates its conversation row twice,
// dead rows pile up, and the planner keeps the statistics of an empty database. Measured (BENCHMARKS.md):
// 500 buyers' visits in a closed loop on a fresh copy ran at 166 events/s, the next 500 at 102; after one
// VACUUM ANALYZE, 510. This does what Postgres's autovacuum would, with its default thresholds, from the
// table statistics Postgres keeps anyway.
import type { PrismaClient } from '../../prisma/generated/client.ts';

/** Postgres's defaults: autovacuum_vacuum_threshold / _scale_factor, autovacuum_analyze_threshold / _scale_factor */
const VACUUM_BASE = 50;
const VACUUM_SCALE = 0.2;
const ANALYZE_BASE = 50;
const ANALYZE_SCALE = 0.1;

export const AUTOVACUUM_INTERVAL_MS = 10_000;

interface TableStats {
  name: string;
  live: number;
  dead: number;
  modified: number;
}

export interface AutovacuumPass {
  vacuumed: string[];
  analysed: string[];
}

/** One pass: each table past a threshold is vacuumed (and analysed) or only analysed. */
export async function autovacuumPass(prisma: PrismaClient): Promise<AutovacuumPass> {
  const tables = await prisma.$queryRaw<TableStats[]>`
    SELECT quote_ident(relname) AS name, n_live_tup::int AS live, n_dead_tup::int AS dead, n_mod_since_analyze::int AS modified
    FROM pg_stat_user_tables WHERE schemaname = 'public'`;
  const pass: AutovacuumPass = { vacuumed: [], analysed: [] };
  for (const t of tables) {
    if (t.dead > VACUUM_BASE + VACUUM_SCALE * t.live) {
      // the name comes from the catalogue, quoted by Postgres itself
      await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) ${t.name}`);
      pass.vacuumed.push(t.name);
    } else if (t.modified > ANALYZE_BASE + ANALYZE_SCALE * t.live) {
      await prisma.$executeRawUnsafe(`ANALYZE ${t.name}`);
      pass.analysed.push(t.name);
    }
  }
  return pass;
}

/** Runs a pass every `intervalMs` (never two at once); stop() waits for the running one. */
export function startAutovacuum(prisma: PrismaClient, options: { intervalMs?: number; onError?: (error: unknown) => void } = {}) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped) return;
    running = running.then(() => (stopped ? undefined : autovacuumPass(prisma).catch((error: unknown) => options.onError?.(error))));
  }, options.intervalMs ?? AUTOVACUUM_INTERVAL_MS);
  timer.unref();
  return {
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
