// The offline display network: points (airports, ports, hotels, exhibition spaces), their staff, the
// products placed there on consignment and the sales and returns recorded at each point. Stock on a shelf
// only ever moves through a conditional UPDATE, so concurrent sales never take it below zero.
import { Prisma, type DisplayPointKind, type PrismaClient } from '../../prisma/generated/client.ts';
import { enqueueNotifications, type NotificationInput } from './notification.repository.ts';
import { createDisplayReportRepository } from './display-report.repository.ts';

export const pointSelect = {
  id: true,
  code: true,
  kind: true,
  name: true,
  city: true,
  regionCode: true,
  address: true,
  contact: true,
  managerId: true,
  active: true,
  region: { select: { name: true, shortName: true } },
} satisfies Prisma.DisplayPointSelect;

export type PointRow = Prisma.DisplayPointGetPayload<{ select: typeof pointSelect }>;

export interface PointWrite {
  kind?: DisplayPointKind;
  name?: string;
  city?: string;
  regionCode?: string | null;
  address?: string | null;
  contact?: string | null;
  managerId?: string | null;
  active?: boolean;
}

const productSelect = {
  id: true,
  code: true,
  slug: true,
  nameId: true,
  nameEn: true,
  status: true,
  paused: true,
  priceIdr: true,
  unit: true,
  producer: { select: { id: true, userId: true, businessName: true, regionCode: true } },
} satisfies Prisma.ProductSelect;

export type DisplayProductRow = Prisma.ProductGetPayload<{ select: typeof productSelect }>;

export interface PlacementWrite {
  pointId: string;
  productId: string;
  quantity: number;
  startsOn: Date;
  endsOn: Date | null;
  placedById: string;
  /** an open placement of the same product at the point to top up instead of a new row */
  topUpId: string | null;
}

export interface MovementWrite {
  /** candidate placements, tried in order; the first that still holds `quantity` units takes the movement */
  placementIds: string[];
  kind: 'sale' | 'return';
  quantity: number;
  unitPriceIdr: number;
  recordedById: string;
}

type Tx = Prisma.TransactionClient;

