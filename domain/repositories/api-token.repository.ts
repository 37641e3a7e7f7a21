// API tokens: only a SHA-256 hash of the secret is stored.
import type { PrismaClient } from '../../prisma/generated/client.ts';

export function createApiTokenRepository(prisma: PrismaClient) {
  return {
    create: (data: { userId: string; name: string; prefix: string; tokenHash: string }) => prisma.apiToken.create({ data }),
    findActiveByHash: (tokenHash: string) => prisma.apiToken.findFirst({ where: { tokenHash, revokedAt: null } }),
    touch: (id: string, at: Date) => prisma.apiToken.update({ where: { id }, data: { lastUsedAt: at } }),
    revoke: (id: string, at: Date) => prisma.apiToken.updateMany({ where: { OR: [{ id }, { prefix: id }], revokedAt: null }, data: { revokedAt: at } }),
    list: () => prisma.apiToken.findMany({ include: { user: { select: { displayName: true, role: true } } }, orderBy: { createdAt: 'desc' } }),
  };
}

export type ApiTokenRepository = ReturnType<typeof createApiTokenRepository>;
