// /internal/*: operations a second process on the same machine asks of the running server (PGlite serves
// one process per data folder): console chat turns, seeding, backups. Loopback only, and the caller must
// present the data folder's local secret, which proves it can read the data folder.
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/context.ts';
import { jsonError } from '../../http/error-handler.ts';
import { clientKey } from '../../http/rate-limit.ts';

export interface InternalOp {
  name: string;
  input: z.ZodType;
  run(input: unknown): Promise<unknown>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function internalRoutes(secret: string, ops: InternalOp[]) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    const from = clientKey(c);
    const loopback = from === 'local' || from === '127.0.0.1' || from === '::1' || from === '::ffff:127.0.0.1';
    if (!loopback || c.req.header('x-forwarded-for')) return jsonError(c, 403, 'forbidden', 'internal operations are for local processes only');
    if (!sameSecret(c.req.header('x-local-secret') ?? '', secret)) return jsonError(c, 401, 'unauthorized', 'wrong or missing local secret');
    await next();
  });
  for (const op of ops) {
    app.post(`/${op.name}`, async (c) => {
      const body: unknown = await c.req.json().catch(() => ({}));
      const parsed = op.input.safeParse(body);
      if (!parsed.success) return jsonError(c, 400, 'validation', 'invalid input', parsed.error.issues);
      return c.json((await op.run(parsed.data)) ?? {});
    });
  }
  return app;
}

/** The client side, used by the command-line tools. */
export async function callInternal<T>(port: number, secret: string, op: string, input: unknown): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/internal/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-local-secret': secret },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? `server answered ${response.status}`);
  return body;
}
