// DATABASE_URL=… npx tsx bench/tools/profile-postgres.ts [--products 10000] [--buyers 500] [--cpu-prof out.cpuprofile] [--statements]
// The chat scenario's closed loop on PostgreSQL, measured from the inside: events/s, the CPU this process
// spent per event (the bots' side: engine, flows, services, Prisma, pg) and, with --cpu-prof, a V8 profile
// of the load only. What the PostgreSQL capacity work was profiled with (BENCHMARKS.md).
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { createFixtures } from '../lib/fixtures.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import { buyerJourney } from '../lib/buyer-journey.ts';
import { engineDriver } from '../lib/drivers.ts';
import { runLoad } from '../lib/load.ts';
import { postgresServerCpu } from '../lib/cpu.ts';

const { values } = parseArgs({
  options: { products: { type: 'string', default: '10000' }, buyers: { type: 'string', default: '500' }, 'cpu-prof': { type: 'string' }, statements: { type: 'boolean', default: false }, steady: { type: 'boolean', default: false } },
});
const url = process.env.DATABASE_URL;

/** rows read by sequential scans per table so far (a statement on the chat's path should find its rows through an index) */
async function seqScans(prisma: { $queryRawUnsafe<T>(sql: string): Promise<T> }): Promise<Map<string, number>> {
  const rows = await prisma.$queryRawUnsafe<{ relname: string; n: bigint }[]>('SELECT relname, seq_tup_read AS n FROM pg_stat_user_tables');
  return new Map(rows.map((r) => [r.relname, Number(r.n)]));
}

if (!url) throw new Error('set DATABASE_URL (a role that may CREATE DATABASE)');
const fixtures = await createFixtures((line) => process.stderr.write(`${line}\n`));
try {
  const template = await fixtures.postgresCatalogue(url, Number(values.products));
  const db = await template.fork();
  try {
    const rig = createChatRig(db, fixtures.mediaStore);
    for (let n = 0; n < 5; n++) await buyerJourney(engineDriver(rig, `warm${n}`, { latencies: [] }), n, async () => {});
    // --steady: the tables a turn writes at a running shop's size and analysed (as autovacuum keeps them) before
    // the measured load: one unmeasured load of as many other buyers, then ANALYZE
    if (values.steady) {
      await runLoad((n, pause, latencies) => buyerJourney(engineDriver(rig, `s${n}`, { latencies }), n, pause), { buyers: Number(values.buyers) });
      await db.prisma.$executeRawUnsafe('ANALYZE');
    }
    let session: Session | undefined;
    if (values['cpu-prof']) {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    // --statements: the server's own account per statement (needs shared_preload_libraries=pg_stat_statements)
    if (values.statements) {
      await db.prisma.$executeRawUnsafe('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await db.prisma.$queryRawUnsafe('SELECT pg_stat_statements_reset()::text');
    }
    const scans0 = await seqScans(db.prisma);
    process.stderr.write(`measuring ${values.buyers} buyers\n`);
    const cpu0 = process.cpuUsage();
    const [backend] = await db.prisma.$queryRawUnsafe<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
    const postgresCpuSeconds = postgresServerCpu(Number(backend?.pid)); // this server's processes only
    const pg0 = postgresCpuSeconds();
    const q0 = db.queryCount();
    const load = await runLoad((n, pause, latencies) => buyerJourney(engineDriver(rig, `b${n}`, { latencies }), n, pause), { buyers: Number(values.buyers) });
    const cpu = process.cpuUsage(cpu0);
    const pgMsPerEvent = ((postgresCpuSeconds() - pg0) * 1000) / load.events;
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(values['cpu-prof']!, JSON.stringify(profile));
    }
    const cpuMsPerEvent = (cpu.user + cpu.system) / 1000 / load.events;
    console.log(
      `${Math.round(load.eventsPerSecond)} ev/s closed loop, p50 ${load.latency.p50.toFixed(1)} ms, p99 ${load.latency.p99.toFixed(1)} ms, ${load.failed} failed; ` +
        `this process ${cpuMsPerEvent.toFixed(2)} ms CPU an event, the postgres server's processes ${pgMsPerEvent.toFixed(2)} ms, ${((db.queryCount() - q0) / load.events).toFixed(2)} statements an event`,
    );
    // updates that were HOT (no index entries written: the page had room), per table: what fillfactor buys
    const tables = await db.prisma.$queryRawUnsafe<{ relname: string; upd: bigint; hot: bigint }[]>(
      'SELECT relname, n_tup_upd AS upd, n_tup_hot_upd AS hot FROM pg_stat_user_tables WHERE n_tup_upd > 0 ORDER BY n_tup_upd DESC',
    );
    if (values.statements) {
      const top = await db.prisma.$queryRawUnsafe<{ calls: bigint; total: number; mean: number; query: string }[]>(
        `SELECT calls, total_exec_time + total_plan_time AS total, mean_exec_time AS mean, query FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY total DESC LIMIT 15`,
      );
      for (const t of top) {
        console.log(`${(t.total / load.events).toFixed(3)} ms/event  ${String(t.calls).padStart(7)} calls  mean ${t.mean.toFixed(3)} ms  ${t.query.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    }
    const scans1 = await seqScans(db.prisma);
    const scanned = [...scans1].map(([t, n]) => [t, n - (scans0.get(t) ?? 0)] as const).filter(([, n]) => n > 0);
    console.log(`rows read by sequential scans during the load, per event: ${scanned.sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${(n / load.events).toFixed(1)}`).join(', ') || 'none'}`);
    console.log(`updates (HOT): ${tables.map((t) => `${t.relname} ${t.upd} (${t.hot})`).join(', ')}`);
  } finally {
    await db.close();
  }
} finally {
  await fixtures.close();
}
