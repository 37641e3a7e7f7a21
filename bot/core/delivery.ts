// Messages to a user outside a conversation turn (the outbox dispatcher): to the chat the user used last on
// a channel that is on; a menu among the messages becomes the conversation's menu, so a numbered reply on
// WhatsApp or the console picks from it. A chat whose platform refused it for good is skipped until the
// user writes from it again.
import type { Channel } from '../../prisma/generated/client.ts';
import { isLang, type Lang } from '../../domain/lib/i18n.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { ConversationRepository } from '../../domain/repositories/conversation.repository.ts';
import type { Services } from '../../domain/services/services.ts';
import type { ChannelName, OutMessage } from '../../domain/chat/message.ts';
import type { ConversationLock } from './conversation-lock.ts';
import type { KeyedQueue } from './keyed-queue.ts';
import { rememberButtons } from './notification-buttons.ts';
import { RecipientUnreachableError } from './unreachable.ts';

const KNOWN_UNREACHABLE = 'refused a moment ago';

export interface DeliveryDeps {
  services: Services;
  conversations: ConversationRepository;
  logger: Logger;
  queue: KeyedQueue;
  lock: ConversationLock;
  hasSender: (channel: ChannelName) => boolean;
  send: (channel: ChannelName, chatId: string, messages: OutMessage[], lang?: Lang) => Promise<void>;
}

export type DeliveryResult = { delivered: boolean; channel?: ChannelName; unreachable?: boolean };

export function createDelivery(deps: DeliveryDeps) {
  /** chats the platform refused for good in this process ("TELEGRAM:123"); forgotten when the user writes from one */
  const unreachableChats = new Set<string>();

  /**
   * Returns false when no channel can reach the user now, with `unreachable` when every chat of the user's
   * refused delivery for good.
   */
  async function deliver(userId: string, build: (lang: Lang) => OutMessage[]): Promise<DeliveryResult> {
    const identities = await deps.conversations.identitiesOf(userId);
    const open = identities.filter((i) => deps.hasSender(i.channel));
    const identity = open.find((i) => !i.unreachableAt && !unreachableChats.has(`${i.channel}:${i.chatId}`));
    if (!identity) return { delivered: false, ...(open.length > 0 ? { unreachable: true } : {}) };
    const user = await deps.services.repos.users.findById(userId);
    const lang: Lang = user && isLang(user.language) ? user.language : 'id';
    try {
      await deliverTo(identity, build(lang), lang, userId);
    } catch (error) {
      if (!(error instanceof RecipientUnreachableError)) throw error;
      // the first refusal marks the chat; deliveries that were queued behind it only look elsewhere
      if (error.reason === KNOWN_UNREACHABLE) return deliver(userId, build);
      await deps.conversations.markUnreachable(identity.id);
      deps.logger.warn({ channel: identity.channel, reason: error.reason }, 'chat unreachable (blocked the bot?): the outbox skips it until the user writes from it again');
      // another chat of the user's may still reach them
      return deliver(userId, build);
    }
    return { delivered: true, channel: identity.channel };
  }

  /** One delivery to one chat, in the chat's queue; a menu among the messages becomes the conversation's menu. */
  async function deliverTo(identity: { channel: Channel; chatId: string }, messages: OutMessage[], lang: Lang, userId: string): Promise<void> {
    const key = `${identity.channel}:${identity.chatId}`;
    await deps.queue.run(key, async () => {
      // deliveries queued behind the one the platform refused are not even tried
      if (unreachableChats.has(key)) throw new RecipientUnreachableError(identity.channel as ChannelName, KNOWN_UNREACHABLE);
      await rememberMenu(identity, messages, lang, userId);
      try {
        await deps.send(identity.channel, identity.chatId, messages, lang);
      } catch (error) {
        if (error instanceof RecipientUnreachableError) unreachableChats.add(key);
        throw error;
      }
    });
  }

  async function rememberMenu(identity: { channel: Channel; chatId: string }, messages: OutMessage[], lang: Lang, userId: string): Promise<void> {
    const menu = [...messages].reverse().find((m) => (m.type === 'choices' || m.type === 'photo') && m.menuToken);
    if (!menu || (menu.type !== 'choices' && menu.type !== 'photo')) return;
    await deps.lock.withSession(identity.channel, identity.chatId, lang, async (session, saveAndRelease) => {
      session.userId ??= userId;
      session.menu = { token: menu.menuToken!, items: (menu.options ?? []).filter((o) => o.value).map((o) => ({ label: o.label, value: o.value! })) };
      rememberButtons(session, menu.options ?? [], deps.services.now().getTime());
      await saveAndRelease();
    });
  }

  return {
    deliver,
    /** the user wrote from this chat: it is reachable again */
    reachable: (chatKey: string) => unreachableChats.delete(chatKey),
  };
}
