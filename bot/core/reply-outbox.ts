// A turn's replies after its commit (pending-reply.repository.ts): sent at once by the process that ran the
// turn, the row deleted when they are out; while they are being sent (a chat's 1 s pace, a 429's wait) the
// claim is kept alive, so no other process takes them for abandoned. A process that died after the commit
// leaves its rows: every process sweeps now and then for rows whose claim ran out and sends them, in the
// order they were written; a later turn of the same chat waits for them (earlierRepliesOut).
import type { Lang } from '../../domain/lib/i18n.ts';
import { isLang } from '../../domain/lib/i18n.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { PendingReply, PendingReplyRepository } from '../../domain/repositories/pending-reply.repository.ts';
import type { ChannelName, OutMessage } from '../../domain/chat/message.ts';

export const DEFAULT_REPLY_CLAIM_MS = 30_000;
export const DEFAULT_REPLY_SWEEP_MS = 5_000;

export interface ReplyOutboxDeps {
  replies: PendingReplyRepository;
  owner: string;
  logger: Logger;
  send: (channel: ChannelName, chatId: string, messages: OutMessage[], lang?: Lang) => Promise<void>;
  /** how long a row stays ours without a renewal; renewed every fifth of it while sending (a late timer is not a lost claim) */
  claimMs?: number;
  /** how often abandoned rows are looked for */
  sweepMs?: number;
}

export function createReplyOutbox(deps: ReplyOutboxDeps) {
  const claimMs = deps.claimMs ?? DEFAULT_REPLY_CLAIM_MS;
  const sending = new Set<string>();
  let heartbeat: NodeJS.Timeout | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  let sweeping: Promise<unknown> | undefined;

  function keepClaimsAlive(): void {
    if (heartbeat) return;
    heartbeat = setInterval(() => {
      if (sending.size === 0) {
        clearInterval(heartbeat);
        heartbeat = undefined;
        return;
      }
      deps.replies.extend([...sending], deps.owner, claimMs).catch((error: unknown) => deps.logger.warn({ err: error }, 'could not renew the claim on replies being sent'));
    }, Math.max(50, claimMs / 5));
    heartbeat.unref();
  }

  /**
   * Sends a committed turn's replies and deletes their row, also when the platform refused them (as before).
   * One message at a time, each recorded as out before the next (channels render each message on its own):
   * a process that dies between two of a turn's messages (a second apart, a chat's pace) leaves the rest
   * only, not the whole batch, to the process that takes over.
   */
  async function send(reply: PendingReply & { behind?: boolean }): Promise<void> {
    sending.add(reply.id);
    keepClaimsAlive();
    if (reply.behind) await earlierRepliesOut(reply);
    const lang = isLang(reply.lang) ? reply.lang : undefined;
    try {
      for (let i = reply.sent; i < reply.messages.length; i++) {
        await deps.send(reply.channel as ChannelName, reply.chatId, [reply.messages[i]!], lang);
        // no longer ours (our claim ran out and another process took the rest): stop here
        if (i + 1 < reply.messages.length && !(await deps.replies.progress(reply.id, i + 1, deps.owner))) return;
      }
    } finally {
      sending.delete(reply.id);
      await deps.replies.remove(reply.id);
    }
  }

  /**
   * A chat's replies in the order of its turns: an earlier turn's replies still out there (being sent by
   * another process, or left by one that died and waiting for a sweep) go first. Waited for no longer than a
   * claim and a sweep take, so a row that cannot be sent never holds the chat up for good.
   */
  async function earlierRepliesOut(reply: PendingReply): Promise<void> {
    // the earlier row's claim running out, a sweep finding it, and its messages at a chat's pace
    const until = Date.now() + 2 * claimMs + 2 * (deps.sweepMs ?? DEFAULT_REPLY_SWEEP_MS) + 5_000;
    while (Date.now() < until && (await deps.replies.othersPending(reply.channel, reply.chatId, reply.id))) await new Promise((r) => setTimeout(r, 100));
  }

  /** One look for replies another process committed and never sent; returns how many were taken. */
  async function sweep(): Promise<number> {
    const rows = await deps.replies.claimAbandoned(deps.owner, 50, claimMs);
    // kept alive from the claim on; not through the chat's queue: a turn of the chat in this process may be
    // waiting in it for exactly these replies to be out (earlierRepliesOut)
    for (const row of rows) sending.add(row.id);
    await Promise.all(rows.map((row) => send(row).catch((error: unknown) => deps.logger.warn({ err: error, channel: row.channel }, 'abandoned replies could not be sent'))));
    if (rows.length > 0) deps.logger.info({ replies: rows.length }, 'sent replies a stopped process had committed but not sent');
    return rows.length;
  }

  return {
    send,
    sweep,
    start(): void {
      if (sweeper) return;
      sweeper = setInterval(() => {
        sweeping ??= sweep()
          .catch((error: unknown) => deps.logger.warn({ err: error }, 'looking for abandoned replies failed'))
          .finally(() => (sweeping = undefined));
      }, deps.sweepMs ?? DEFAULT_REPLY_SWEEP_MS);
      sweeper.unref();
    },
    async stop(): Promise<void> {
      if (sweeper) clearInterval(sweeper);
      if (heartbeat) clearInterval(heartbeat);
      sweeper = heartbeat = undefined;
      await sweeping;
    },
  };
}

export type ReplyOutbox = ReturnType<typeof createReplyOutbox>;
