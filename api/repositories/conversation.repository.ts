// Conversation sessions, their cross-process lock, and the ids of inbound messages already handled.
// The engine (bot/core) uses this through the SessionStore port; flows never see it.
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

    async save(s: SessionRecord): Promise<void> {
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

    touchIdentity: (channel: Channel, externalId: string, now = new Date()) =>
      prisma.channelIdentity.updateMany({ where: { channel, externalId }, data: { lastSeenAt: now } }),
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
