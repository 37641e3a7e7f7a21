// One-time codes that sign a browser into the web shop as a chat user (WebSignIn): only hashes are kept, of
// the code the page shows and of the browser's own secret. Each change is one conditional UPDATE, so a code
// is claimed once and a claim is used once even when two requests race.
import type { PrismaClient } from '../../prisma/generated/client.ts';

export function createWebSignInRepository(prisma: PrismaClient) {
  return {
    create: (input: { codeHash: string; browserHash: string; expiresAt: Date }) => prisma.webSignIn.create({ data: input, select: { id: true } }),

    /** a code still waiting to be claimed (unexpired, unclaimed), or null */
    findClaimable: (codeHash: string, now: Date) =>
      prisma.webSignIn.findFirst({ where: { codeHash, userId: null, usedAt: null, expiresAt: { gt: now } }, select: { id: true } }),

    /** the user claims the code; false when it expired, was claimed or used meanwhile */
    async claim(codeHash: string, userId: string, now: Date): Promise<boolean> {
      const { count } = await prisma.webSignIn.updateMany({ where: { codeHash, userId: null, usedAt: null, expiresAt: { gt: now } }, data: { userId, claimedAt: now } });
      return count === 1;
    },

    /** the browser's newest code: its state as the sign-in page shows it */
    latestOfBrowser: (browserHash: string) =>
      prisma.webSignIn.findFirst({ where: { browserHash }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true, userId: true, usedAt: true, expiresAt: true } }),

    /** marks a claimed code used; false when another request used it first */
    async use(id: string, now: Date): Promise<boolean> {
      const { count } = await prisma.webSignIn.updateMany({ where: { id, usedAt: null, userId: { not: null } }, data: { usedAt: now } });
      return count === 1;
    },

    /** housekeeping: codes long past their expiry */
    deleteExpiredBefore: (before: Date) => prisma.webSignIn.deleteMany({ where: { expiresAt: { lt: before } } }),
  };
}

export type WebSignInRepository = ReturnType<typeof createWebSignInRepository>;
