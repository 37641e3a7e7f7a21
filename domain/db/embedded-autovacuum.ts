// Autovacuum for the embedded database. PGlite runs Postgres as a single process without background
// workers, so nothing ever vacuums or analyses its tables: a chat turn updates its conversation row twice,
// dead rows pile up, and the planner keeps the statistics of an empty database. Measured (BENCHMARKS.md):
// 500 buyers' visits in a closed loop on a fresh copy ran at 166 events/s, the next 500 at 102; after one
// VACUUM ANALYZE, 510. This does what Postgres's autovacuum would, with its default thresholds, from the
// table statistics Postgres keeps anyway.
//
// But PGlite has one thread: while it vacuums or analyses, every chat turn waits (the slow-statement log
// showed ANALYZE "Product" ~1 s and VACUUM (ANALYZE) "ConversationSession" up to 0.42 s under load, each a
// stall of every conversation). So the work is done one table at a time, each step when the application
// has sent no statement for a moment (the chat is quiet), and a step that found no quiet moment within a
// bounded deferral runs anyway, so a sustained load still gets its tables vacuumed. Each step is also made
// cheaper: a vacuum does not analyse unless the analyse threshold is passed too, and never truncates the
// table's empty tail (a hot small table grows back at once; truncating takes an exclusive lock and reads
// the tail backwards).
import type { PrismaClient } from '../../prisma/generated/client.ts';

/** Postgres's defaults: autovacuum_vacuum_threshold / _scale_factor, autovacuum_analyze_threshold / _scale_factor */
const VACUUM_BASE = 50;
const VACUUM_SCALE = 0.2;
const ANALYZE_BASE = 50;
const ANALYZE_SCALE = 0.1;

/** how often the table statistics are looked at */
export const AUTOVACUUM_INTERVAL_MS = 10_000;
/** the application sent no statement for this long: the chat is quiet, a step may run */
export const QUIET_MS = 250;
/** the longest a due step waits for a quiet moment before it runs anyway */
export const MAX_DEFERRAL_MS = 60_000;
/** how often the wait looks for a quiet moment */
const QUIET_POLL_MS = 25;
/** past the deferral, the steps still left run this far apart at least: one stall at a time, not a chain */
const FORCED_SPACING_MS = 1_000;

interface TableStats {
  name: string;
  live: number;
  dead: number;
  modified: number;
}

export type MaintenanceKind = 'vacuum' | 'vacuum-analyse' | 'analyse';

export interface MaintenanceStep {
  table: string;
  kind: MaintenanceKind;
}

export interface AutovacuumPass {
  vacuumed: string[];
  analysed: string[];
}

/** The steps due now, one per table past a threshold (the smallest tables first: their steps are the shortest). */
export async function dueSteps(prisma: PrismaClient): Promise<MaintenanceStep[]> {
  const tables = await prisma.$queryRaw<TableStats[]>`
    SELECT quote_ident(relname) AS name, n_live_tup::int AS live, n_dead_tup::int AS dead, n_mod_since_analyze::int AS modified
    FROM pg_stat_user_tables WHERE schemaname = 'public' ORDER BY n_live_tup + n_dead_tup, relname`;
  const steps: MaintenanceStep[] = [];
  for (const t of tables) {
    const vacuum = t.dead > VACUUM_BASE + VACUUM_SCALE * t.live;
    const analyse = t.modified > ANALYZE_BASE + ANALYZE_SCALE * t.live;
    if (vacuum || analyse) steps.push({ table: t.name, kind: vacuum && analyse ? 'vacuum-analyse' : vacuum ? 'vacuum' : 'analyse' });
  }
  return steps;
}

/** One step's statement (the table name comes from the catalogue, quoted by Postgres itself). */
export function stepStatement(step: MaintenanceStep): string {
  if (step.kind === 'analyse') return `ANALYZE ${step.table}`;
  return `VACUUM (TRUNCATE false${step.kind === 'vacuum-analyse' ? ', ANALYZE' : ''}) ${step.table}`;
}

/** One pass at once, with no waiting: each table past a threshold vacuumed (and analysed) or only analysed. */
export async function autovacuumPass(prisma: PrismaClient): Promise<AutovacuumPass> {
  const pass: AutovacuumPass = { vacuumed: [], analysed: [] };
  for (const step of await dueSteps(prisma)) {
    await prisma.$executeRawUnsafe(stepStatement(step));
    (step.kind === 'analyse' ? pass.analysed : pass.vacuumed).push(step.table);
  }
  return pass;
}

/** a step as it ran: how long it waited for a quiet moment, whether it found one, how long it ran */
export type StepReport = MaintenanceStep & { waitedMs: number; quiet: boolean; ms: number };

export interface AutovacuumOptions {
  intervalMs?: number;
  quietMs?: number;
  maxDeferralMs?: number;
  /** a count of the statements the application sent (the database's statement counter): quiet while it stays */
  activity?: () => number;
  onError?: (error: unknown) => void;
  /** each step as it ran (tests, the benchmark's tools) */
  onStep?: (step: StepReport) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Looks at the tables every `intervalMs` and runs what is due one step at a time, each in a quiet moment
 * (or after at most `maxDeferralMs`); never two steps at once. stop() waits for the running step.
 */
export function startAutovacuum(prisma: PrismaClient, options: AutovacuumOptions = {}) {
  const quietMs = options.quietMs ?? QUIET_MS;
  const maxDeferralMs = options.maxDeferralMs ?? MAX_DEFERRAL_MS;
  const activity = options.activity;
  let stopped = false;
  let busy = false;
  let running: Promise<unknown> = Promise.resolve();

  /** resolves when the application has been quiet for quietMs (true), or at the deadline (false) */
  async function quietMoment(deadline: number): Promise<boolean> {
    if (!activity) return true;
    let seen = activity();
    let since = performance.now();
    while (!stopped) {
      const now = performance.now();
      if (now - since >= quietMs) return true;
      if (now >= deadline) return false;
      await sleep(QUIET_POLL_MS);
      const count = activity();
      if (count !== seen) {
        seen = count;
        since = performance.now();
      }
    }
    return false;
  }

  async function cycle(): Promise<void> {
    const deferred = performance.now() + maxDeferralMs;
    // the statistics are read in a quiet moment too (a catalogue read, but a statement all the same)
    await quietMoment(deferred);
    if (stopped) return;
    let lastEnded = performance.now();
    for (const step of await dueSteps(prisma)) {
      const before = performance.now();
      const quiet = await quietMoment(Math.max(deferred, lastEnded + FORCED_SPACING_MS));
      if (stopped) return;
      const ran = performance.now();
      await prisma.$executeRawUnsafe(stepStatement(step));
      lastEnded = performance.now();
      options.onStep?.({ ...step, waitedMs: ran - before, quiet, ms: lastEnded - ran });
    }
  }

  const timer = setInterval(() => {
    if (stopped || busy) return;
    busy = true;
    running = cycle()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        busy = false;
      });
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
