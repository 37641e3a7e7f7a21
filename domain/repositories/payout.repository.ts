// The producers' ledger (what the platform owes each for orders paid online) and the payouts that settle it.
// A payout takes the balance as it stands under a lock on the producer's row, so two officials marking the
// same transfer never pay it twice.
import type { PrismaClient } from '../../prisma/generated/client.ts';
import { enqueueNotifications, type NotificationInput } from './notification.repository.ts';

export interface BalanceRow {
  producerId: string;
  businessName: string;
  bankName: string | null;
  bankAccount: string | null;
  bankHolder: string | null;
  userId: string;
  balanceIdr: number;
}

export function createPayoutRepository(prisma: PrismaClient) {
  return {
    /** producers the platform owes money, largest first */
    async balances(): Promise<BalanceRow[]> {
      const sums = await prisma.ledgerEntry.groupBy({ by: ['producerId'], _sum: { amountIdr: true } });
      const owed = sums.filter((s) => (s._sum.amountIdr ?? 0) !== 0);
      const producers = await prisma.producer.findMany({ where: { id: { in: owed.map((s) => s.producerId) } }, select: { id: true, userId: true, businessName: true, bankName: true, bankAccount: true, bankHolder: true } });
      const byId = new Map(producers.map((p) => [p.id, p]));
      return owed
        .map((s) => {
          const p = byId.get(s.producerId)!;
          return { producerId: p.id, userId: p.userId, businessName: p.businessName, bankName: p.bankName, bankAccount: p.bankAccount, bankHolder: p.bankHolder, balanceIdr: s._sum.amountIdr ?? 0 };
        })
        .sort((a, b) => b.balanceIdr - a.balanceIdr);
    },

    balanceOf: async (producerId: string): Promise<number> => (await prisma.ledgerEntry.aggregate({ where: { producerId }, _sum: { amountIdr: true } }))._sum.amountIdr ?? 0,
    entriesOf: (producerId: string, take = 50) => prisma.ledgerEntry.findMany({ where: { producerId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take }),
    payouts: (take = 200) => prisma.payout.findMany({ orderBy: { createdAt: 'desc' }, take, include: { producer: { select: { businessName: true, bankName: true, bankAccount: true, bankHolder: true } } } }),

    /** The payout of exactly `amountIdr` when that is still the balance; null when it changed meanwhile. */
    recordPayout: (p: { producerId: string; amountIdr: number; reference: string; actorId: string; at: Date; notes: NotificationInput[] }) =>
      prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Producer" WHERE id = ${p.producerId} FOR UPDATE`;
        const balance = (await tx.ledgerEntry.aggregate({ where: { producerId: p.producerId }, _sum: { amountIdr: true } }))._sum.amountIdr ?? 0;
        if (balance !== p.amountIdr || balance <= 0) return null;
        const payout = await tx.payout.create({ data: { producerId: p.producerId, amountIdr: p.amountIdr, reference: p.reference, transferredById: p.actorId, createdAt: p.at } });
        await tx.ledgerEntry.create({ data: { producerId: p.producerId, payoutId: payout.id, kind: 'payout', amountIdr: -p.amountIdr, createdAt: p.at } });
        await enqueueNotifications(tx, p.notes);
        return payout;
      }),

    /** orders paid online, shipped or ready long enough ago without the buyer saying anything */
    dueForAutoComplete: (cutoff: Date, take: number) =>
      prisma.order.findMany({ where: { paymentId: { not: null }, status: { in: ['SHIPPED', 'READY_FOR_PICKUP'] }, updatedAt: { lte: cutoff } }, select: { id: true }, orderBy: { updatedAt: 'asc' }, take }),
  };
}

export type PayoutRepository = ReturnType<typeof createPayoutRepository>;
