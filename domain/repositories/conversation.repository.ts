// Conversation sessions, their cross-process lock, and the ids of inbound messages already handled.
// The engine (bot/core) uses this through the SessionStore port; flows never see it.
import { randomUUID } from 'node:crypto';
import { Prisma, type Channel, type Language, type PrismaClient } from '../../prisma/generated/client.ts';
import { directSql, jsonColumn } from '../db/direct-sql.ts';
import type { Actor } from '../services/actor.ts';
import { actorJson, toActor, type ActorJson } from './user.repository.ts';

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

// jsonb refuses "\u0000" and a lone surrogate (22P05, 22P02). Channels clean what users type (clean-text.ts);
// this keeps a session savable whatever a flow put in it, so such a string can never fail a turn.
const UNSAVABLE = /\\u0000|\\ud[89a-f]/i;
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function savable(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
  if (Array.isArray(value)) return value.map(savable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [savable(k) as string, savable(v)]));
  return value;
}

/** The JSON text of a session field as jsonb accepts it (the fast path is JSON.stringify alone). */
export function jsonbText(value: unknown): string {
  const json = JSON.stringify(value);
  return UNSAVABLE.test(json) ? JSON.stringify(savable(JSON.parse(json))) : json;
}

function toRecord(row: Row): SessionRecord {
  const options = jsonColumn(row.options);
  const menu = options && typeof options === 'object' && !Array.isArray(options) ? (options as StoredMenu) : null;
  return {
    id: row.id,
    channel: row.channel,
    conversationId: row.conversationId,
    userId: row.userId,
    language: row.language,
    flow: row.flow,
    step: row.step,
    data: (jsonColumn(row.data) ?? {}) as Record<string, unknown>,
    menu,
    stack: (Array.isArray(row.stack) ? row.stack : Array.isArray(jsonColumn(row.stack)) ? jsonColumn(row.stack) : []) as SessionRecord['stack'],
    version: row.version,
  };
}

/**
 * "Last seen" (which channel a user was on last, for notifications) is written at most this often per
 * identity: a row write on every message was a tenth of the embedded database's work in a chat turn.
 */
const LAST_SEEN_GRANULARITY_MS = 30_000;

/** What beginTurn returns: the locked session, whether the message is new, and the sender as an actor. */
export interface Turn {
  session: SessionRecord;
  fresh: boolean;
  actor: Actor | null;
}

interface TurnRow {
  fresh: boolean;
  actor: ActorJson | null;
}

/** Creates the session or takes its lock (free, expired or already ours); RETURNING nothing when held by another. */
function lockSql(channel: Channel, conversationId: string, language: Language, owner: string, ttlMs: number, now: Date): Prisma.Sql {
  const until = new Date(now.getTime() + ttlMs);
  return Prisma.sql`
    INSERT INTO "ConversationSession" (id, channel, "conversationId", language, "lockedBy", "lockedUntil", "updatedAt")
    VALUES (${randomUUID()}, ${channel}::"Channel", ${conversationId}, ${language}::"Language", ${owner}, ${until}, ${now})
    ON CONFLICT (channel, "conversationId") DO UPDATE SET "lockedBy" = EXCLUDED."lockedBy", "lockedUntil" = EXCLUDED."lockedUntil", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "ConversationSession"."lockedUntil" IS NULL OR "ConversationSession"."lockedUntil" < ${now} OR "ConversationSession"."lockedBy" = EXCLUDED."lockedBy"
    RETURNING id, channel::text AS channel, "conversationId", "userId", language::text AS language, flow, step, data, options, stack, version, "lockedBy", "lockedUntil", "updatedAt"`;
}

/** The session written back and `releaseFor`'s lock let go (a lock another process took over meanwhile is left alone). */
export function saveAndReleaseSql(s: SessionRecord, releaseFor: string): Prisma.Sql {
  return Prisma.sql`
    UPDATE "ConversationSession" SET "userId" = ${s.userId}, language = ${s.language}::"Language", flow = ${s.flow}, step = ${s.step},
      data = ${jsonbText(s.data)}::jsonb, options = ${jsonbText(s.menu ?? [])}::jsonb, stack = ${jsonbText(s.stack)}::jsonb,
      version = version + 1, "updatedAt" = ${new Date()},
      "lockedBy" = CASE WHEN "lockedBy" = ${releaseFor} THEN NULL ELSE "lockedBy" END,
      "lockedUntil" = CASE WHEN "lockedBy" = ${releaseFor} THEN NULL ELSE "lockedUntil" END
    WHERE id = ${s.id}`;
}

