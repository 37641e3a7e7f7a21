// Runs many buyers at once. Two shapes:
// - closed loop (rate undefined): every buyer sends its next message as soon as it has the answer to the last
//   one; the events per second it reaches is the capacity (latencies there are mostly queueing).
// - paced (rate set): messages are let out at a steady overall rate, each to a buyer who has had the answer
//   to their previous message (buyers who think between messages, like people), so latency is measured at a
//   known load. A slot nobody was ready for is owed and given to the next ready buyer.
import { summarize, type LatencySummary } from './stats.ts';
import { JourneyError } from './buyer-journey.ts';

export interface LoadOptions {
  buyers: number;
  /** events per second overall; undefined = closed loop */
  rate?: number;
}

export interface LoadResult {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  latency: LatencySummary;
  completed: number;
  failed: number;
  firstError?: string;
}

/** `visit(n, pause, latencies)`: buyer n's journey; it awaits `pause()` before every message after its first. */
export type Visit = (n: number, pause: () => Promise<void>, latencies: number[]) => Promise<void>;

function pacer(rate: number) {
  const waiting: (() => void)[] = [];
  let owed = 0;
  let granted = 0;
  let started = 0;
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const due = Math.floor(((performance.now() - started) * rate) / 1000) - granted;
    for (let i = 0; i < due; i++) {
      granted++;
      const next = waiting.shift();
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
  const pace = options.rate ? pacer(options.rate) : undefined;
  const pause = pace ? () => pace.slot() : () => Promise.resolve();
  let completed = 0;
  let failed = 0;
  let firstError: string | undefined;
  const started = performance.now();
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
  return { events: latencies.length, seconds, eventsPerSecond: latencies.length / seconds, latency: summarize(latencies), completed, failed, ...(firstError ? { firstError } : {}) };
}
