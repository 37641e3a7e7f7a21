// Per-client request limits (hono-rate-limiter, in-memory window). The client is the socket's address, or
// the X-Forwarded-For entry TRUST_PROXY points at (trusted-proxy.ts), resolved once per request by the HTTP
// app (api/app.ts); operators running several processes put the limit in the proxy too.
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from './context.ts';
import { jsonError } from './error-handler.ts';
import { clientAddress, type TrustProxy } from './trusted-proxy.ts';

function socketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/** Middleware: the request's client address under `trust`, kept for clientKey. */
export function resolveClientAddress(trust: TrustProxy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('clientAddress', clientAddress(socketAddress(c), c.req.header('x-forwarded-for'), trust));
    await next();
  };
}

/** The client's address (resolveClientAddress); without that middleware, the socket's: never a header. */
export function clientKey(c: Context): string {
  const resolved: unknown = c.get('clientAddress');
  if (typeof resolved === 'string') return resolved;
  return clientAddress(socketAddress(c), undefined, { kind: 'off' });
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
