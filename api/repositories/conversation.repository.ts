// Conversation sessions, their cross-process lock, and the ids of inbound messages already handled.
// The engine (bot/core) uses this through the SessionStore port; flows never see it.
import { randomUUID } from 'node:crypto';
import { Prisma, type Channel, type Language, type PrismaClient } from '../../prisma/generated/client.ts';

export interface StoredMenu {
  token: string;
  items: { label: string; value: string }[];
}

export interface SessionRecord {
  id: string;
  channel: Channel;
  conversationId: string;
  userId: string | null;
  language: Language;
  flow: string | null;
  step: string | null;
  data: Record<string, unknown>;
  menu: StoredMenu | null;
  stack: { flow: string; step: string }[];
  version: number;
}

type Row = Prisma.ConversationSessionGetPayload<object>;

function toRecord(row: Row): SessionRecord {
  const options = row.options as unknown;
  const menu = options && typeof options === 'object' && !Array.isArray(options) ? (options as StoredMenu) : null;
  return {
    id: row.id,
    channel: row.channel,
    conversationId: row.conversationId,
    userId: row.userId,
    language: row.language,
    flow: row.flow,
    step: row.step,
    data: (row.data ?? {}) as Record<string, unknown>,
    menu,
    stack: (Array.isArray(row.stack) ? row.stack : []) as SessionRecord['stack'],
    version: row.version,
  };
}

export function createConversationRepository(prisma: PrismaClient) {
  return {
    async loadOrCreate(channel: Channel, conversationId: string, language: Language): Promise<SessionRecord> {
      const row = await prisma.conversationSession.upsert({
        where: { channel_conversationId: { channel, conversationId } },
        create: { channel, conversationId, language },
        update: {},
      });
      return toRecord(row);
    },

    async find(channel: Channel, conversationId: string): Promise<SessionRecord | null> {
      const row = await prisma.conversationSession.findUnique({ where: { channel_conversationId: { channel, conversationId } } });
      return row ? toRecord(row) : null;
    },

    /**
     * Creates the session if needed and takes its lock unless another live holder has it, in one statement;
     * returns the session as it is under the lock, or null when someone else holds it. (Replaces
     * loadOrCreate + tryLock + find on the engine's path: three round trips, four statements for the upsert.)
     */
    async lockOrCreate(channel: Channel, conversationId: string, language: Language, owner: string, ttlMs: number, now = new Date()): Promise<SessionRecord | null> {
      const until = new Date(now.getTime() + ttlMs);
      const rows = await prisma.$queryRaw<Row[]>`
        INSERT INTO "ConversationSession" (id, channel, "conversationId", language, "lockedBy", "lockedUntil", "updatedAt")
        VALUES (${randomUUID()}, ${channel}::"Channel", ${conversationId}, ${language}::"Language", ${owner}, ${until}, ${now})
        ON CONFLICT (channel, "conversationId") DO UPDATE SET "lockedBy" = EXCLUDED."lockedBy", "lockedUntil" = EXCLUDED."lockedUntil", "updatedAt" = EXCLUDED."updatedAt"
          WHERE "ConversationSession"."lockedUntil" IS NULL OR "ConversationSession"."lockedUntil" < ${now} OR "ConversationSession"."lockedBy" = EXCLUDED."lockedBy"
        RETURNING id, channel::text AS channel, "conversationId", "userId", language::text AS language, flow, step, data, options, stack, version, "lockedBy", "lockedUntil", "updatedAt"`;
      return rows[0] ? toRecord(rows[0]) : null;
    },

    /** Takes the conversation's lock unless another live holder has it. */
    async tryLock(id: string, owner: string, ttlMs: number, now = new Date()): Promise<boolean> {
      const { count } = await prisma.conversationSession.updateMany({
        where: { id, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }, { lockedBy: owner }] },
        data: { lockedBy: owner, lockedUntil: new Date(now.getTime() + ttlMs) },
      });
      return count === 1;
    },

    async unlock(id: string, owner: string): Promise<void> {
      await prisma.conversationSession.updateMany({ where: { id, lockedBy: owner }, data: { lockedBy: null, lockedUntil: null } });
    },

    /** Releases every lock a process holds (graceful shutdown). */
    releaseAllLocks: (owner: string) => prisma.conversationSession.updateMany({ where: { lockedBy: owner }, data: { lockedBy: null, lockedUntil: null } }),

    /**
     * Writes the session back; with `releaseFor`, also lets go of that owner's lock in the same statement
     * (a lock another process took over meanwhile is left alone, as unlock() does).
     */
    async save(s: SessionRecord, releaseFor?: string): Promise<void> {
      if (releaseFor !== undefined) {
        await prisma.$executeRaw`
          UPDATE "ConversationSession" SET "userId" = ${s.userId}, language = ${s.language}::"Language", flow = ${s.flow}, step = ${s.step},
            data = ${JSON.stringify(s.data)}::jsonb, options = ${JSON.stringify(s.menu ?? [])}::jsonb, stack = ${JSON.stringify(s.stack)}::jsonb,
            version = version + 1, "updatedAt" = ${new Date()},
            "lockedBy" = CASE WHEN "lockedBy" = ${releaseFor} THEN NULL ELSE "lockedBy" END,
            "lockedUntil" = CASE WHEN "lockedBy" = ${releaseFor} THEN NULL ELSE "lockedUntil" END
          WHERE id = ${s.id}`;
        return;
      }
      await prisma.conversationSession.update({
        where: { id: s.id },
        data: {
          userId: s.userId,
          language: s.language,
          flow: s.flow,
          step: s.step,
          data: s.data as Prisma.InputJsonValue,
          options: (s.menu ?? []) as unknown as Prisma.InputJsonValue,
          stack: s.stack as unknown as Prisma.InputJsonValue,
          version: { increment: 1 },
        },
      });
    },

    /** Records an inbound message id; false when it was seen before (a redelivery). */
    async markProcessed(channel: Channel, messageId: string): Promise<boolean> {
      const rows = await prisma.$executeRaw`INSERT INTO "ProcessedInbound" (channel, "messageId", "createdAt") VALUES (${channel}::"Channel", ${messageId}, now()) ON CONFLICT DO NOTHING`;
      return rows === 1;
    },

    pruneProcessed: (olderThan: Date) => prisma.processedInbound.deleteMany({ where: { createdAt: { lt: olderThan } } }),

    /** The chats where a user can be reached, most recently used first. */
    identitiesOf: (userId: string) => prisma.channelIdentity.findMany({ where: { userId }, orderBy: { lastSeenAt: 'desc' } }),

    /** Marks a channel identity as just seen; returns its user, or null when the identity is new. */
    async touchIdentity(channel: Channel, externalId: string, now = new Date()): Promise<string | null> {
      const rows = await prisma.$queryRaw<{ userId: string }[]>`
        UPDATE "ChannelIdentity" SET "lastSeenAt" = ${now} WHERE channel = ${channel}::"Channel" AND "externalId" = ${externalId} RETURNING "userId"`;
      return rows[0]?.userId ?? null;
    },
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
