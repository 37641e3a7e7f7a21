// The conversation engine: one inbound event at a time per conversation (in-process queue + a lock in the
// database across processes), redeliveries ignored, session loaded from and saved to the database, the
// step's answer interpreted, replies sent through the channel the event came from.
import type { Channel, Language } from '../../prisma/generated/client.ts';
import { isLang, type Lang } from '../../domain/lib/i18n.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { ConversationRepository, SessionRecord } from '../../domain/repositories/conversation.repository.ts';
import type { Actor } from '../../domain/services/actor.ts';
import type { Services } from '../../domain/services/services.ts';
import { buildContext } from './context.ts';
import { interpret } from './interpret.ts';
import { createKeyedQueue } from './keyed-queue.ts';
import { inboundEventSchema, type ChannelName, type InboundEvent, type ChannelSender, type InboundEventInput, type MediaFetcher, type OutMessage } from '../../domain/chat/message.ts';
import type { FlowRegistry } from './flow.ts';
import { noMetrics, type EngineMetrics } from './metrics.ts';
import { RecipientUnreachableError } from './unreachable.ts';

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

const MAX_LOCK_WAIT_MS = 15_000;
const KNOWN_UNREACHABLE = 'refused a moment ago';

/**
 * Channels whose guests start as buyers in the language they came with: the web chat's page already has a
 * language and says "type a product name", so asking "shop or sell?" first only stands in the way (a
 * producer registers from the menu). Telegram and WhatsApp greet with that question (onboarding-welcome.ts).
 */
const GUESTS_START_AS_BUYERS: ReadonlySet<Channel> = new Set<Channel>(['WEB']);

function guessLanguage(code: string | undefined): Language {
  return code && /^en/i.test(code) ? 'en' : 'id';
}

