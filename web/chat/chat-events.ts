// GET /chat/api/events: a server-sent event stream of the messages that reach a chat outside its own turns
// (an order accepted, a payment confirmed). Streams end after a while and the browser reconnects, so a
// forgotten tab holds nothing for long; a few streams per chat at most.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { translator } from '../../domain/lib/i18n.ts';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { clientKey } from '../../domain/lib/http/rate-limit.ts';
import { resolveLang } from '../lang.ts';
import type { ChatRateLimiter } from './chat-rate-limit.ts';
import { ensureChatId } from './chat-session.ts';
import type { WebChatPort } from '../../domain/chat/web-chat.ts';

export interface ChatEventsOptions {
  /** how long one wait lasts before a keep-alive comment */
  waitMs?: number;
  /** how long one stream lives before the browser is asked to reconnect */
  maxStreamMs?: number;
}

const MAX_STREAMS_PER_CHAT = 3;

export function chatEventsHandler(deps: { turns: WebChatPort; cookieSecret: string; limiter: ChatRateLimiter; options?: ChatEventsOptions }) {
  const waitMs = deps.options?.waitMs ?? 15_000;
  const maxStreamMs = deps.options?.maxStreamMs ?? 5 * 60_000;
  const open = new Map<string, number>();

  return async (c: Context<AppEnv>) => {
    const { chatId } = await ensureChatId(c, deps.cookieSecret);
    const pageLang = resolveLang(c);
    const lang = deps.turns.langOf(chatId, pageLang);
    const tooMany = (open.get(chatId) ?? 0) >= MAX_STREAMS_PER_CHAT || !deps.limiter.check([`events:${clientKey(c)}`]).allowed;
    if (tooMany) {
      const message = translator(lang)('web:chat.rateLimited');
      return c.json({ error: { code: 'rate_limited', message, requestId: c.get('requestId') } }, 429, { 'Retry-After': '30' });
    }
    open.set(chatId, (open.get(chatId) ?? 0) + 1);
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no'); // nginx: pass events through at once
    return streamSSE(c, async (stream) => {
      let closed = false;
      stream.onAbort(() => {
        closed = true;
      });
      try {
        await stream.writeSSE({ event: 'ready', data: '{}', retry: 3000 });
        const until = Date.now() + maxStreamMs;
        while (!closed && Date.now() < until) {
          await deps.turns.wait(chatId, waitMs);
          if (closed) break;
          const messages = await deps.turns.pending(chatId, pageLang);
          if (messages.length > 0) await stream.writeSSE({ event: 'messages', data: JSON.stringify({ messages }) });
          else await stream.write(': keep-alive\n\n');
        }
      } finally {
        const left = (open.get(chatId) ?? 1) - 1;
        if (left > 0) open.set(chatId, left);
        else open.delete(chatId);
      }
    });
  };
}
