// A turn's replies after its commit (pending-reply.repository.ts): sent at once by the process that ran the
// turn, the row deleted when they are out; while they are being sent (a chat's 1 s pace, a 429's wait) the
// claim is kept alive, so no other process takes them for abandoned. A process that died after the commit
// leaves its rows: every process sweeps now and then for rows whose claim ran out and sends them, in the
// order they were written, through the chat's queue.
import type { Lang } from '../../domain/lib/i18n.ts';
import { isLang } from '../../domain/lib/i18n.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { PendingReply, PendingReplyRepository } from '../../domain/repositories/pending-reply.repository.ts';
import type { ChannelName, OutMessage } from '../../domain/chat/message.ts';
import type { KeyedQueue } from './keyed-queue.ts';

export const DEFAULT_REPLY_CLAIM_MS = 30_000;
export const DEFAULT_REPLY_SWEEP_MS = 5_000;

export interface ReplyOutboxDeps {
  replies: PendingReplyRepository;
  owner: string;
  queue: KeyedQueue;
  logger: Logger;
  send: (channel: ChannelName, chatId: string, messages: OutMessage[], lang?: Lang) => Promise<void>;
  /** how long a row stays ours without a renewal; renewed every third of it while sending */
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
    }, Math.max(50, claimMs / 3));
    heartbeat.unref();
  }

  /** Sends a committed turn's replies and deletes their row, also when the platform refused them (as before). */
  async function send(reply: PendingReply): Promise<void> {
    sending.add(reply.id);
    keepClaimsAlive();
    try {
      await deps.send(reply.channel as ChannelName, reply.chatId, reply.messages, isLang(reply.lang) ? reply.lang : undefined);
    } finally {
      sending.delete(reply.id);
      await deps.replies.remove(reply.id);
    }
  }

  /** One look for replies another process committed and never sent; returns how many were taken. */
  async function sweep(): Promise<number> {
    const rows = await deps.replies.claimAbandoned(deps.owner, 50, claimMs);
    await Promise.all(
      rows.map((row) =>
        deps.queue.run(`${row.channel}:${row.chatId}`, () => send(row)).catch((error: unknown) => deps.logger.warn({ err: error, channel: row.channel }, 'abandoned replies could not be sent')),
      ),
    );
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
      sweeper = undefined;
      await sweeping;
    },
  };
}

export type ReplyOutbox = ReturnType<typeof createReplyOutbox>;
