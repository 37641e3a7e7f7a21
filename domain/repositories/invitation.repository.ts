// Invitation codes for officials (stored hashed) and the role change a claim makes, in one transaction.
import type { PrismaClient, Role } from '../../prisma/generated/client.ts';

export type ClaimOutcome = { ok: true; role: Role; regionCodes: string[] } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

export function createInvitationRepository(prisma: PrismaClient) {
  return {
    create: (data: { codeHash: string; role: Role; regionCodes: string[]; createdById: string | null; expiresAt: Date }) => prisma.invitation.create({ data }),

    findByHash: (codeHash: string) => prisma.invitation.findUnique({ where: { codeHash } }),

    /**
     * Marks the invitation used (only if still unused and unexpired: a conditional update, so two people
     * claiming one code at once cannot both win), gives the user the role and binds the regencies.
     */
    claim: (codeHash: string, userId: string, now: Date): Promise<ClaimOutcome> =>
      prisma.$transaction(async (tx) => {
        const inv = await tx.invitation.findUnique({ where: { codeHash } });
        if (!inv) return { ok: false, reason: 'unknown' } as const;
        if (inv.usedAt) return { ok: false, reason: 'used' } as const;
        if (inv.expiresAt <= now) return { ok: false, reason: 'expired' } as const;
        const { count } = await tx.invitation.updateMany({ where: { id: inv.id, usedAt: null }, data: { usedAt: now, usedById: userId } });
        if (count === 0) return { ok: false, reason: 'used' } as const;
        const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
        // an admin claiming a curator code keeps being an admin
        const role: Role = user.role === 'ADMIN' ? 'ADMIN' : inv.role;
        await tx.user.update({ where: { id: userId }, data: { role, onboardedAt: user.onboardedAt ?? now } });
        if (inv.regionCodes.length > 0) {
          await tx.curatorRegion.createMany({ data: inv.regionCodes.map((regionCode) => ({ userId, regionCode })), skipDuplicates: true });
        }
        await tx.auditLog.create({ data: { actorId: userId, action: 'invitation.claim', entity: 'Invitation', entityId: inv.id, data: { role, regionCodes: inv.regionCodes } } });
        const regions = await tx.curatorRegion.findMany({ where: { userId }, select: { regionCode: true }, orderBy: { regionCode: 'asc' } });
        return { ok: true, role, regionCodes: regions.map((r) => r.regionCode) } as const;
      }),
  };
}

export type InvitationRepository = ReturnType<typeof createInvitationRepository>;
