// Idempotency-Key on POST (draft-ietf-httpapi-idempotency-key-header): a client that repeats a creating
// request with the same key (a timeout, a lost answer) gets the first answer again instead of a second
// order, product or case. Keys are scoped to the caller (token or address) and the path, kept 24 hours in
// this process; a key reused with a different body answers 422, one whose first request is still running 409.
// Only successful answers are kept: after an error the client may retry with the same key.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { jsonError } from '../../domain/lib/http/error-handler.ts';
import { clientKey } from '../../domain/lib/http/rate-limit.ts';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

interface Stored {
  fingerprint: string;
  expires: number;
  answer?: { status: number; headers: [string, string][]; body: ArrayBuffer };
}

export interface IdempotencyOptions {
  ttlMs?: number;
  maxKeys?: number;
  now?: () => number;
}

const sha256 = (data: string | ArrayBuffer) => createHash('sha256').update(typeof data === 'string' ? data : Buffer.from(data)).digest('hex');

export function idempotency(options: IdempotencyOptions = {}): MiddlewareHandler<AppEnv> {
  const ttl = options.ttlMs ?? 24 * 3_600_000;
  const maxKeys = options.maxKeys ?? 10_000;
  const now = options.now ?? Date.now;
  const store = new Map<string, Stored>();

  const prune = () => {
    const t = now();
    for (const [k, v] of store) if (v.expires <= t) store.delete(k);
    // insertion order = age: drop the oldest beyond the bound
    for (const k of store.keys()) {
      if (store.size <= maxKeys) break;
      store.delete(k);
    }
  };

  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) return jsonError(c, 400, 'validation', 'Idempotency-Key: 8 to 128 letters, digits or "_.:-"', [{ path: 'Idempotency-Key', message: 'malformed' }]);
    const who = c.req.header('authorization') ? sha256(c.req.header('authorization')!) : `ip:${clientKey(c)}`;
    const slot = `${who} ${c.req.path} ${key}`;
    const type = c.req.header('content-type') ?? '';
    // JSON was read (and cached) by the input guard; anything else (a multipart photo) is read from a copy so
    // the route still parses the original
    const bytes = /json/i.test(type) ? await c.req.arrayBuffer() : await c.req.raw.clone().arrayBuffer();
    const fingerprint = sha256(`${type}\n${sha256(bytes)}`);
    prune();
    const seen = store.get(slot);
    if (seen) {
      if (seen.fingerprint !== fingerprint) return jsonError(c, 422, 'unprocessable', 'this Idempotency-Key was used with a different request');
      if (!seen.answer) return jsonError(c, 409, 'conflict', 'a request with this Idempotency-Key is still being processed');
      const headers = new Headers(seen.answer.headers);
      headers.set('Idempotent-Replayed', 'true');
      return new Response(seen.answer.body.slice(0), { status: seen.answer.status, headers });
    }
    const entry: Stored = { fingerprint, expires: now() + ttl };
    store.set(slot, entry);
    try {
      await next();
    } catch (error) {
      store.delete(slot);
      throw error;
    }
    if (c.res.status >= 200 && c.res.status < 300) {
      const body = await c.res.clone().arrayBuffer();
      entry.answer = { status: c.res.status, headers: [...c.res.headers].filter(([name]) => !/^ratelimit|^x-request-id$/i.test(name)), body };
    } else store.delete(slot);
  };
}