export function createEngine(deps: EngineDeps) {
  const queue = createKeyedQueue();
  const senders = new Map<ChannelName, ChannelSender>();
  const metrics = deps.metrics ?? noMetrics;
  const lockTtl = deps.lockTtlMs ?? 30_000;
  let accepting = true;
  /** chats the platform refused for good in this process ("TELEGRAM:123"); forgotten when the user writes from one */
  const unreachableChats = new Set<string>();

  /**
   * Runs `task` under a conversation's database lock, taken by `take` (null while another process holds it:
   * retried). The task saves the session and lets go of the lock in one statement through `saveAndRelease`;
   * if it does not get that far, the lock is released here.
   */
  async function underLock<L extends { session: SessionRecord }, T>(what: string, take: () => Promise<L | null>, task: (held: L, saveAndRelease: () => Promise<void>) => Promise<T>): Promise<T> {
    const started = Date.now();
    let held: L | null;
    while (!(held = await take())) {
      if (Date.now() - started > MAX_LOCK_WAIT_MS) throw new Error(`conversation ${what} stays locked by another process`);
      await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
    }
    const { session } = held;
    let released = false;
    try {
      return await task(held, async () => {
        await deps.conversations.save(session, deps.owner);
        released = true;
      });
    } finally {
      if (!released) await deps.conversations.unlock(session.id, deps.owner);
    }
  }

  const withSession = <T>(channel: Channel, chatId: string, language: Language, task: (session: SessionRecord, saveAndRelease: () => Promise<void>) => Promise<T>): Promise<T> =>
    underLock(
      `${channel}:${chatId}`,
      async () => {
        const session = await deps.conversations.lockOrCreate(channel, chatId, language, deps.owner, lockTtl);
        return session ? { session } : null;
      },
      ({ session }, saveAndRelease) => task(session, saveAndRelease),
    );

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

  /**
   * A web guest starts as a buyer (see GUESTS_START_AS_BUYERS); opening the page (a start) in another
   * language than the chat's switches the chat to the page's language, the page's switch being the one
   * a web visitor sees.
   */
  async function adoptPageStart(event: InboundEvent, session: SessionRecord, actor: Actor): Promise<Actor> {
    let adopted = actor;
    if (!adopted.onboarded) {
      await deps.services.account.completeBuyerOnboarding(adopted);
      adopted = { ...adopted, onboarded: true };
      // a chat left in the greeting's questions (before guests started as buyers) starts over at the menu
      if (session.flow === deps.registry.onboardingFlow) Object.assign(session, { flow: null, step: null, stack: [], menu: null });
    }
    const pageLang = event.profile?.languageCode;
    if (event.type === 'command' && event.command === 'start' && isLang(pageLang) && pageLang !== adopted.language) {
      await deps.services.repos.users.setLanguage(adopted.userId, pageLang);
      adopted = { ...adopted, language: pageLang };
      session.language = pageLang;
    }
    return adopted;
  }

  async function handleOne(input: InboundEventInput, fetchMedia?: MediaFetcher): Promise<void> {
    const parsed = inboundEventSchema.safeParse(input);
    if (!parsed.success) {
      deps.logger.warn({ issues: parsed.error.issues.slice(0, 3) }, 'inbound event rejected by schema');
      return;
    }
    const event = parsed.data;
    const started = performance.now();
    metrics.messageIn(event.channel);
    const channel = event.channel as Channel;
    let replyLang: Lang | undefined;
    // two statements around every step of a known user: beginTurn (lock or create the session, dedupe, identity
    // seen, actor) and the save that also lets go of the lock
    const take = () =>
      deps.conversations.beginTurn({
        channel,
        conversationId: event.chatId,
        language: guessLanguage(event.profile?.languageCode),
        owner: deps.owner,
        ttlMs: lockTtl,
        messageId: event.messageId,
        senderId: event.senderId,
      });
    const replies = await underLock(`${channel}:${event.chatId}`, take, async ({ session, fresh, actor: known }, saveAndRelease) => {
      if (!fresh) {
        metrics.duplicate(event.channel);
        return [];
      }
      // a sender beginTurn did not know becomes a buyer here (one statement, no read of what it just wrote)
      let actor =
        known ??
        (await deps.services.repos.users.createBuyerForIdentity({
          channel,
          externalId: event.senderId,
          chatId: event.chatId,
          displayName: event.profile?.name?.slice(0, 100) || event.senderId,
          language: session.language,
        }));
      if (GUESTS_START_AS_BUYERS.has(channel)) actor = await adoptPageStart(event, session, actor);
      const userId = actor.userId;
      const loadActor = async (): Promise<Actor> => {
        const a = await deps.services.repos.users.loadActor(userId);
        if (!a) throw new Error('user vanished');
        return a;
      };
      if (session.userId !== userId) {
        session.userId = userId;
        session.language = actor.language;
      }
      const state = buildContext({
        event,
        session,
        actor,
        services: deps.services,
        loadActor,
        setLanguage: async (lang: Lang) => {
          await deps.services.repos.users.setLanguage(userId, lang);
        },
      });
      try {
        await interpret({ state, session, registry: deps.registry, fetchMedia, logger: deps.logger });
      } finally {
        await saveAndRelease();
      }
      replyLang = state.ctx.lang;
      return state.replies;
    });
    await send(event.channel, event.chatId, replies, replyLang);
    metrics.handled(event.channel, performance.now() - started);
  }

  /** One delivery to one chat, in the chat's queue; a menu among the messages becomes the conversation's menu. */
  async function deliverTo(identity: { channel: Channel; chatId: string }, messages: OutMessage[], lang: Lang, userId: string): Promise<void> {
    const key = `${identity.channel}:${identity.chatId}`;
    await queue.run(key, async () => {
      // deliveries queued behind the one the platform refused are not even tried
      if (unreachableChats.has(key)) throw new RecipientUnreachableError(identity.channel as ChannelName, KNOWN_UNREACHABLE);
      const menu = [...messages].reverse().find((m) => (m.type === 'choices' || m.type === 'photo') && m.menuToken);
      if (menu && (menu.type === 'choices' || menu.type === 'photo')) {
        await withSession(identity.channel, identity.chatId, lang, async (session, saveAndRelease) => {
          session.userId ??= userId;
          session.menu = { token: menu.menuToken!, items: (menu.options ?? []).filter((o) => o.value).map((o) => ({ label: o.label, value: o.value! })) };
          await saveAndRelease();
        });
      }
      try {
        await send(identity.channel, identity.chatId, messages, lang);
      } catch (error) {
        if (error instanceof RecipientUnreachableError) unreachableChats.add(key);
        throw error;
      }
    });
  }

  const engine = {
    /** InboundHandler for every channel */
    async handle(input: InboundEventInput, fetchMedia?: MediaFetcher): Promise<void> {
      if (!accepting) throw new Error('engine is shutting down');
      const key = `${input.channel}:${input.chatId}`;
      unreachableChats.delete(key);
      await queue.run(key, () =>
        handleOne(input, fetchMedia).catch((error: unknown) => {
          deps.logger.error({ err: error, channel: input.channel }, 'inbound event failed');
          throw error;
        }),
      );
    },

    registerSender(sender: ChannelSender): void {
      senders.set(sender.channel, sender);
    },

    hasSender: (channel: ChannelName) => senders.has(channel),

    /**
     * Sends messages to a user outside a conversation turn (the outbox dispatcher). Goes to the chat the
     * user used last on a channel that is on; a menu among the messages becomes the conversation's current
     * menu, so a numbered reply on WhatsApp or the console picks from it. Returns false when no channel
     * can reach the user now, with `unreachable` when every chat of the user's refused delivery for good.
     */
    async deliver(userId: string, build: (lang: Lang) => OutMessage[]): Promise<{ delivered: boolean; channel?: ChannelName; unreachable?: boolean }> {
      const identities = await deps.conversations.identitiesOf(userId);
      // a chat whose platform refused it for good (blocked the bot) is skipped until the user writes from it again
      const open = identities.filter((i) => senders.has(i.channel));
      const identity = open.find((i) => !i.unreachableAt && !unreachableChats.has(`${i.channel}:${i.chatId}`));
      if (!identity) return { delivered: false, ...(open.length > 0 ? { unreachable: true } : {}) };
      const user = await deps.services.repos.users.findById(userId);
      const lang: Lang = user && isLang(user.language) ? user.language : 'id';
      try {
        await deliverTo(identity, build(lang), lang, userId);
      } catch (error) {
        if (!(error instanceof RecipientUnreachableError)) throw error;
        // the first refusal marks the chat; deliveries that were queued behind it only look elsewhere
        if (error.reason === KNOWN_UNREACHABLE) return engine.deliver(userId, build);
        await deps.conversations.markUnreachable(identity.id);
        deps.logger.warn({ channel: identity.channel, reason: error.reason }, 'chat unreachable (blocked the bot?): the outbox skips it until the user writes from it again');
        // another chat of the user's may still reach them
        return engine.deliver(userId, build);
      }
      return { delivered: true, channel: identity.channel };
    },

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
  return engine;
}

export type Engine = ReturnType<typeof createEngine>;
