// The monthly flagship target: targets set by admins, designations counted per regency and month (WITA),
// and the pipeline behind them (submitted, in review, approved but never designated).
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';

export interface RegionCounts {
  regionCode: string;
  count: number;
}

/** [start, end) in UTC of a WITA month "YYYY-MM" */
export function witaMonthRange(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const offset = 8 * 60 * 60 * 1000;
  return { start: new Date(Date.UTC(y, m - 1, 1) - offset), end: new Date(Date.UTC(y, m, 1) - offset) };
}

export function createTargetRepository(prisma: PrismaClient) {
  return {
    targetsOf: (month: string) => prisma.monthlyTarget.findMany({ where: { month } }),

    setTarget: (regionCode: string, month: string, target: number, actorId: string | null) =>
      prisma.$transaction(async (tx) => {
        const row = await tx.monthlyTarget.upsert({ where: { regionCode_month: { regionCode, month } }, create: { regionCode, month, target }, update: { target } });
        await tx.auditLog.create({ data: { actorId, action: 'target.set', entity: 'MonthlyTarget', entityId: `${regionCode}/${month}`, data: { target } } });
        return row;
      }),

    async designations(month: string): Promise<RegionCounts[]> {
      const rows = await prisma.flagshipDesignation.groupBy({ by: ['regionCode'], where: { month }, _count: { _all: true } });
      return rows.map((r) => ({ regionCode: r.regionCode, count: r._count._all }));
    },

    /** products waiting or approved-but-never-designated, per regency and status */
    pipeline: () =>
      prisma.$queryRaw<{ regionCode: string; status: string; count: number }[]>`
        SELECT pr."regionCode" AS "regionCode", p.status::text AS status, count(*)::int AS count
        FROM "Product" p JOIN "Producer" pr ON pr.id = p."producerId"
        WHERE p.status IN ('SUBMITTED', 'IN_REVIEW')
           OR (p.status = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM "FlagshipDesignation" f WHERE f."productId" = p.id))
        GROUP BY 1, 2`,

    /** approvals and certificates recorded in a WITA month, per regency (for the monthly report) */
    async activity(month: string): Promise<{ approved: RegionCounts[]; certificates: RegionCounts[] }> {
      const { start, end } = witaMonthRange(month);
      const approved = await prisma.$queryRaw<RegionCounts[]>(Prisma.sql`
        SELECT pr."regionCode" AS "regionCode", count(DISTINCT r."productId")::int AS count
        FROM "CurationReview" r JOIN "Product" p ON p.id = r."productId" JOIN "Producer" pr ON pr.id = p."producerId"
        WHERE r.decision = 'APPROVE' AND r."createdAt" >= ${start} AND r."createdAt" < ${end} GROUP BY 1`);
      const certificates = await prisma.$queryRaw<RegionCounts[]>(Prisma.sql`
        SELECT pr."regionCode" AS "regionCode", count(*)::int AS count
        FROM "LicensingCase" c JOIN "Producer" pr ON pr.id = c."producerId"
        WHERE c.status = 'ISSUED' AND c.verified AND c."issuedAt" >= ${start} AND c."issuedAt" < ${end} GROUP BY 1`);
      return { approved, certificates };
    },

    /** approved products of a regency not yet designated in `month`, to pick a flagship from */
    candidates: (regionCode: string, month: string) =>
      prisma.product.findMany({
        where: { status: 'APPROVED', producer: { regionCode }, flagships: { none: { month } } },
        select: { id: true, code: true, nameId: true, approvedAt: true },
        orderBy: [{ approvedAt: 'desc' }, { id: 'asc' }],
        take: 20,
      }),

    /** the curators of each regency (for the mid-month alerts) and the admins */
    curatorsByRegion: () => prisma.curatorRegion.findMany({ where: { user: { role: 'CURATOR' } }, select: { userId: true, regionCode: true } }),
    admins: () => prisma.user.findMany({ where: { role: 'ADMIN' }, select: { id: true } }),
  };
}

export type TargetRepository = ReturnType<typeof createTargetRepository>;
