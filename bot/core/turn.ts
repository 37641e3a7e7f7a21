// One user's turn, as named steps: check the event, take the conversation (lock, dedupe, sender), know the
// sender as a user, interpret the message against the session, commit (session, "handled", replies) and let
// go, send the replies.
import type { Channel, Language } from '../../prisma/generated/client.ts';
import { isLang, type Lang } from '../../domain/lib/i18n.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { ConversationRepository, SessionRecord, Turn } from '../../domain/repositories/conversation.repository.ts';
import type { PendingReply } from '../../domain/repositories/pending-reply.repository.ts';
import type { Actor } from '../../domain/services/actor.ts';
import type { Services } from '../../domain/services/services.ts';
import { inboundEnvelopeSchema, inboundEventSchema, type ChannelName, type InboundEvent, type InboundEventInput, type MediaFetcher, type OutMessage } from '../../domain/chat/message.ts';
import { buildContext } from './context.ts';
import { ConversationBusyError, type ConversationLock } from './conversation-lock.ts';
import type { FlowRegistry } from './flow.ts';
import { interpret } from './interpret/interpret.ts';
import type { EngineMetrics } from './metrics.ts';
import type { ReplyOutbox } from './reply-outbox.ts';

/**
 * Channels whose guests start as buyers in the language they came with: the web chat's page already has a
 * language and says "type a product name", so asking "shop or sell?" first only stands in the way (a
 * producer registers from the menu). Telegram and WhatsApp greet with that question (onboarding-welcome.ts).
 */
const GUESTS_START_AS_BUYERS: ReadonlySet<Channel> = new Set<Channel>(['WEB']);

export interface TurnDeps {
  services: Services;
  conversations: ConversationRepository;
  registry: FlowRegistry;
  logger: Logger;
  owner: string;
  lockTtlMs: number;
  metrics: EngineMetrics;
  lock: ConversationLock;
  /** sends a committed turn's replies (reply-outbox.ts) */
  replies: Pick<ReplyOutbox, 'send'>;
  /** sends straight to a channel (the in-process channels' replies, see ANSWERED_IN_PROCESS) */
  send: (channel: ChannelName, chatId: string, messages: OutMessage[], lang?: Lang) => Promise<void>;
  replyClaimMs: number;
}

/**
 * Channels answered inside this process's own request (the console, the web chat's POST): no platform
 * redelivers them, so a PendingReply row would only be written and deleted again. Their replies go out right
 * after the commit; a crash in between fails the request, and the person sends again.
 */
const ANSWERED_IN_PROCESS: ReadonlySet<Channel> = new Set<Channel>(['CONSOLE', 'WEB']);

const guessLanguage = (code: string | undefined): Language => (code && /^en/i.test(code) ? 'en' : 'id');

export function createTurnRunner(deps: TurnDeps) {
  return async function runTurn(input: InboundEventInput, fetchMedia?: MediaFetcher): Promise<void> {
    const event = checkEvent(input);
    if (!event) return;
    const started = performance.now();
    deps.metrics.messageIn(event.channel);
    const channel = event.channel as Channel;
    // two statements around every step of a known user: beginTurn (lock or create the session, dedupe, identity
    // seen, actor) and the save that also lets go of the lock
    const reply = await deps.lock.underLock(`${channel}:${event.chatId}`, () => takeConversation(event), async (turn, saveAndRelease) => {
      if (!turn.fresh) {
        deps.metrics.duplicate(event.channel);
        return null;
      }
      const actor = await senderAsUser(event, turn);
      const state = buildContext({
        event,
        session: turn.session,
        actor,
        services: deps.services,
        loadActor: () => loadActor(actor.userId),
        setLanguage: async (lang: Lang) => {
          await deps.services.repos.users.setLanguage(actor.userId, lang);
        },
      });
      // interpret answers every failure of a step itself; what escapes it (the database gone) leaves the
      // message unhandled and the session as it was, so the platform's redelivery runs the turn again
      await interpret({ state, session: turn.session, registry: deps.registry, fetchMedia, logger: deps.logger });
      const inProcess = ANSWERED_IN_PROCESS.has(channel);
      const pending = await commitTurn(event, turn.session, inProcess ? [] : state.replies, state.ctx.lang, saveAndRelease);
      return inProcess ? { direct: state.replies, lang: state.ctx.lang } : pending;
    });
    if (reply && 'direct' in reply) await deps.send(event.channel, event.chatId, reply.direct, reply.lang);
    else if (reply) await deps.replies.send(reply);
    deps.metrics.handled(event.channel, performance.now() - started);
  };

  /**
   * Session, "message handled" and the replies in one statement (pending-reply.repository.ts); the replies
   * to send, or null without any. A lock that ran out and was taken by another process meanwhile: nothing
   * is written and the turn fails, so the update comes again (and is found handled, or runs once more).
   */
  async function commitTurn(event: InboundEvent, session: SessionRecord, messages: OutMessage[], lang: Lang, saveAndRelease: (commit: () => Promise<void>) => Promise<void>): Promise<(PendingReply & { behind: boolean }) | null> {
    let replyId: string | null = null;
    let behind = false;
    await saveAndRelease(async () => {
      const end = await deps.services.repos.pendingReplies.commitTurn({
        session,
        owner: deps.owner,
        channel: event.channel as Channel,
        messageId: event.messageId,
        chatId: event.chatId,
        lang,
        messages,
        claimMs: deps.replyClaimMs,
      });
      if (end.outcome === 'lost') throw new ConversationBusyError(`${event.channel}:${event.chatId}`, 'the lock ran out during the turn and another process took it');
      replyId = end.replyId;
      behind = end.behind;
    });
    return replyId ? { id: replyId, channel: event.channel as Channel, chatId: event.chatId, lang, messages, sent: 0, behind } : null;
  }

  /**
   * A channel's event checked against the schema. One whose sender and chat are sound but whose content is not
   * (a shared contact with no usable number, a choice value too long) is answered as a message the bot cannot
   * use, with the step's question again, rather than with silence (the hostile-text fuzz, seed 269950: the
   * console's "/contact x" got no answer); only an event without a chat to answer is dropped.
   */
  function checkEvent(input: InboundEventInput): InboundEvent | null {
    const parsed = inboundEventSchema.safeParse(input);
    if (parsed.success) return parsed.data;
    deps.logger.warn({ issues: parsed.error.issues.slice(0, 3) }, 'inbound event rejected by schema');
    const envelope = inboundEnvelopeSchema.safeParse(input);
    return envelope.success ? { ...envelope.data, type: 'unsupported', kind: 'other' } : null;
  }

  function takeConversation(event: InboundEvent): Promise<Turn | null> {
    return deps.conversations.beginTurn({
      channel: event.channel as Channel,
      conversationId: event.chatId,
      language: guessLanguage(event.profile?.languageCode),
      owner: deps.owner,
      ttlMs: deps.lockTtlMs,
      messageId: event.messageId,
      senderId: event.senderId,
    });
  }

  /** The sender as a user: known from beginTurn, or a new buyer (one statement, no read of what it just wrote). */
  async function senderAsUser(event: InboundEvent, { session, actor: known }: Turn): Promise<Actor> {
    const channel = event.channel as Channel;
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
    if (session.userId !== actor.userId) {
      session.userId = actor.userId;
      session.language = actor.language;
    }
    return actor;
  }

  async function loadActor(userId: string): Promise<Actor> {
    const actor = await deps.services.repos.users.loadActor(userId);
    if (!actor) throw new Error('user vanished');
    return actor;
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
}
