// Runs many buyers at once. Two shapes:
// - closed loop (rate undefined): every buyer sends its next message as soon as it has the answer to the last
//   one; the events per second it reaches is the capacity (latencies there are mostly queueing).
// - paced (rate set): messages are let out at a steady overall rate, each to a buyer who has had the answer
//   to their previous message (buyers who think between messages, like people), so latency is measured at a
//   known load. A slot nobody was ready for is owed and given to the next ready buyer.
import { summarize, type LatencySummary } from './stats.ts';
import { JourneyError } from './buyer-journey.ts';
import { processCpuSeconds } from './cpu.ts';

export interface LoadOptions {
  buyers: number;
  /** events per second overall; undefined = closed loop */
  rate?: number;
  /** paced: give each slot to the buyer who has waited longest (all buyers move step by step together) */
  lockstep?: boolean;
  /** CPU seconds used so far by a database server outside this process (PostgreSQL), for its CPU per event */
  serverCpuSeconds?: () => number;
}

export interface LoadResult {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  latency: LatencySummary;
  completed: number;
  failed: number;
  firstError?: string;
  /** CPU milliseconds this process (all its threads: bots, embedded database) spent per event */
  cpuMsPerEvent: number;
  /** the database server's CPU milliseconds per event, when `serverCpuSeconds` was given */
  serverCpuMsPerEvent?: number;
}

/** `visit(n, pause, latencies)`: buyer n's journey; it awaits `pause()` before every message after its first. */
export type Visit = (n: number, pause: () => Promise<void>, latencies: number[]) => Promise<void>;

/** A small seeded generator (mulberry32), so every run lets the same buyers go in the same order. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pacer(rate: number, lockstep: boolean) {
  const random = seeded(20261129);
  const waiting: (() => void)[] = [];
  let owed = 0;
  let granted = 0;
  let started = 0;
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const due = Math.floor(((performance.now() - started) * rate) / 1000) - granted;
    for (let i = 0; i < due; i++) {
      granted++;
      // any ready buyer, not the longest waiting: people think for different times between messages, so
      // 500 buyers who started together soon stand at different steps (FIFO marched them in lockstep, a
      // wave of 500 searches then a wave of 500 checkouts, which no shop sees; BENCHMARKS.md has both)
      const next = lockstep ? waiting.shift() : waiting.splice(Math.floor(random() * waiting.length), 1)[0];
      if (next) next();
      else owed++;
    }
    timer = setTimeout(tick, 1);
  };
  return {
    start() {
      started = performance.now();
      tick();
    },
    stop() {
      if (timer) clearTimeout(timer);
    },
    slot(): Promise<void> {
      if (owed > 0) {
        owed--;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}

export async function runLoad(visit: Visit, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const pace = options.rate ? pacer(options.rate, options.lockstep ?? false) : undefined;
  const pause = pace ? () => pace.slot() : () => Promise.resolve();
  let completed = 0;
  let failed = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const cpu0 = processCpuSeconds();
  const server0 = options.serverCpuSeconds?.();
  pace?.start();
  await Promise.all(
    Array.from({ length: options.buyers }, async (_, n) => {
      try {
        await pause(); // the first message waits for its slot too, so a paced run ramps up at its rate
        await visit(n, pause, latencies);
        completed++;
      } catch (error) {
        failed++;
        firstError ??= error instanceof JourneyError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
      }
    }),
  );
  pace?.stop();
  const seconds = (performance.now() - started) / 1000;
  const events = latencies.length;
  const perEvent = (cpuSeconds: number) => (cpuSeconds * 1000) / Math.max(1, events);
  const cpuMsPerEvent = perEvent(processCpuSeconds() - cpu0);
  const serverCpuMsPerEvent = server0 === undefined ? undefined : perEvent(options.serverCpuSeconds!() - server0);
  return {
    events,
    seconds,
    eventsPerSecond: events / seconds,
    latency: summarize(latencies),
    completed,
    failed,
    cpuMsPerEvent,
    ...(serverCpuMsPerEvent === undefined ? {} : { serverCpuMsPerEvent }),
    ...(firstError ? { firstError } : {}),
  };
}
