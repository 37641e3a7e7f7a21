// Scans of the QR labels of the offline display network (airports, ports, hotels): which point brought a
// visitor to which product, on which channel. Counted by the display-network reports.
import type { Channel, PrismaClient } from '../../prisma/generated/client.ts';

export function createDisplayScanRepository(prisma: PrismaClient) {
  return {
    findActivePoint: (code: string) => prisma.displayPoint.findFirst({ where: { code, active: true }, select: { id: true, code: true, name: true } }),

    record: (data: { pointId: string; productId: string | null; channel: Channel }) =>
      prisma.displayScan.create({ data, select: { id: true, pointId: true, productId: true, channel: true, createdAt: true } }),
  };
}

export type DisplayScanRepository = ReturnType<typeof createDisplayScanRepository>;
