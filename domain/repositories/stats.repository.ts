// Counts for /metrics and /health: read-only aggregates over the whole database.
import type { PrismaClient } from '../../prisma/generated/client.ts';

export function createStatsRepository(prisma: PrismaClient) {
  return {
    ordersByStatus: async () =>
      (await prisma.order.groupBy({ by: ['status'], _count: { _all: true } })).map((r) => ({ status: r.status, count: r._count._all })),
    curationQueue: () => prisma.product.count({ where: { status: { in: ['SUBMITTED', 'IN_REVIEW'] } } }),
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;