/** A statement built with Prisma.sql, sent on the direct path (direct-sql.ts): the same text and values. */
const rowsOf = <T>(prisma: PrismaClient, statement: Prisma.Sql) => directSql(prisma).rows<T>(statement.text, statement.values);

export function createConversationRepository(prisma: PrismaClient) {
  return {
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
      const rows = await prisma.$queryRaw<Row[]>`WITH s AS (${lockSql(channel, conversationId, language, owner, ttlMs, now)}) SELECT * FROM s`;
      return rows[0] ? toRecord(rows[0]) : null;
    },

    /**
     * The start of an inbound message's turn in ONE statement (the engine's hot path): create the session if
     * needed and take its lock, look the message id up among those handled (it is recorded with the turn's
     * end, turn-commit.repository.ts, so a turn cut short by a crash runs again when redelivered), mark the sender's identity as seen and load the acting
     * user. Null when another live holder has the lock (nothing else is done then); `fresh` false for a
     * message already handled; `actor` null when the sender's identity is new.
     */
    async beginTurn(t: { channel: Channel; conversationId: string; language: Language; owner: string; ttlMs: number; messageId: string; senderId: string; now?: Date }): Promise<Turn | null> {
      const now = t.now ?? new Date();
      // the hot path: sent past the Prisma client (direct-sql.ts), the statement unchanged
      const rows = await rowsOf<Row & TurnRow>(prisma, Prisma.sql`
        WITH s AS (${lockSql(t.channel, t.conversationId, t.language, t.owner, t.ttlMs, now)}),
        d AS (SELECT 1 AS one FROM s WHERE NOT EXISTS (SELECT 1 FROM "ProcessedInbound" p WHERE p.channel = ${t.channel}::"Channel" AND p."messageId" = ${t.messageId})),
        i AS (SELECT c.id, c."userId", c."lastSeenAt", c."unreachableAt" FROM "ChannelIdentity" c WHERE c.channel = ${t.channel}::"Channel" AND c."externalId" = ${t.senderId} AND EXISTS (SELECT 1 FROM d)),
        seen AS (UPDATE "ChannelIdentity" c SET "lastSeenAt" = ${now}, "unreachableAt" = NULL FROM i WHERE c.id = i.id AND (i."lastSeenAt" < ${new Date(now.getTime() - LAST_SEEN_GRANULARITY_MS)} OR i."unreachableAt" IS NOT NULL))
        SELECT s.*, EXISTS (SELECT 1 FROM d) AS fresh, CASE WHEN u.id IS NULL THEN NULL ELSE ${actorJson} END AS actor
        FROM s LEFT JOIN i ON true LEFT JOIN "User" u ON u.id = i."userId"`);
      const row = rows[0];
      if (!row) return null;
      return { session: toRecord(row), fresh: Boolean(row.fresh), actor: row.actor ? toActor(jsonColumn(row.actor) as ActorJson) : null };
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
        // every turn ends here: sent past the Prisma client (direct-sql.ts), the statement unchanged
        const statement = saveAndReleaseSql(s, releaseFor);
        await directSql(prisma).execute(statement.text, statement.values);
        return;
      }
      await prisma.conversationSession.update({
        where: { id: s.id },
        data: {
          userId: s.userId,
          language: s.language,
          flow: s.flow,
          step: s.step,
          data: JSON.parse(jsonbText(s.data)) as Prisma.InputJsonValue,
          options: JSON.parse(jsonbText(s.menu ?? [])) as Prisma.InputJsonValue,
          stack: JSON.parse(jsonbText(s.stack)) as Prisma.InputJsonValue,
          version: { increment: 1 },
        },
      });
    },

    pruneProcessed: (olderThan: Date) => prisma.processedInbound.deleteMany({ where: { createdAt: { lt: olderThan } } }),

    /** The chats where a user can be reached, most recently used first. */
    identitiesOf: (userId: string) => prisma.channelIdentity.findMany({ where: { userId }, orderBy: { lastSeenAt: 'desc' } }),

    /** The platform refused this chat for good (blocked the bot): skipped by the outbox until the user writes again from it. */
    markUnreachable: (identityId: string, at = new Date()) => prisma.channelIdentity.updateMany({ where: { id: identityId }, data: { unreachableAt: at } }),
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