export function createDisplayRepository(prisma: PrismaClient) {
  return {
    ...createDisplayReportRepository(prisma),

    findPoint: (code: string): Promise<PointRow | null> => prisma.displayPoint.findUnique({ where: { code }, select: pointSelect }),

    listPoints: (filter: { regionCodes?: string[]; activeOnly?: boolean } = {}): Promise<PointRow[]> =>
      prisma.displayPoint.findMany({
        where: { ...(filter.activeOnly ? { active: true } : {}), ...(filter.regionCodes ? { regionCode: { in: filter.regionCodes } } : {}) },
        select: pointSelect,
        orderBy: [{ regionCode: { sort: 'asc', nulls: 'last' } }, { kind: 'asc' }, { name: 'asc' }],
      }),

    createPoint: (data: PointWrite & { code: string; kind: DisplayPointKind; name: string; city: string }, actorId: string | null) =>
      prisma.$transaction(async (tx) => {
        const row = await tx.displayPoint.create({ data, select: pointSelect });
        await tx.auditLog.create({ data: { actorId, action: 'display.point.create', entity: 'DisplayPoint', entityId: row.id, data: { code: row.code } } });
        return row;
      }),

    updatePoint: (id: string, data: PointWrite, actorId: string | null) =>
      prisma.$transaction(async (tx) => {
        const row = await tx.displayPoint.update({ where: { id }, data, select: pointSelect });
        await tx.auditLog.create({ data: { actorId, action: 'display.point.update', entity: 'DisplayPoint', entityId: id, data: data as Prisma.InputJsonValue } });
        return row;
      }),

    findUser: (id: string) => prisma.user.findUnique({ where: { id }, select: { id: true, displayName: true } }),

    /** the user behind a phone number: their own number, their producer profile's, or their WhatsApp number */
    findUserByPhone: (phone: string) =>
      prisma.user.findFirst({
        where: { OR: [{ phone }, { producer: { phone } }, { identities: { some: { channel: 'WHATSAPP', externalId: { startsWith: `${phone}@` } } } }] },
        select: { id: true, displayName: true },
        orderBy: { createdAt: 'asc' },
      }),

    isStaff: async (pointId: string, userId: string) => (await prisma.displayPointStaff.count({ where: { pointId, userId } })) > 0,

    staffPointsOf: (userId: string): Promise<PointRow[]> =>
      prisma.displayPoint.findMany({ where: { staff: { some: { userId } }, active: true }, select: pointSelect, orderBy: { name: 'asc' } }),

    hasStaffRole: async (userId: string) => (await prisma.displayPointStaff.count({ where: { userId, point: { active: true } } })) > 0,

    addStaff: (pointId: string, userId: string, notes: NotificationInput[]) =>
      prisma.$transaction(async (tx) => {
        const existing = await tx.displayPointStaff.findUnique({ where: { pointId_userId: { pointId, userId } } });
        if (existing) return { added: false };
        await tx.displayPointStaff.create({ data: { pointId, userId } });
        await enqueueNotifications(tx, notes);
        return { added: true };
      }),

    findProduct: (code: string): Promise<DisplayProductRow | null> => prisma.product.findUnique({ where: { code }, select: productSelect }),

    /** the placement of this product at this point that is still running on `today` (or has not started) */
    openPlacement: (pointId: string, productId: string, today: Date) =>
      prisma.placement.findFirst({ where: { pointId, productId, OR: [{ endsOn: null }, { endsOn: { gte: today } }] }, orderBy: { createdAt: 'desc' } }),

    place: (w: PlacementWrite, notes: NotificationInput[]) =>
      prisma.$transaction(async (tx) => {
        const placement = w.topUpId
          ? await tx.placement.update({
              where: { id: w.topUpId },
              data: { quantityConsigned: { increment: w.quantity }, onHand: { increment: w.quantity }, ...(w.endsOn ? { endsOn: w.endsOn } : {}) },
            })
          : await tx.placement.create({
              data: { pointId: w.pointId, productId: w.productId, quantityConsigned: w.quantity, onHand: w.quantity, startsOn: w.startsOn, endsOn: w.endsOn, placedById: w.placedById },
            });
        await enqueueNotifications(tx, notes);
        return placement;
      }),

    /** placements of a product at a point that have started by `now`, oldest first (first in, first sold) */
    sellablePlacements: (pointId: string, productId: string, now: Date) =>
      prisma.placement.findMany({ where: { pointId, productId, startsOn: { lte: now } }, select: { id: true, onHand: true }, orderBy: { createdAt: 'asc' } }),

    /**
     * Takes `quantity` units off the first candidate placement that still holds them (UPDATE ... WHERE
     * onHand >= q), records the movement and the producer's notification in the same transaction.
     * Returns null when no placement holds enough: nothing changed.
     */
    recordMovement: (w: MovementWrite, notesFor: (onHandAfter: number) => NotificationInput[]) =>
      prisma.$transaction(async (tx: Tx) => {
        for (const placementId of w.placementIds) {
          const rows = await tx.$queryRaw<{ onHand: number }[]>`
            UPDATE "Placement" SET "onHand" = "onHand" - ${w.quantity}::int
            WHERE id = ${placementId} AND "onHand" >= ${w.quantity}::int
            RETURNING "onHand"`;
          const row = rows[0];
          if (!row) continue;
          const movement = await tx.placementSale.create({
            data: { placementId, kind: w.kind, quantity: w.quantity, unitPriceIdr: w.unitPriceIdr, recordedById: w.recordedById },
          });
          await enqueueNotifications(tx, notesFor(row.onHand));
          return { movementId: movement.id, placementId, onHand: row.onHand };
        }
        return null;
      }),

    /** every placement of a point with its product and the units sold and returned so far */
    async placementsOf(pointId: string) {
      const placements = await prisma.placement.findMany({
        where: { pointId },
        include: { product: { select: productSelect } },
        orderBy: [{ createdAt: 'asc' }],
      });
      const moved = await prisma.placementSale.groupBy({ by: ['placementId', 'kind'], where: { placement: { pointId } }, _sum: { quantity: true } });
      const of = (id: string, kind: string) => moved.find((m) => m.placementId === id && m.kind === kind)?._sum.quantity ?? 0;
      return placements.map((p) => ({ ...p, sold: of(p.id, 'sale'), returned: of(p.id, 'return') }));
    },
  };
}

export type DisplayRepository = ReturnType<typeof createDisplayRepository>;
