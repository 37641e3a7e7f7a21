// The web chat channel: one turn is the page's input going through the engine as this browser's chat; the
// replies the engine put in the WEB channel's buffer come back rendered for the page. Pushed messages are
// collected the same way. The pages reach it as a WebChatPort (domain/chat/web-chat.ts), wired by server/.
// The page gives each message an id and sends it again on a retry: the turn runs under that id, which the
// engine dedupes by (as Telegram's update_id), and the retry gets the first turn's replies again.
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

/** how long, and for how many messages, a retried POST gets the first answer again */
const REPLAY_MS = 10 * 60_000;
const REPLAY_KEYS = 2_000;

export function createWebChatAdapter(deps: WebChatAdapterDeps): WebChatPort {
  const turns = createTurnTracker();
  const langOf = (chatId: string, fallback: Lang): Lang => deps.webChannel.languageOf(chatId) ?? fallback;
  const render = (chatId: string, lang: Lang): WebMessage[] =>
    renderWeb(deps.webChannel.take(chatId), { chatId, secret: deps.secret, t: translator(langOf(chatId, lang)) });

  /** one turn as this chat's user, under the message id the engine dedupes by */
  async function runTurn(chatId: string, input: WebChatInput, pageLang: Lang, messageId: string): Promise<WebMessage[]> {
    const { body, fetchMedia } = parseWebInput(input);
    turns.begin(chatId);
    try {
      const event = {
        ...body,
        channel: 'WEB',
        chatId,
        senderId: chatId,
        messageId,
        profile: { name: translator(pageLang)('web:chat.guestName'), languageCode: pageLang },
      } as InboundEventInput;
      await deps.engine.handle(event, fetchMedia);
      return render(chatId, pageLang);
    } finally {
      turns.end(chatId);
    }
  }

  // the replies of recent turns by the page's message id, for its retries (the oldest go first)
  const answered = new Map<string, { replies: Promise<WebMessage[]>; until: number }>();

  return {
    langOf,
    wait: (chatId, timeoutMs) => deps.webChannel.wait(chatId, timeoutMs),

    turn(chatId: string, input: WebChatInput, pageLang: Lang, clientMessageId?: string): Promise<WebMessage[]> {
      if (!clientMessageId) return runTurn(chatId, input, pageLang, randomUUID());
      // a retry of a POST whose answer was lost (or is still on its way): the first turn's replies, once
      const key = `${chatId} ${clientMessageId}`;
      const seen = answered.get(key);
      if (seen && seen.until > Date.now()) return seen.replies;
      const replies = runTurn(chatId, input, pageLang, `web-${clientMessageId}`);
      answered.set(key, { replies, until: Date.now() + REPLAY_MS });
      if (answered.size > REPLAY_KEYS) answered.delete(answered.keys().next().value!);
      // a turn that failed did not commit: the retry runs it again
      replies.catch(() => answered.delete(key));
      return replies;
    },

    async pending(chatId: string, pageLang: Lang): Promise<WebMessage[]> {
      await turns.idle(chatId);
      return render(chatId, pageLang);
    },
  };
}
