// Runs the scheduled jobs on a timer. Each job decides itself whether its period is due and claims the
// period in the JobRun table, so with two processes a daily or monthly job still runs once; frequent
// idempotent jobs (order expiry) simply run on every tick.
import type { Logger } from '../../domain/lib/logger.ts';

export interface ScheduledJob {
  name: string;
  /** how often to call it */
  everyMs: number;
  run(now: Date): Promise<unknown>;
}

export function createScheduler(jobs: ScheduledJob[], logger: Logger, now: () => Date = () => new Date()) {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  let stopped = false;

  const fire = (job: ScheduledJob) => {
    if (stopped) return;
    const p = job
      .run(now())
      .then((result) => {
        if (result) logger.debug({ job: job.name, result }, 'scheduled job ran');
      })
      .catch((error: unknown) => logger.error({ job: job.name, err: error }, 'scheduled job failed'))
      .finally(() => running.delete(p));
    running.add(p);
  };

  return {
    start() {
      stopped = false;
      for (const job of jobs) {
        // a first run shortly after start, then on the interval; unref so a timer never keeps the process up
        const first = setTimeout(() => fire(job), 5_000);
        const every = setInterval(() => fire(job), job.everyMs);
        first.unref();
        every.unref();
        timers.push(first, every);
      }
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.length = 0;
      await Promise.all([...running]);
    },
  };
}
