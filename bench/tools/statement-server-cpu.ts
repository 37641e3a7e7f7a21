// DATABASE_URL=… npx tsx bench/tools/statement-server-cpu.ts [--products 10000] [--steady 100] [--visits 50] [--top 25]
// The PostgreSQL server's CPU per statement of the chat, one visit at a time on ONE connection: the backend's
// own time on a CPU (/proc/<pid>/schedstat, nanoseconds) between one statement and the next is charged to the
// statement, so the figure holds everything the backend does for it (protocol, parse/bind, plan, execution,
// commit and its WAL flush, statistics), against a `SELECT 1` on the same connection. Also the whole server's
// CPU over the visits (its background processes: WAL writer, autovacuum, checkpointer). Before the measured
// visits, `--steady` buyers' visits and an ANALYZE put the tables a turn writes at a running shop's size.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createFixtures } from '../lib/fixtures.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import { buyerJourney, JOURNEY_EVENTS } from '../lib/buyer-journey.ts';
import { engineDriver } from '../lib/drivers.ts';
import { runLoad } from '../lib/load.ts';
import { onCpuNanoseconds, postgresServerCpu } from '../lib/cpu.ts';
import { openDatabase } from '../../domain/db/database.ts';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '10000' },
    steady: { type: 'string', default: '100' },
    visits: { type: 'string', default: '50' },
    top: { type: 'string', default: '25' },
  },
});
const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL (a role that may CREATE DATABASE)');

interface Tally {
  calls: number;
  serverNs: number;
}
const tallies = new Map<string, Tally>();
let measuring = false;
/** the statement whose server CPU is still being counted, and the backend's reading when it started */
let open: { key: string; pid: number; ns: number } | null = null;

/** a statement by its beginning and its end (the card reads differ only in their WHERE) */
const keyOf = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 160 ? t : `${t.slice(0, 90)} … ${t.slice(-70)}`;
};

function settle(pid: number): void {
  if (!open) return;
  const ns = onCpuNanoseconds(open.pid);
  const t = tallies.get(open.key) ?? { calls: 0, serverNs: 0 };
  t.calls += 1;
  t.serverNs += ns - open.ns;
  tallies.set(open.key, t);
  open = pid === open.pid ? { key: '', pid, ns } : null;
}

// every statement node-postgres sends (the Prisma adapter's, the direct path's, transactions' BEGIN/COMMIT)
type Query = (...args: unknown[]) => unknown;
const original = pg.Client.prototype.query as unknown as Query;
(pg.Client.prototype as unknown as { query: Query }).query = function (this: { processID: number }, ...args: unknown[]) {
  if (measuring) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | null)?.text ?? '?';
    settle(this.processID);
    open = { key: keyOf(text), pid: this.processID, ns: onCpuNanoseconds(this.processID) };
  }
  return original.apply(this, args);
};

const fixtures = await createFixtures((line) => process.stderr.write(`${line}\n`));
try {
  const template = await fixtures.postgresCatalogue(url, Number(values.products));
  const copy = await template.forkUrl();
  try {
    // the steady state, on the usual pool
    const loadDb = await openDatabase({ databaseUrl: copy.url, migrate: false });
    const loadRig = createChatRig(loadDb, fixtures.mediaStore);
    await runLoad((n, pause, latencies) => buyerJourney(engineDriver(loadRig, `s${n}`, { latencies }), n, pause), { buyers: Number(values.steady) });
    await loadDb.prisma.$executeRawUnsafe('ANALYZE');
    await loadDb.close();

    // the measured visits, one at a time on one connection
    const db = await openDatabase({ databaseUrl: copy.url, migrate: false, pool: { max: 1, waitMs: 30_000 } });
    try {
      const rig = createChatRig(db, fixtures.mediaStore);
      for (let n = 0; n < 5; n++) await buyerJourney(engineDriver(rig, `warm${n}`, { latencies: [] }), n, async () => {});
      const [backend] = await db.prisma.$queryRawUnsafe<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
      const server = postgresServerCpu(Number(backend?.pid));
      const pool = new pg.Pool({ connectionString: copy.url, max: 1 });
      const baseline = async (text: string, n: number) => {
        for (let i = 0; i < 200; i++) await pool.query({ text, name: text === '' ? undefined : `b${text.length}` });
        measuring = true;
        for (let i = 0; i < n; i++) await pool.query({ text, name: `b${text.length}` });
        await pool.query('SELECT 1'); // settles the last one
        measuring = false;
        open = null;
      };
      await baseline('SELECT 1', 3000);
      const visits = Number(values.visits);
      process.stderr.write(`measuring ${visits} visits on backend ${backend?.pid}\n`);
      const server0 = server();
      const q0 = db.queryCount();
      measuring = true;
      for (let n = 0; n < visits; n++) await buyerJourney(engineDriver(rig, `m${n}`, { latencies: [] }), n, async () => {});
      await pool.query('SELECT 1'); // settles the visits' last statement (counted apart, on its own connection)
      measuring = false;
      const serverMs = (server() - server0) * 1000;
      const events = visits * JOURNEY_EVENTS;
      const statements = db.queryCount() - q0;
      let backendNs = 0;
      const rows = [...tallies].filter(([key]) => key !== '' && !key.startsWith('SELECT 1'));
      for (const [, t] of rows) backendNs += t.serverNs;
      const one = tallies.get('SELECT 1');
      console.log(`baseline: SELECT 1 (named, one connection) ${((one?.serverNs ?? 0) / (one?.calls ?? 1) / 1000).toFixed(1)} µs of the backend's CPU a call`);
      console.log(
        `${visits} visits, ${events} events, ${(statements / events).toFixed(2)} statements an event: the backend ${(backendNs / 1e6 / events).toFixed(3)} ms an event; ` +
          `the whole server ${(serverMs / events).toFixed(3)} ms an event (10 ms ticks; the rest is its background processes)`,
      );
      rows.sort((a, b) => b[1].serverNs - a[1].serverNs);
      for (const [key, t] of rows.slice(0, Number(values.top))) {
        console.log(`${(t.serverNs / 1e6 / events).toFixed(3)} ms/event  ${String(t.calls).padStart(6)} calls  ${(t.serverNs / t.calls / 1000).toFixed(1).padStart(7)} µs a call  ${key}`);
      }
      // a statement planned again on every call (custom plans): PostgreSQL found its generic plan dearer
      const plans = await db.prisma.$queryRawUnsafe<{ generic: bigint; custom: bigint; statement: string }[]>(
        'SELECT generic_plans AS generic, custom_plans AS custom, statement FROM pg_prepared_statements WHERE custom_plans > 5 ORDER BY custom_plans DESC LIMIT 10',
      );
      for (const p of plans) console.log(`planned every call: ${p.custom} custom plans, ${p.generic} generic  ${keyOf(p.statement).slice(0, 60)} … ${p.statement.replace(/\s+/g, " ").slice(-130)}`);
      await pool.end();
    } finally {
      await db.close();
    }
  } finally {
    await copy.drop();
  }
} finally {
  await fixtures.close();
}
