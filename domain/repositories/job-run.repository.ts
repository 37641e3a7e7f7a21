// Scheduled jobs run once per period even with two processes: the first to insert (name, periodKey) owns
// the run; ON CONFLICT DO NOTHING tells the other it already ran (or is running) elsewhere.
import type { PrismaClient } from '../../prisma/generated/client.ts';

export function createJobRunRepository(prisma: PrismaClient) {
  return {
    /** true when this caller claimed the period and must run the job */
    async tryStart(name: string, periodKey: string, owner: string, at: Date): Promise<boolean> {
      const { count } = await prisma.jobRun.createMany({ data: [{ name, periodKey, owner, startedAt: at }], skipDuplicates: true });
      return count === 1;
    },

    /** a run that failed gives its period back, so the next tick tries again */
    release: (name: string, periodKey: string, owner: string) => prisma.jobRun.deleteMany({ where: { name, periodKey, owner } }),

    find: (name: string, periodKey: string) => prisma.jobRun.findUnique({ where: { name_periodKey: { name, periodKey } } }),
  };
}

export type JobRunRepository = ReturnType<typeof createJobRunRepository>;
