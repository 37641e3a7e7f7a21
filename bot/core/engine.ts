// The conversation engine: one inbound event at a time per conversation (in-process queue + a lock in the
// database across processes), redeliveries ignored, session loaded from and saved to the database, the
// step's answer interpreted, replies sent through the channel the event came from (turn.ts). Messages
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
  const runTurn = createTurnRunner({ ...deps, lockTtlMs, metrics, lock, send });
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

    /** Graceful shutdown: refuse new events, finish those in flight, release this process's locks. */
    async stop(): Promise<void> {
      accepting = false;
      await queue.drain();
      await deps.conversations.releaseAllLocks(deps.owner);
    },

    get inFlight() {
      return queue.size;
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
