// One-time sign-in codes of the officials' dashboard: only a hash of each code is stored. A code and the
// chat message carrying it are written in one transaction, so a code never exists that was not sent.
import type { PrismaClient } from '../../prisma/generated/client.ts';
import { enqueueNotifications, type NotificationInput } from './notification.repository.ts';

export function createSignInCodeRepository(prisma: PrismaClient) {
  return {
    /** codes issued to a user since a moment (caps how often an official's chat can be filled with codes) */
    countIssuedSince: (userId: string, since: Date) => prisma.signInCode.count({ where: { userId, createdAt: { gte: since } } }),

    issue: (input: { userId: string; codeHash: string; expiresAt: Date; note: NotificationInput }) =>
      prisma.$transaction(async (tx) => {
        await tx.signInCode.create({ data: { userId: input.userId, codeHash: input.codeHash, expiresAt: input.expiresAt } });
        await enqueueNotifications(tx, [input.note]);
      }),

    /** the newest code still usable: unused and unexpired (older ones are superseded by it) */
    latestActive: (userId: string, now: Date) =>
      prisma.signInCode.findFirst({ where: { userId, usedAt: null, expiresAt: { gt: now } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),

    /**
     * Counts one attempt on a code, atomically, only while it is usable and under the cap. False when the
     * attempt is not allowed (used, expired, or out of attempts), whatever the code typed.
     */
    async countAttempt(id: string, maxAttempts: number, now: Date): Promise<boolean> {
      const { count } = await prisma.signInCode.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now }, attempts: { lt: maxAttempts } }, data: { attempts: { increment: 1 } } });
      return count === 1;
    },

    /** Uses a code once (false when another request used it first), and retires the user's other codes. */
    async consume(id: string, userId: string, now: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.signInCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } });
        if (count !== 1) return false;
        await tx.signInCode.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
        return true;
      });
    },

    /** housekeeping: codes long past their expiry */
    deleteExpiredBefore: (before: Date) => prisma.signInCode.deleteMany({ where: { expiresAt: { lt: before } } }),
  };
}

export type SignInCodeRepository = ReturnType<typeof createSignInCodeRepository>;
