// Scenario 1, chat throughput: N buyers at once, each doing the whole visit (start, browse, search, card,
// cart, checkout) through the real engine, flows, services and database, answered on a recording fake
// channel. Per database: a closed-loop run (capacity: events per second with no thinking time) and a paced
// run at the target rate (latency at that load). The floor, grammY echoing with a fake Bot API, in the same run.
import { figure, type Figure, type ScenarioResult } from '../lib/figures.ts';
import { buyerJourney } from '../lib/buyer-journey.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import type { BenchContext } from '../lib/context.ts';
import { postgresVersion, type Template } from '../lib/databases.ts';
import { engineDriver } from '../lib/drivers.ts';
import { runLoad, type LoadResult } from '../lib/load.ts';
import { median, repeat } from '../lib/stats.ts';
import { grammyEcho } from './grammy-floor.ts';

interface DatabaseRun {
  capacity: LoadResult;
  paced: LoadResult;
  queriesPerEvent: number;
}

async function measure(template: Template, ctx: BenchContext, rate: number, run: number): Promise<DatabaseRun> {
  const buyers = ctx.options.buyers;
  const once = async (tag: string, pacedRate?: number) => {
    const db = await template.fork();
    try {
      const rig = createChatRig(db, ctx.fixtures.mediaStore);
      const before = db.queryCount();
      const result = await runLoad((n, pause, latencies) => buyerJourney(engineDriver(rig, `${tag}${run}-${n}`, { latencies }), n, pause), { buyers, ...(pacedRate ? { rate: pacedRate } : {}) });
      if (result.failed > 0) ctx.log(`  ${result.failed} journeys failed, first: ${result.firstError}`);
      return { result, queries: (db.queryCount() - before) / Math.max(1, result.events) };
    } finally {
      await db.close();
    }
  };
  const capacity = await once('c');
  const paced = await once('p', rate);
  ctx.log(`  ${template.kind} run ${run + 1}: capacity ${Math.round(capacity.result.eventsPerSecond)} ev/s; at ${rate} ev/s p99 ${Math.round(paced.result.latency.p99)} ms`);
  return { capacity: capacity.result, paced: paced.result, queriesPerEvent: capacity.queries };
}

function databaseFigures(kind: string, runs: DatabaseRun[], rate: number, capacityTarget: number, p99Target?: number): Figure[] {
  const k = `chat.${kind}`;
  return [
    figure(`${k}.capacity.eventsPerSecond`, `${kind}: events/s, closed loop (capacity)`, 'ev/s', runs.map((r) => r.capacity.eventsPerSecond), { op: '>=', value: capacityTarget }),
    figure(`${k}.capacity.p50`, `${kind}: closed loop p50 (mostly queueing)`, 'ms', runs.map((r) => r.capacity.latency.p50)),
    figure(`${k}.capacity.p99`, `${kind}: closed loop p99 (mostly queueing)`, 'ms', runs.map((r) => r.capacity.latency.p99)),
    figure(`${k}.paced.eventsPerSecond`, `${kind}: events/s reached when paced at ${rate}`, 'ev/s', runs.map((r) => r.paced.eventsPerSecond)),
    figure(`${k}.paced.p50`, `${kind}: p50 at ${rate} ev/s`, 'ms', runs.map((r) => r.paced.latency.p50)),
    figure(`${k}.paced.p95`, `${kind}: p95 at ${rate} ev/s`, 'ms', runs.map((r) => r.paced.latency.p95)),
    figure(`${k}.paced.p99`, `${kind}: p99 at ${rate} ev/s`, 'ms', runs.map((r) => r.paced.latency.p99), p99Target ? { op: '<=', value: p99Target } : undefined),
    figure(`${k}.queriesPerEvent`, `${kind}: database queries per event`, 'queries', runs.map((r) => r.queriesPerEvent)),
    figure(`${k}.failedJourneys`, `${kind}: buyers whose visit failed`, 'buyers', runs.map((r) => r.capacity.failed + r.paced.failed), { op: '<=', value: 0 }),
  ];
}

export async function chatScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const { quick, repeats, buyers, databaseUrl } = ctx.options;
  const products = quick ? 1_000 : 10_000;
  const pgliteRate = quick ? 100 : 300;
  const postgresRate = quick ? 300 : 1_000;
  const figures: Figure[] = [];
  const notes: string[] = [];

  const pglite = await ctx.fixtures.catalogue(products);
  const pgliteRuns = await repeat(repeats, (run) => measure(pglite, ctx, pgliteRate, run));
  figures.push(...databaseFigures('pglite', pgliteRuns, pgliteRate, 300, 100));

  if (databaseUrl) {
    ctx.machine.postgresql = await postgresVersion(databaseUrl);
    const template = await ctx.fixtures.postgresCatalogue(databaseUrl, products);
    const pgRuns = await repeat(repeats, (run) => measure(template, ctx, postgresRate, run));
    figures.push(...databaseFigures('postgresql', pgRuns, postgresRate, 1_000));
  } else {
    notes.push('PostgreSQL not measured: set DATABASE_URL (a role that may CREATE DATABASE) to add it.');
  }

  const floor = await repeat(repeats, () => grammyEcho({ buyers }));
  figures.push(
    figure('chat.grammyFloor.eventsPerSecond', 'grammY echo floor: events/s, closed loop', 'ev/s', floor.map((f) => f.eventsPerSecond)),
    figure('chat.grammyFloor.p99', 'grammY echo floor: closed loop p99', 'ms', floor.map((f) => f.latency.p99)),
  );
  const floorEps = median(floor.map((f) => f.eventsPerSecond));
  figures.push(figure('chat.pglite.shareOfFloor', 'pglite capacity as a share of the grammY floor', '%', pgliteRuns.map((r) => (100 * r.capacity.eventsPerSecond) / floorEps)));

  return {
    id: 'chat',
    title: 'Chat throughput',
    workload:
      `${buyers} buyers at once, each: /start, language, buyer, Categories, Kopi, search "kopi arabika", a product card, add to cart, quantity 1, cart, checkout, continue, name, phone, pickup at producer, first payment method, confirm ` +
      `(17 events, one order each) through the real engine, services and database on a recording channel; catalogue: the demo plus ${products.toLocaleString('en-US')} generated products. ` +
      `Closed loop: each buyer sends the next message as soon as it has the answer. Paced: messages let out at ${pgliteRate} ev/s (PGlite) / ${postgresRate} ev/s (PostgreSQL) to buyers who have their answer. ` +
      `Latency: handing the event to the engine until its answer is sent. Floor: grammY handleUpdate echoing a text, Bot API answered in-process, same buyers and message count.`,
    repeats,
    figures,
    notes,
  };
}
