// The web chat channel: one turn is the page's input going through the engine as this browser's chat; the
// replies the engine put in the WEB channel's buffer come back rendered for the page. Pushed messages are
// collected the same way. The pages reach it as a WebChatPort (domain/chat/web-chat.ts), wired by server/.
import { randomUUID } from 'node:crypto';
import { translator, type Lang } from '../../../domain/lib/i18n.ts';
import type { InboundEventInput, InboundHandler } from '../../../domain/chat/message.ts';
import type { WebChatInput, WebChatPort, WebMessage } from '../../../domain/chat/web-chat.ts';
import type { BufferedChannel } from '../buffered/buffered-channel.ts';
import { parseWebInput } from './parse.ts';
import { renderWeb } from './render.ts';
import { createTurnTracker } from './turn-tracker.ts';

export interface WebChatAdapterDeps {
  engine: InboundHandler;
  webChannel: BufferedChannel;
  /** signs the chat's media links (the same secret as the chat cookie) */
  secret: string;
}

export function createWebChatAdapter(deps: WebChatAdapterDeps): WebChatPort {
  const turns = createTurnTracker();
  const langOf = (chatId: string, fallback: Lang): Lang => deps.webChannel.languageOf(chatId) ?? fallback;
  const render = (chatId: string, lang: Lang): WebMessage[] =>
    renderWeb(deps.webChannel.take(chatId), { chatId, secret: deps.secret, t: translator(langOf(chatId, lang)) });

  return {
    langOf,
    wait: (chatId, timeoutMs) => deps.webChannel.wait(chatId, timeoutMs),

    async turn(chatId: string, input: WebChatInput, pageLang: Lang): Promise<WebMessage[]> {
      const { body, fetchMedia } = parseWebInput(input);
      turns.begin(chatId);
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
        turns.end(chatId);
      }
    },

    async pending(chatId: string, pageLang: Lang): Promise<WebMessage[]> {
      await turns.idle(chatId);
      return render(chatId, pageLang);
    },
  };
}
