// A database whose pool stayed busy past DATABASE_POOL_TIMEOUT_MS: the API answers 503 with Retry-After (worth
// a retry, unlike an outage, which answers 503 without one), and a chat turn that failed so gets "please send
// it again" in the sender's language instead of silence.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { busyReply } from '../../../../bot/core/busy-reply.ts';
import { createErrorHandler } from '../../../../domain/lib/http/error-handler.ts';
import { translator } from '../../../../domain/lib/i18n.ts';
import { silentLogger } from '../../../../domain/lib/logger.ts';

/** what pg's pool throws, as Prisma hands it on (wrapped, the pool's error as the cause) */
const poolTimeout = () => Object.assign(new Error('Invalid `prisma.$queryRaw()` invocation'), { cause: new Error('timeout exceeded when trying to connect') });

function appThrowing(error: Error) {
  const app = new Hono();
  app.onError(createErrorHandler(silentLogger));
  app.get('/x', () => {
    throw error;
  });
  return app;
}

describe('a busy database', () => {
  it('answers 503 with Retry-After on the API', async () => {
    const res = await appThrowing(poolTimeout()).request('/x');
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable');
  });

  it('answers an outage with 503 and no Retry-After', async () => {
    const res = await appThrowing(new Error('connect ECONNREFUSED 127.0.0.1:5432')).request('/x');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeNull();
  });

  it('tells the chat sender to send the message again, in their language', () => {
    const event = { channel: 'TELEGRAM', chatId: '1', senderId: '1', messageId: 'm1', type: 'text', text: 'kopi', profile: { languageCode: 'en' } } as const;
    const reply = busyReply(event, poolTimeout());
    expect(reply?.lang).toBe('en');
    expect(reply?.messages).toEqual([{ type: 'text', text: translator('en')('engine:busy') }]);
    expect(busyReply({ ...event, profile: {} }, poolTimeout())?.messages[0]).toEqual({ type: 'text', text: translator('id')('engine:busy') });
    expect(busyReply(event, new Error('something else'))).toBeNull();
  });
});
