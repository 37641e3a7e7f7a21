// Every scheduled job runs at most once per period across processes: it first claims (name, periodKey) in
// the JobRun table; whoever finds the row already there skips. A failed run gives its claim back.
import { hostname } from 'node:os';
import type { JobRunRepository } from '../../domain/repositories/job-run.repository.ts';

export type JobOutcome = { ran: false; reason: 'not-due' | 'already-ran' } | { ran: true; periodKey: string; sent: number };

export const defaultOwner = () => `${hostname()}:${process.pid}`;

export async function runOnce(jobRuns: JobRunRepository, name: string, periodKey: string, owner: string, now: Date, task: () => Promise<number>): Promise<JobOutcome> {
  if (!(await jobRuns.tryStart(name, periodKey, owner, now))) return { ran: false, reason: 'already-ran' };
  try {
    return { ran: true, periodKey, sent: await task() };
  } catch (error) {
    await jobRuns.release(name, periodKey, owner);
    throw error;
  }
}

export const DAY_MS = 86_400_000;

/** "• a\n• b", at most `max` lines and "…+n" for the rest: lists inside one chat message stay short */
export function bulletList(lines: string[], max = 15): string {
  const shown = lines.slice(0, max).map((l) => `• ${l}`);
  if (lines.length > max) shown.push(`… +${lines.length - max}`);
  return shown.join('\n');
}
