// What one display point did in a WITA month: the products shown there, units sold and returned, QR scans
// and the orders its labels brought (Order.attributedPointId), per product where it applies.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';

export interface MonthRange {
  start: Date;
  end: Date;
}

export interface ProductMonthRow {
  productId: string;
  sold: number;
  returned: number;
  revenueIdr: number;
  scans: number;
  orders: number;
  orderedUnits: number;
}

export function createDisplayReportRepository(prisma: PrismaClient) {
  return {
    /** placements that were on display at some time in [start, end) */
    shownIn: (pointId: string, r: MonthRange) =>
      prisma.placement.findMany({
        where: { pointId, startsOn: { lt: r.end }, OR: [{ endsOn: null }, { endsOn: { gte: r.start } }] },
        select: { productId: true, quantityConsigned: true, onHand: true, product: { select: { code: true, nameId: true, nameEn: true } } },
      }),

    async monthTotals(pointId: string, r: MonthRange): Promise<{ scans: number; orders: number; orderValueIdr: number }> {
      const [scans, orders] = await Promise.all([
        prisma.displayScan.count({ where: { pointId, createdAt: { gte: r.start, lt: r.end } } }),
        prisma.order.aggregate({ where: { attributedPointId: pointId, createdAt: { gte: r.start, lt: r.end } }, _count: { _all: true }, _sum: { subtotalIdr: true } }),
      ]);
      return { scans, orders: orders._count._all, orderValueIdr: orders._sum.subtotalIdr ?? 0 };
    },

    /** per product: movements, scans and attributed orders in [start, end) */
    async perProduct(pointId: string, r: MonthRange): Promise<ProductMonthRow[]> {
      const [moves, scans, orders] = await Promise.all([
        prisma.$queryRaw<{ productId: string; kind: string; units: bigint; value: bigint }[]>(Prisma.sql`
          SELECT pl."productId" AS "productId", s.kind AS kind, sum(s.quantity)::bigint AS units, sum(s.quantity::bigint * s."unitPriceIdr")::bigint AS value
          FROM "PlacementSale" s JOIN "Placement" pl ON pl.id = s."placementId"
          WHERE pl."pointId" = ${pointId} AND s."createdAt" >= ${r.start} AND s."createdAt" < ${r.end}
          GROUP BY 1, 2`),
        prisma.displayScan.groupBy({ by: ['productId'], where: { pointId, productId: { not: null }, createdAt: { gte: r.start, lt: r.end } }, _count: { _all: true } }),
        prisma.$queryRaw<{ productId: string; orders: bigint; units: bigint }[]>(Prisma.sql`
          SELECT i."productId" AS "productId", count(DISTINCT o.id)::bigint AS orders, sum(i.quantity)::bigint AS units
          FROM "Order" o JOIN "OrderItem" i ON i."orderId" = o.id
          WHERE o."attributedPointId" = ${pointId} AND o."createdAt" >= ${r.start} AND o."createdAt" < ${r.end}
          GROUP BY 1`),
      ]);
      const rows = new Map<string, ProductMonthRow>();
      const row = (productId: string) => {
        let found = rows.get(productId);
        if (!found) rows.set(productId, (found = { productId, sold: 0, returned: 0, revenueIdr: 0, scans: 0, orders: 0, orderedUnits: 0 }));
        return found;
      };
      for (const m of moves) {
        if (m.kind === 'sale') {
          row(m.productId).sold += Number(m.units);
          row(m.productId).revenueIdr += Number(m.value);
        } else row(m.productId).returned += Number(m.units);
      }
      for (const s of scans) if (s.productId) row(s.productId).scans += s._count._all;
      for (const o of orders) {
        row(o.productId).orders += Number(o.orders);
        row(o.productId).orderedUnits += Number(o.units);
      }
      return [...rows.values()];
    },

    productNames: (ids: string[]) => prisma.product.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, nameId: true, nameEn: true } }),
  };
}
