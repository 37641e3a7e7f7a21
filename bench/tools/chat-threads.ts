// npx tsx bench/tools/chat-threads.ts [--products 10000] [--buyers 500] [--rate 300]
// The chat workload with the embedded database in its own thread, as the server runs it, measured from the
// inside: events/s and latency (closed loop, or paced with --rate), how busy each thread was (the bots'
// thread and the database's), and with --rate each step of the visit's latency under that load, to see
// which step queues. This is what found the checkout's transaction round trips (BENCHMARKS.md).
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createFixtures } from '../lib/fixtures.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import { buyerJourney, JOURNEY_EVENTS } from '../lib/buyer-journey.ts';
import { engineDriver } from '../lib/drivers.ts';
import { runLoad } from '../lib/load.ts';
import { mainThreadCpuSeconds, processCpuSeconds } from '../lib/cpu.ts';
import { summarize } from '../lib/stats.ts';

const { values } = parseArgs({ options: { products: { type: 'string', default: '10000' }, buyers: { type: 'string', default: '500' }, rate: { type: 'string' } } });
const fixtures = await createFixtures((line) => process.stderr.write(`${line}\n`));
try {
  const db = await (await fixtures.catalogue(Number(values.products))).fork();
  const rig = createChatRig(db, fixtures.mediaStore);
  for (let n = 0; n < 3; n++) await buyerJourney(engineDriver(rig, `warm${n}`, { latencies: [] }), n, async () => {});
  const steps: number[][] = [];
  const main0 = performance.eventLoopUtilization();
  const cpu0 = processCpuSeconds();
  const mainCpu0 = mainThreadCpuSeconds();
  const db0 = db.databaseThread?.eventLoopUtilization();
  const load = await runLoad(
    (n, pause, latencies) => {
      const mine: number[] = (steps[n] = []);
      return buyerJourney(engineDriver(rig, `b${n}`, { latencies: mine }), n, pause).finally(() => latencies.push(...mine));
    },
    { buyers: Number(values.buyers), rate: values.rate ? Number(values.rate) : undefined },
  );
  const main = performance.eventLoopUtilization(main0);
  // CPU an event: busy shares move with whoever else uses the cores, CPU time much less
  const cpuMs = ((processCpuSeconds() - cpu0) * 1000) / load.events;
  const mainCpuMs = ((mainThreadCpuSeconds() - mainCpu0) * 1000) / load.events;
  const dbThread = db0 ? db.databaseThread!.eventLoopUtilization(db0) : undefined;
  const pct = (u: number) => `${(100 * u).toFixed(0)} %`;
  console.log(
    `${Math.round(load.eventsPerSecond)} ev/s (${values.rate ? `${values.rate}/s offered` : 'closed loop'}), p50 ${load.latency.p50.toFixed(1)} ms, p99 ${load.latency.p99.toFixed(1)} ms, ${load.failed} failed; ` +
      `bots' thread busy ${pct(main.utilization)}, database thread busy ${dbThread ? pct(dbThread.utilization) : '(none)'}; ` +
      `CPU an event ${cpuMs.toFixed(2)} ms (the bots' thread ${mainCpuMs.toFixed(2)}, the other threads, the database's mostly, ${(cpuMs - mainCpuMs).toFixed(2)})`,
  );
  if (values.rate) {
    for (let i = 0; i < JOURNEY_EVENTS; i++) {
      const s = summarize(steps.map((b) => b[i]).filter((x): x is number => x !== undefined));
      console.log(`  step ${String(i + 1).padStart(2)}: p50 ${s.p50.toFixed(0).padStart(5)} ms  p95 ${s.p95.toFixed(0).padStart(5)} ms  p99 ${s.p99.toFixed(0).padStart(5)} ms`);
    }
  }
  await db.close();
} finally {
  await fixtures.close();
}
