// Per-client request limits (hono-rate-limiter, in-memory window). Behind a reverse proxy the client is the
// first X-Forwarded-For address; operators running several processes put the limit in the proxy too.
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from './context.ts';
import { jsonError } from './error-handler.ts';

export function clientKey(c: Context): string {
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return forwarded || env?.incoming?.socket?.remoteAddress || 'local';
}

export function createRateLimit(limitPerMinute: number, prefix = 'api'): MiddlewareHandler<AppEnv> {
  return rateLimiter<AppEnv>({
    windowMs: 60_000,
    limit: limitPerMinute,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => `${prefix}:${clientKey(c)}`,
    handler: (c) => jsonError(c, 429, 'rate_limited', 'too many requests; slow down'),
  });
}
