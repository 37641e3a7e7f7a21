// One web chat turn: the event goes through the engine as this browser's chat; the replies the engine put
// in the WEB channel's buffer come back rendered for the page. Pushed messages are collected the same way.
import { randomUUID } from 'node:crypto';
import { translator, type Lang } from '../../../domain/lib/i18n.ts';
import type { InboundBody, InboundEventInput, InboundHandler, MediaFetcher } from '../../../domain/chat/message.ts';
import type { BufferedChannel } from '../buffered/buffered-channel.ts';
import { renderWeb, type WebMessage } from './render.ts';
import type { TurnTracker } from './turn-tracker.ts';

export interface ChatTurnDeps {
  engine: InboundHandler;
  webChannel: BufferedChannel;
  secret: string;
  turns: TurnTracker;
}

export function createChatTurns(deps: ChatTurnDeps) {
  const langOf = (chatId: string, fallback: Lang): Lang => deps.webChannel.languageOf(chatId) ?? fallback;
  const render = (chatId: string, lang: Lang): WebMessage[] =>
    renderWeb(deps.webChannel.take(chatId), { chatId, secret: deps.secret, t: translator(langOf(chatId, lang)) });

  return {
    langOf,
    /** resolves when something is waiting for the chat, or after timeoutMs */
    wait: (chatId: string, timeoutMs: number) => deps.webChannel.wait(chatId, timeoutMs),

    /** Sends one message as the chat's user; returns what the engine answered (and anything pushed meanwhile). */
    async turn(chatId: string, body: InboundBody, pageLang: Lang, fetchMedia?: MediaFetcher): Promise<WebMessage[]> {
      deps.turns.begin(chatId);
      try {
        const event = {
          ...body,
          channel: 'WEB',
          chatId,
          senderId: chatId,
          messageId: randomUUID(),
          profile: { name: translator(pageLang)('web:chat.guestName'), languageCode: pageLang },
        } as InboundEventInput;
        await deps.engine.handle(event, fetchMedia);
        return render(chatId, pageLang);
      } finally {
        deps.turns.end(chatId);
      }
    },

    /** What arrived outside a turn (notifications), once no turn of the chat is in flight. */
    async pending(chatId: string, pageLang: Lang): Promise<WebMessage[]> {
      await deps.turns.idle(chatId);
      return render(chatId, pageLang);
    },
  };
}

export type ChatTurns = ReturnType<typeof createChatTurns>;
