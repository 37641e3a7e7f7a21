// Users and their channel identities (Telegram id, WhatsApp number, console name, web cookie id).
import type { Channel, Language, PrismaClient, Role } from '../../prisma/generated/client.ts';
import type { Actor } from '../services/actor.ts';

export function createUserRepository(prisma: PrismaClient) {
  return {
    findById: (id: string) => prisma.user.findUnique({ where: { id } }),

    findIdentity: (channel: Channel, externalId: string) =>
      prisma.channelIdentity.findUnique({ where: { channel_externalId: { channel, externalId } }, include: { user: true } }),

    /** Finds the user behind a channel identity or creates a buyer for it, atomically (upsert). */
    async findOrCreateByIdentity(input: { channel: Channel; externalId: string; chatId: string; displayName: string; language: Language }) {
      const identity = await prisma.channelIdentity.findUnique({
        where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
        include: { user: true },
      });
      if (identity) return { user: identity.user, created: false };
      try {
        const user = await prisma.user.create({
          data: {
            displayName: input.displayName,
            language: input.language,
            identities: { create: { channel: input.channel, externalId: input.externalId, chatId: input.chatId } },
          },
        });
        return { user, created: true };
      } catch {
        // a concurrent first message created it: read the winner
        const again = await prisma.channelIdentity.findUniqueOrThrow({
          where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
          include: { user: true },
        });
        return { user: again.user, created: false };
      }
    },

    identitiesOf: (userId: string) => prisma.channelIdentity.findMany({ where: { userId }, orderBy: { lastSeenAt: 'desc' } }),

    markOnboarded: (userId: string, at: Date) => prisma.user.update({ where: { id: userId }, data: { onboardedAt: at } }),

    setLanguage: (userId: string, language: Language) => prisma.user.update({ where: { id: userId }, data: { language } }),
    update: (userId: string, data: { displayName?: string; phone?: string | null; role?: Role; language?: Language }) =>
      prisma.user.update({ where: { id: userId }, data }),

    listByRole: (role?: Role) => prisma.user.findMany({ where: role ? { role } : {}, include: { identities: true, curatorOf: true }, orderBy: { createdAt: 'asc' } }),

    /** One statement (the engine loads the actor for every message): the user, its producer id and regencies. */
    async loadActor(userId: string): Promise<Actor | null> {
      const [u] = await prisma.$queryRaw<{ id: string; role: Actor['role']; language: Actor['language']; onboarded: boolean; producerId: string | null; regionCodes: string[] }[]>`
        SELECT u.id, u.role::text AS role, u.language::text AS language, u."onboardedAt" IS NOT NULL AS onboarded,
          (SELECT p.id FROM "Producer" p WHERE p."userId" = u.id) AS "producerId",
          COALESCE((SELECT array_agg(c."regionCode") FROM "CuratorRegion" c WHERE c."userId" = u.id), '{}') AS "regionCodes"
        FROM "User" u WHERE u.id = ${userId}`;
      if (!u) return null;
      return {
        kind: 'user',
        userId: u.id,
        role: u.role,
        language: u.language,
        regionCodes: u.regionCodes,
        onboarded: u.onboarded,
        ...(u.producerId ? { producerId: u.producerId } : {}),
      };
    },

    /** officials to alert for a regency: its curators and all admins */
    officialsOfRegion: (regionCode: string) =>
      prisma.user.findMany({ where: { OR: [{ role: 'ADMIN' }, { role: 'CURATOR', curatorOf: { some: { regionCode } } }] }, select: { id: true, role: true } }),
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
