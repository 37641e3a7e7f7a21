// The web chat: GET /chat (the page), POST /chat/api/send (one turn, answered as JSON), GET /chat/api/events
// (server-sent events for messages that arrive later), GET /chat/media/<token> (photos of the
// conversation). Identity is a signed cookie; messages are rate-limited per chat and per address.
import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { translator, type Lang } from '../../domain/lib/i18n.ts';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { clientKey } from '../../domain/lib/http/rate-limit.ts';
import { resolveLang } from '../lang.ts';
import { pageContext, renderPage } from '../render-page.ts';
import type { WebDeps } from '../web-deps.ts';
import { ChatPage } from './chat-page.tsx';
import { createChatRateLimiter } from './chat-rate-limit.ts';
import { ensureChatId } from './chat-session.ts';
import { chatEventsHandler } from './chat-events.ts';
import { chatMediaHandler } from './chat-media.ts';
import { parseSendRequest } from './send-request.ts';
import { CLIENT_MESSAGE_ID_PATTERN, type WebMessage } from '../../domain/chat/web-chat.ts';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export function webChatRoutes(deps: WebDeps): Hono<AppEnv> {
  // a short or empty secret would make every chat cookie forgeable
  if (deps.cookieSecret.length < 16) throw new Error('web chat: cookieSecret must be at least 16 characters');
  const app = new Hono<AppEnv>();
  const turns = deps.webChat;
  const limiter = createChatRateLimiter({ perMinute: deps.rateLimitPerMinute });

  const fail = (c: Context, status: 400 | 403 | 429 | 503, code: string, lang: Lang, key: string, extra: Record<string, string> = {}) => {
    const message = translator(lang)(key);
    for (const [name, value] of Object.entries(extra)) c.header(name, value);
    const messages: WebMessage[] = [{ type: 'text', text: message }];
    // the requestId lets a visitor's report be found in the log, as on every API error
    return c.json({ error: { code, message, requestId: c.get('requestId') }, messages }, status);
  };

  app.get('/chat', async (c) => {
    await ensureChatId(c, deps.cookieSecret);
    const ctx = pageContext(c, deps.services);
    const start = c.req.query('start') ?? '';
    const nonce = randomBytes(16).toString('base64');
    const page = (
      <ChatPage lang={ctx.lang} t={ctx.t} publicUrl={ctx.publicUrl} switchHref={ctx.switchHref} nonce={nonce} start={/^[A-Za-z0-9_-]{1,64}$/.test(start) ? start : ''} maxPhotoBytes={MAX_PHOTO_BYTES} />
    );
    return renderPage(c, page, 200, { scriptNonce: nonce });
  });

  app.post('/chat/api/send', async (c) => {
    const pageLang = resolveLang(c);
    // a form on another site must not talk in this browser's chat (SameSite=Lax covers most; this the rest)
    if (c.req.header('sec-fetch-site') === 'cross-site') return fail(c, 403, 'forbidden', pageLang, 'web:chat.error');
    const { chatId } = await ensureChatId(c, deps.cookieSecret);
    const lang = turns.langOf(chatId, pageLang);
    const decision = limiter.check([`chat:${chatId}`, `ip:${clientKey(c)}`]);
    if (!decision.allowed) return fail(c, 429, 'rate_limited', lang, 'web:chat.rateLimited', { 'Retry-After': String(decision.retryAfter) });

    const request = await parseSendRequest(c, MAX_PHOTO_BYTES);
    if (!request.ok) return fail(c, 400, 'validation', lang, request.messageKey);
    try {
      const clientMessageId = c.req.header('x-chat-message-id');
      const messages = await turns.turn(chatId, request.input, pageLang, clientMessageId && CLIENT_MESSAGE_ID_PATTERN.test(clientMessageId) ? clientMessageId : undefined);
      return c.json({ messages, lang: turns.langOf(chatId, pageLang) }, 200, { 'cache-control': 'no-store' });
    } catch (error) {
      deps.logger.error({ err: error, requestId: c.get('requestId') }, 'web chat turn failed');
      return fail(c, 503, 'unavailable', lang, 'web:chat.error');
    }
  });

  app.get('/chat/api/events', chatEventsHandler({ turns, cookieSecret: deps.cookieSecret, limiter, options: deps.chatEvents }));
  app.get('/chat/media/:token', chatMediaHandler({ services: deps.services, cookieSecret: deps.cookieSecret }));
  return app;
}
