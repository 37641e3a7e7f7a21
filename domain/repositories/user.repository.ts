// Users and their channel identities (Telegram id, WhatsApp number, console name, web cookie id).
import { randomUUID } from 'node:crypto';
import { Prisma, type Channel, type Language, type PrismaClient, type Role } from '../../prisma/generated/client.ts';
import { directSql, sqlRows } from '../db/direct-sql.ts';
import type { Actor } from '../services/actor.ts';

/** The acting user of the row aliased `u`, as one JSON column: shared by loadActor and the engine's beginTurn. */
export const actorJson = Prisma.sql`json_build_object(
  'userId', u.id, 'role', u.role::text, 'language', u.language::text, 'onboarded', u."onboardedAt" IS NOT NULL, 'currency', u.currency,
  'producerId', (SELECT p.id FROM "Producer" p WHERE p."userId" = u.id),
  'regionCodes', COALESCE((SELECT array_agg(c."regionCode") FROM "CuratorRegion" c WHERE c."userId" = u.id), '{}'),
  'displayStaff', EXISTS (SELECT 1 FROM "DisplayPointStaff" s JOIN "DisplayPoint" d ON d.id = s."pointId" WHERE s."userId" = u.id AND d.active))`;

export interface ActorJson {
  userId: string;
  role: Actor['role'];
  language: Actor['language'];
  onboarded: boolean;
  producerId: string | null;
  regionCodes: string[];
  displayStaff: boolean;
  /** absent in rows written before the column (a conversation's cached actor) */
  currency?: string | null;
}

export function toActor(a: ActorJson): Actor {
  return {
    kind: 'user',
    userId: a.userId,
    role: a.role,
    language: a.language,
    regionCodes: a.regionCodes,
    onboarded: a.onboarded,
    displayStaff: a.displayStaff,
    ...(a.producerId ? { producerId: a.producerId } : {}),
    ...(a.currency ? { currency: a.currency } : {}),
  };
}

export function createUserRepository(prisma: PrismaClient) {
  return {
    findById: (id: string) => prisma.user.findUnique({ where: { id } }),

    findIdentity: (channel: Channel, externalId: string) =>
      prisma.channelIdentity.findUnique({ where: { channel_externalId: { channel, externalId } }, include: { user: true } }),

    /**
     * Creates a buyer for a channel identity the caller has just found unknown (the engine's beginTurn looks
     * it up), and returns the new buyer as an actor: nobody else can have made it a producer, curator or
     * display staff yet, so that needs no read. A concurrent first message that created it meanwhile wins;
     * its user is read then.
     */
    async createBuyerForIdentity(input: { channel: Channel; externalId: string; chatId: string; displayName: string; language: Language }): Promise<Actor> {
      try {
        // the user and the identity in ONE statement: atomic without a transaction, whose round trips would
        // hold the embedded database (one session) for every other conversation meanwhile
        const now = new Date();
        const [user] = await sqlRows<{ id: string; language: Language }>(prisma, Prisma.sql`
          WITH u AS (
            INSERT INTO "User" (id, role, "displayName", language, "createdAt", "updatedAt")
            VALUES (${randomUUID()}, 'BUYER', ${input.displayName}, ${input.language}::"Language", ${now}, ${now})
            RETURNING id, language::text AS language),
          i AS (
            INSERT INTO "ChannelIdentity" (id, "userId", channel, "externalId", "chatId", "createdAt", "lastSeenAt")
            SELECT ${randomUUID()}, u.id, ${input.channel}::"Channel", ${input.externalId}, ${input.chatId}, ${now}, ${now} FROM u)
          SELECT * FROM u`);
        return toActor({ userId: user!.id, role: 'BUYER', language: user!.language, onboarded: false, producerId: null, regionCodes: [], displayStaff: false });
      } catch (error) {
        // a concurrent first message created it: its user, as the actor it is now
        const [row] = await prisma.$queryRaw<{ actor: ActorJson }[]>`
          SELECT ${actorJson} AS actor FROM "ChannelIdentity" i JOIN "User" u ON u.id = i."userId"
          WHERE i.channel = ${input.channel}::"Channel" AND i."externalId" = ${input.externalId}`;
        // not there either: the insert failed for another reason, which is the one to report
        if (!row) throw error;
        return toActor(row.actor);
      }
    },

    identitiesOf: (userId: string) => prisma.channelIdentity.findMany({ where: { userId }, orderBy: { lastSeenAt: 'desc' } }),

    /** Marks the user onboarded unless it already was (the first time stays): one statement. */
    markOnboarded: async (userId: string, at: Date): Promise<void> => {
      // on every new buyer's path (the welcome's "belanja"): the direct path, as the client's updateMany sends it
      await directSql(prisma).execute(`UPDATE "User" SET "onboardedAt" = $1, "updatedAt" = $2 WHERE id = $3 AND "onboardedAt" IS NULL`, [at, new Date(), userId]);
    },

    setCurrency: (userId: string, currency: string) => prisma.user.update({ where: { id: userId }, data: { currency }, select: { id: true } }),

    setLanguage: (userId: string, language: Language) => prisma.user.update({ where: { id: userId }, data: { language } }),
    update: (userId: string, data: { displayName?: string; phone?: string | null; role?: Role; language?: Language }) =>
      prisma.user.update({ where: { id: userId }, data }),

    listByRole: (role?: Role) => prisma.user.findMany({ where: role ? { role } : {}, include: { identities: true, curatorOf: true }, orderBy: { createdAt: 'asc' } }),

    /** One statement (the engine loads the actor for every message): the user, its producer id and regencies. */
    async loadActor(userId: string): Promise<Actor | null> {
      const [row] = await prisma.$queryRaw<{ actor: ActorJson }[]>`SELECT ${actorJson} AS actor FROM "User" u WHERE u.id = ${userId}`;
      return row ? toActor(row.actor) : null;
    },

    /** officials to alert for a regency: its curators and all admins */
    officialsOfRegion: (regionCode: string) =>
      prisma.user.findMany({ where: { OR: [{ role: 'ADMIN' }, { role: 'CURATOR', curatorOf: { some: { regionCode } } }] }, select: { id: true, role: true } }),
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
