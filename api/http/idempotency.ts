// Idempotency-Key on POST (draft-ietf-httpapi-idempotency-key-header): a client that repeats a creating
// request with the same key (a timeout, a lost answer) gets the first answer again instead of a second
// order, product or case. Keys are scoped to the caller (token or address) and the path, kept 24 hours in
// the database (idempotency.repository.ts), so a retry sent to another process finds the first answer too.
// A key reused with a different body answers 422; one whose first request is still running is waited for
// a moment, then answers 409. Only successful answers are kept: after an error the client may retry with
// the same key.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { jsonError } from '../../domain/lib/http/error-handler.ts';
import { clientKey } from '../../domain/lib/http/rate-limit.ts';
import type { IdempotencyRepository } from '../../domain/repositories/idempotency.repository.ts';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

export interface IdempotencyOptions {
  store: Pick<IdempotencyRepository, 'begin' | 'complete' | 'release'>;
  ttlMs?: number;
  /** how long a first request holds its key before a process that died with it counts as gone */
  leaseMs?: number;
  /** how long a repeat waits for a first request still running before answering 409 */
  waitMs?: number;
  now?: () => number;
}

const sha256 = (data: string | ArrayBuffer) => createHash('sha256').update(typeof data === 'string' ? data : Buffer.from(data)).digest('hex');
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** answers that are this request's own, not the first one's */
const OWN_HEADERS = /^ratelimit|^x-request-id$/i;

/** The record's key: the caller (a hash of its Authorization header, else its address), the path and the key. */
export function idempotencySlot(authorization: string | undefined, address: string, path: string, key: string): string {
  return `${authorization ? sha256(authorization) : `ip:${address}`} ${path} ${key}`;
}

export function idempotency(options: IdempotencyOptions): MiddlewareHandler<AppEnv> {
  const { store } = options;
  const ttl = options.ttlMs ?? 24 * 3_600_000;
  const leaseMs = options.leaseMs ?? 120_000;
  const waitMs = options.waitMs ?? 2_000;
  const now = options.now ?? Date.now;

  /** the slot's state, waiting up to waitMs while its first request is still running */
  async function settle(slot: string, fingerprint: string) {
    const until = Date.now() + waitMs;
    for (let pause = 50; ; pause = Math.min(pause * 2, 400)) {
      const t = now();
      const state = await store.begin(slot, fingerprint, new Date(t), new Date(t + leaseMs));
      if (state.state !== 'running' || Date.now() + pause > until) return state;
      await sleep(pause);
    }
  }

  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) return jsonError(c, 400, 'validation', 'Idempotency-Key: 8 to 128 letters, digits or "_.:-"', [{ path: 'Idempotency-Key', message: 'malformed' }]);
    const slot = idempotencySlot(c.req.header('authorization'), clientKey(c), c.req.path, key);
    const type = c.req.header('content-type') ?? '';
    // JSON was read (and cached) by the input guard; anything else (a multipart photo) is read from a copy so
    // the route still parses the original
    const bytes = /json/i.test(type) ? await c.req.arrayBuffer() : await c.req.raw.clone().arrayBuffer();
    const fingerprint = sha256(`${type}\n${sha256(bytes)}`);

    const state = await settle(slot, fingerprint);
    if (state.state === 'mismatch') return jsonError(c, 422, 'unprocessable', 'this Idempotency-Key was used with a different request');
    if (state.state === 'running') return jsonError(c, 409, 'conflict', 'a request with this Idempotency-Key is still being processed');
    if (state.state === 'done') {
      const headers = new Headers(state.answer.headers);
      headers.set('Idempotent-Replayed', 'true');
      return new Response(state.answer.body.slice(0), { status: state.answer.status, headers });
    }

    try {
      await next();
    } catch (error) {
      await store.release(slot, state.lease);
      throw error;
    }
    if (c.res.status >= 200 && c.res.status < 300) {
      const body = new Uint8Array(await c.res.clone().arrayBuffer());
      const headers = [...c.res.headers].filter(([name]) => !OWN_HEADERS.test(name));
      await store.complete(slot, state.lease, { status: c.res.status, headers, body }, new Date(now() + ttl));
    } else await store.release(slot, state.lease);
  };
}
