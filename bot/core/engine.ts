// The conversation engine: one inbound event at a time per conversation (in-process queue + a lock in the
// database across processes), redeliveries ignored, session loaded from and saved to the database, the
// step's answer interpreted, replies committed with the session and sent through the channel the event
// came from (turn.ts, reply-outbox.ts). Messages
// outside a turn (notifications) go out through delivery.ts.
import type { Lang } from '../../domain/lib/i18n.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { ConversationRepository } from '../../domain/repositories/conversation.repository.ts';
import type { Services } from '../../domain/services/services.ts';
import type { ChannelName, ChannelSender, InboundEventInput, MediaFetcher, OutMessage } from '../../domain/chat/message.ts';
import { busyReply } from './busy-reply.ts';
import { createConversationLock } from './conversation-lock.ts';
import { createDelivery } from './delivery.ts';
import type { FlowRegistry } from './flow.ts';
import { createKeyedQueue } from './keyed-queue.ts';
import { createReplyOutbox, DEFAULT_REPLY_CLAIM_MS } from './reply-outbox.ts';
import { noMetrics, type EngineMetrics } from './metrics.ts';
import { createTurnRunner } from './turn.ts';

export interface EngineDeps {
  services: Services;
  conversations: ConversationRepository;
  registry: FlowRegistry;
  logger: Logger;
  /** identifies this process in locks */
  owner: string;
  lockTtlMs?: number;
  /** a committed turn's replies stay this process's to send this long without renewal (reply-outbox.ts) */
  replyClaimMs?: number;
  /** how often replies a stopped process left unsent are looked for */
  replySweepMs?: number;
  metrics?: EngineMetrics;
}

export function createEngine(deps: EngineDeps) {
  const queue = createKeyedQueue();
  const senders = new Map<ChannelName, ChannelSender>();
  const metrics = deps.metrics ?? noMetrics;
  const lockTtlMs = deps.lockTtlMs ?? 30_000;
  let accepting = true;

  async function send(channel: ChannelName, chatId: string, messages: OutMessage[], lang?: Lang): Promise<void> {
    if (messages.length === 0) return;
    const sender = senders.get(channel);
    if (!sender) {
      deps.logger.warn({ channel }, 'no sender registered for channel; replies dropped');
      return;
    }
    await sender.send(chatId, messages, lang);
    metrics.messagesOut(channel, messages.length);
  }

  const lock = createConversationLock({ conversations: deps.conversations, owner: deps.owner, lockTtlMs });
  const replyClaimMs = deps.replyClaimMs ?? DEFAULT_REPLY_CLAIM_MS;
  const replies = createReplyOutbox({ replies: deps.services.repos.pendingReplies, owner: deps.owner, logger: deps.logger, send, claimMs: replyClaimMs, ...(deps.replySweepMs ? { sweepMs: deps.replySweepMs } : {}) });
  const runTurn = createTurnRunner({ ...deps, lockTtlMs, metrics, lock, replies, replyClaimMs, send });
  const delivery = createDelivery({ ...deps, queue, lock, send, hasSender: (channel) => senders.has(channel) });

  return {
    /** InboundHandler for every channel */
    async handle(input: InboundEventInput, fetchMedia?: MediaFetcher): Promise<void> {
      if (!accepting) throw new Error('engine is shutting down');
      const key = `${input.channel}:${input.chatId}`;
      delivery.reachable(key);
      await queue.run(key, () =>
        runTurn(input, fetchMedia).catch(async (error: unknown) => {
          deps.logger.error({ err: error, channel: input.channel }, 'inbound event failed');
          const busy = busyReply(input, error);
          if (busy) await send(input.channel, input.chatId, busy.messages, busy.lang).catch(() => {});
          throw error;
        }),
      );
    },

    registerSender(sender: ChannelSender): void {
      senders.set(sender.channel, sender);
    },

    hasSender: (channel: ChannelName) => senders.has(channel),

    /** Sends messages to a user outside a conversation turn (the outbox dispatcher): see delivery.ts. */
    deliver: delivery.deliver,

    /** Replies other processes committed and never sent (they stopped): looked for now and then, sent from here. */
    pendingReplies: { start: replies.start, stop: replies.stop, sweep: replies.sweep },

    /** Graceful shutdown: refuse new events, finish those in flight, release this process's locks. */
    async stop(): Promise<void> {
      accepting = false;
      await replies.stop();
      await queue.drain();
      await deps.conversations.releaseAllLocks(deps.owner);
    },

    get inFlight() {
      return queue.size;
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
