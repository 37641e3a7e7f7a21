// Scenario 1, chat throughput: N buyers at once, each doing the whole visit (start, browse, search, card,
// cart, checkout) through the real engine, flows, services and database, answered on a recording fake
// channel. Messages are let out at the target rate to buyers who have had their previous answer; when the
// system cannot keep up, the buyers end up waiting on it and the rate reached is its capacity. Plus one buyer
// alone (latency without queueing), and the floor: grammY echoing with a fake Bot API, in the same run.
import { figure, type Figure, type ScenarioResult } from '../lib/figures.ts';
import { buyerJourney, JOURNEY_EVENTS } from '../lib/buyer-journey.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import type { BenchContext } from '../lib/context.ts';
import { postgresVersion, type Template } from '../lib/databases.ts';
import { engineDriver } from '../lib/drivers.ts';
import { runLoad, type LoadResult } from '../lib/load.ts';
import { median, repeat, repeatWithin, summarize, type LatencySummary } from '../lib/stats.ts';
import { grammyEcho } from './grammy-floor.ts';
import { postgresServerCpu } from '../lib/cpu.ts';
import type { Database } from '../../domain/db/database.ts';

/** time allowed per database for repeated runs of the full load (one run always happens) */
const ALLOWANCE_SECONDS = 120;
const SOLO_VISITS = 4;

interface DatabaseRun {
  load: LoadResult;
  /** the same visits by other buyers in a closed loop: what the system can take at most */
  capacity: LoadResult;
  solo: LatencySummary;
  queriesPerEvent: number;
}

async function measure(template: Template, ctx: BenchContext, rate: number, run: number): Promise<DatabaseRun> {
  const db = await template.fork();
  try {
    const rig = createChatRig(db, ctx.fixtures.mediaStore);
    const solo: number[] = [];
    for (let n = 0; n < SOLO_VISITS; n++) await buyerJourney(engineDriver(rig, `solo${run}-${n}`, { latencies: solo }), n, async () => {});
    const before = db.queryCount();
    const load = await runLoad((n, pause, latencies) => buyerJourney(engineDriver(rig, `b${run}-${n}`, { latencies }), n, pause), { buyers: ctx.options.buyers, rate });
    const queriesPerEvent = (db.queryCount() - before) / Math.max(1, load.events);
    // the CPU an event costs is read on this closed loop (no pacer ticking): this process, plus a local
    // PostgreSQL server's processes (on this machine they share the same two cores; that server's alone, not
    // other servers someone else runs here)
    // the tables the load grew (users, identities, sessions, handled messages, carts, orders) analysed at their
    // size before the closed loop, as a running shop's autovacuum keeps them (within a minute of the growth,
    // on PostgreSQL and on the embedded database alike); the benchmark compresses that minute. Without it,
    // every connection keeps the plans it made when those tables were near empty (sequential scans) and the
    // closed loop reads hundreds of rows a turn that a shop's server would not (issue 29, cpusql's finding)
    await db.prisma.$executeRawUnsafe('ANALYZE');
    const serverCpuSeconds = template.kind === 'postgresql' ? postgresServerCpu(await backendPid(db.prisma)) : undefined;
    const capacity = await runLoad((n, pause, latencies) => buyerJourney(engineDriver(rig, `c${run}-${n}`, { latencies }), n, pause), { buyers: ctx.options.buyers, serverCpuSeconds });
    for (const r of [load, capacity]) if (r.failed > 0) ctx.log(`  ${r.failed} journeys failed, first: ${r.firstError}`);
    ctx.log(
      `  ${template.kind} run ${run + 1}: ${Math.round(load.eventsPerSecond)} ev/s reached of ${rate} offered, p99 ${Math.round(load.latency.p99)} ms; ` +
        `closed loop ${Math.round(capacity.eventsPerSecond)} ev/s, CPU ${cpuPerEvent(capacity).toFixed(2)} ms an event${capacity.serverCpuMsPerEvent === undefined ? '' : ` (${capacity.cpuMsPerEvent.toFixed(2)} here + ${capacity.serverCpuMsPerEvent.toFixed(2)} PostgreSQL)`}; ` +
        `alone p99 ${Math.round(summarize(solo).p99)} ms; ${queriesPerEvent.toFixed(2)} statements an event`,
    );
    return { load, capacity, solo: summarize(solo), queriesPerEvent };
  } finally {
    await db.close();
  }
}

/** the PostgreSQL process serving one of the client's connections (its parent is the server's postmaster) */
async function backendPid(prisma: Database['prisma']): Promise<number> {
  const rows = await prisma.$queryRawUnsafe<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
  return Number(rows[0]?.pid);
}

/** CPU an event, all of it: this process's threads and the database server's processes */
const cpuPerEvent = (r: LoadResult) => r.cpuMsPerEvent + (r.serverCpuMsPerEvent ?? 0);

