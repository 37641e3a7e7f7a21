// The end of a chat turn as one statement, and the replies it leaves to send (issue 28: no reply lost, none
// doubled under kill -9). The session is written back and its lock let go, the inbound message recorded as
// handled and the turn's replies stored as a PendingReply row claimed by the process that ran the turn, all
// or nothing: a process that dies before this statement leaves the message unhandled (the platform's
// redelivery runs the turn again), one that dies after it leaves the replies for another process to send
// once the claim has run out. The row is deleted once its replies are out.
import { randomUUID } from 'node:crypto';
import { Prisma, type Channel, type PrismaClient } from '../../prisma/generated/client.ts';
import type { OutMessage } from '../chat/message.ts';
import { directSql, sqlRows } from '../db/direct-sql.ts';
import { jsonbText, saveAndReleaseSql, type SessionRecord } from './conversation.repository.ts';

export interface TurnEnd {
  session: SessionRecord;
  owner: string;
  channel: Channel;
  messageId: string;
  chatId: string;
  lang: string | null;
  messages: OutMessage[];
  /** how long the replies stay this process's to send before another may */
  claimMs: number;
  now?: Date;
}

export interface PendingReply {
  id: string;
  channel: Channel;
  chatId: string;
  lang: string | null;
  messages: OutMessage[];
  /** how many of `messages` are already out */
  sent: number;
}

export function createPendingReplyRepository(prisma: PrismaClient) {
  return {
    /**
     * Commits a turn: 'done' with the id of its replies' row (null without replies); 'lost' when the lock
     * was no longer ours (it ran out and another process took the conversation): nothing is written then,
     * the caller fails the update so that it is delivered again (and found handled, or run once more).
     */
    async commitTurn(t: TurnEnd): Promise<{ outcome: 'done'; replyId: string | null; behind: boolean } | { outcome: 'lost' }> {
      const now = t.now ?? new Date();
      const replyId = t.messages.length > 0 ? randomUUID() : null;
      // every turn ends here: sent past the Prisma client (direct-sql.ts, issue 29: the client's share of a
      // raw statement's CPU is several times the driver's), the statement unchanged
      const rows = await sqlRows<{ saved: boolean; behind: boolean }>(prisma, Prisma.sql`
        WITH saved AS (${saveAndReleaseSql(t.session, t.owner)} AND "lockedBy" = ${t.owner} RETURNING 1 AS one),
        handled AS (INSERT INTO "ProcessedInbound" (channel, "messageId", "createdAt") SELECT ${t.channel}::"Channel", ${t.messageId}, ${now} FROM saved ON CONFLICT DO NOTHING RETURNING 1 AS one),
        replies AS (INSERT INTO "PendingReply" (id, channel, "chatId", lang, messages, "claimedBy", "claimedUntil", "createdAt")
          SELECT ${replyId}, ${t.channel}::"Channel", ${t.chatId}, ${t.lang}, ${jsonbText(t.messages)}::jsonb, ${t.owner}, ${new Date(now.getTime() + t.claimMs)}, ${now}
          FROM handled WHERE ${replyId}::text IS NOT NULL)
        SELECT EXISTS (SELECT 1 FROM saved) AS saved,
          EXISTS (SELECT 1 FROM "PendingReply" p WHERE p.channel = ${t.channel}::"Channel" AND p."chatId" = ${t.chatId}) AS behind`);
      if (!rows[0]?.saved) return { outcome: 'lost' };
      // `behind`: replies of an earlier turn of this chat are not all out yet (the statement sees the table
      // as it was before its own insert)
      return { outcome: 'done', replyId, behind: Boolean(rows[0].behind) };
    },

    /** The replies are out (or refused for good): the row goes. (After every turn with replies: direct path.) */
    async remove(id: string): Promise<void> {
      await directSql(prisma).execute('DELETE FROM "PendingReply" WHERE id = $1', [id]);
    },

    /** `sent` of the row's messages are out (written after each one but the last, which deletes the row); false when the row is no longer `owner`'s */
    async progress(id: string, sent: number, owner: string): Promise<boolean> {
      return (await directSql(prisma).execute('UPDATE "PendingReply" SET sent = $1 WHERE id = $2 AND "claimedBy" = $3', [sent, id, owner])) > 0;
    },

    /** Keeps the claims of replies still being sent (a long wait for a chat's pace or a 429) from running out. */
    async extend(ids: string[], owner: string, claimMs: number, now = new Date()): Promise<void> {
      if (ids.length === 0) return;
      await prisma.pendingReply.updateMany({ where: { id: { in: ids }, claimedBy: owner }, data: { claimedUntil: new Date(now.getTime() + claimMs) } });
    },

    /** Claims replies whose process died before sending them (claim run out), oldest first. */
    async claimAbandoned(owner: string, limit: number, claimMs: number, now = new Date()): Promise<PendingReply[]> {
      const rows = await prisma.$queryRaw<(PendingReply & { createdAt: Date })[]>`
        UPDATE "PendingReply" SET "claimedBy" = ${owner}, "claimedUntil" = ${new Date(now.getTime() + claimMs)}
        WHERE id IN (SELECT id FROM "PendingReply" WHERE "claimedUntil" < ${now} ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING id, channel::text AS channel, "chatId", lang, messages, sent, "createdAt"`;
      // UPDATE … RETURNING keeps no order: a chat's replies go out in the order they were written
      return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map(({ createdAt: _createdAt, ...reply }) => reply);
    },

    /** Whether a chat has replies not all out other than `exceptId`. */
    async othersPending(channel: Channel, chatId: string, exceptId: string): Promise<boolean> {
      return (await prisma.pendingReply.count({ where: { channel, chatId, id: { not: exceptId } } })) > 0;
    },

    /** Replies not yet sent (the multi-process test and /metrics read it). */
    count: () => prisma.pendingReply.count(),
  };
}

export type PendingReplyRepository = ReturnType<typeof createPendingReplyRepository>;