function databaseFigures(kind: string, runs: DatabaseRun[], rate: number, rateTarget: number, p99Target?: number): Figure[] {
  const k = `chat.${kind}`;
  return [
    figure(`${k}.capacity`, `${kind}: events/s, closed loop (capacity)`, 'ev/s', runs.map((r) => r.capacity.eventsPerSecond), { op: '>=', value: rateTarget }),
    figure(`${k}.eventsPerSecond`, `${kind}: events/s reached, ${rate}/s offered`, 'ev/s', runs.map((r) => r.load.eventsPerSecond)),
    figure(`${k}.p50`, `${kind}: handling latency p50 under that load`, 'ms', runs.map((r) => r.load.latency.p50)),
    figure(`${k}.p95`, `${kind}: handling latency p95 under that load`, 'ms', runs.map((r) => r.load.latency.p95)),
    figure(`${k}.p99`, `${kind}: handling latency p99 under that load`, 'ms', runs.map((r) => r.load.latency.p99), p99Target ? { op: '<=', value: p99Target } : undefined),
    figure(`${k}.solo.p50`, `${kind}: one buyer alone, latency p50`, 'ms', runs.map((r) => r.solo.p50)),
    figure(`${k}.solo.p99`, `${kind}: one buyer alone, latency p99`, 'ms', runs.map((r) => r.solo.p99)),
    figure(`${k}.cpuPerEvent`, `${kind}: CPU per event, closed loop (this process${kind === 'postgresql' ? ' + PostgreSQL' : ', both threads'})`, 'ms', runs.map((r) => cpuPerEvent(r.capacity)), { op: '<=', value: 2 }),
    ...(kind === 'postgresql'
      ? [
          figure(`${k}.appCpuPerEvent`, `${kind}: CPU per event, this process`, 'ms', runs.map((r) => r.capacity.cpuMsPerEvent)),
          figure(`${k}.serverCpuPerEvent`, `${kind}: CPU per event, the PostgreSQL server`, 'ms', runs.map((r) => r.capacity.serverCpuMsPerEvent ?? NaN)),
        ]
      : []),
    figure(`${k}.queriesPerEvent`, `${kind}: database statements per event`, 'statements', runs.map((r) => r.queriesPerEvent), { op: '<=', value: 3 }),
    figure(`${k}.failedJourneys`, `${kind}: buyers whose visit failed`, 'buyers', runs.map((r) => r.load.failed + r.capacity.failed), { op: '<=', value: 0 }),
  ];
}

export async function chatScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const { quick, repeats, buyers, databaseUrl } = ctx.options;
  const products = quick ? 300 : 10_000;
  const pgliteRate = 300;
  const postgresRate = 1_000;
  const figures: Figure[] = [];
  const notes: string[] = [];

  const pglite = await ctx.fixtures.catalogue(products);
  const pgliteRuns = await repeatWithin(repeats, ALLOWANCE_SECONDS, (run) => measure(pglite, ctx, pgliteRate, run));
  figures.push(...databaseFigures('pglite', pgliteRuns, pgliteRate, 300, 100));
  if (pgliteRuns.length < repeats) notes.push(`PGlite: ${pgliteRuns.length} of ${repeats} runs of the full load fitted its ${ALLOWANCE_SECONDS} s allowance (kept so the whole benchmark stays under 10 minutes); its figures are the median of those`);

  if (databaseUrl) {
    ctx.machine.postgresql = await postgresVersion(databaseUrl);
    const template = await ctx.fixtures.postgresCatalogue(databaseUrl, products);
    const pgRuns = await repeatWithin(repeats, ALLOWANCE_SECONDS, (run) => measure(template, ctx, postgresRate, run));
    figures.push(...databaseFigures('postgresql', pgRuns, postgresRate, 1_000));
    if (pgRuns.length < repeats) notes.push(`PostgreSQL: ${pgRuns.length} of ${repeats} runs of the full load fitted its ${ALLOWANCE_SECONDS} s allowance`);
  } else {
    notes.push('PostgreSQL not measured: set DATABASE_URL (a role that may CREATE DATABASE) to add it.');
  }

  const floor = await repeat(repeats, () => grammyEcho({ buyers }));
  const floorEps = median(floor.map((f) => f.eventsPerSecond));
  figures.push(
    figure('chat.grammyFloor.eventsPerSecond', 'grammY echo floor: events/s, closed loop', 'ev/s', floor.map((f) => f.eventsPerSecond)),
    figure('chat.grammyFloor.p99', 'grammY echo floor: closed loop p99', 'ms', floor.map((f) => f.latency.p99)),
    figure('chat.grammyFloor.cpuPerEvent', 'grammY echo floor: CPU per event', 'ms', floor.map((f) => f.cpuMsPerEvent)),
    figure('chat.pglite.cpuOverFloor', 'pglite CPU per event over the floor\'s', '×', pgliteRuns.map((r) => cpuPerEvent(r.capacity) / median(floor.map((f) => f.cpuMsPerEvent)))),
    figure('chat.pglite.shareOfFloor', 'pglite capacity as a share of the grammY floor', '%', pgliteRuns.map((r) => (100 * r.capacity.eventsPerSecond) / floorEps)),
  );

  return {
    id: 'chat',
    title: 'Chat throughput',
    workload:
      `${buyers} buyers at once, each: /start, buyer, Categories, Kopi, search "kopi arabika", a product card, add to cart, quantity 1, cart, checkout, continue, name, phone, pickup at producer, first payment method, confirm ` +
      `(${JOURNEY_EVENTS} events, one order each) through the real engine, services and database (in-process, in memory) on a recording channel; catalogue: the demo plus ${products.toLocaleString('en-US')} generated products. ` +
      `Latency under load: messages let out at ${pgliteRate} ev/s (PGlite) / ${postgresRate} ev/s (PostgreSQL), each slot to a random buyer who has the answer to their previous message (people think for different times; below that capacity the buyers queue). ` +
      `Capacity: the same visits by ${buyers} other buyers in a closed loop (each message sent as soon as the previous one is answered), events/s. ` +
      `Latency: handing the event to the engine until its answer is sent. Alone: ${SOLO_VISITS} visits by one buyer before the load. Statements: Database.queryCount() over the load. Floor: grammY handleUpdate echoing a text with the Bot API answered in-process, same buyers and message count, no pacing.`,
    repeats,
    figures,
    notes,
  };
}
