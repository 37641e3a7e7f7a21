// /internal/*: operations a second process on the same machine asks of the running server (PGlite serves
// one process per data folder): console chat turns, seeding, backups, admin commands. Loopback only, and the
// caller must present the data folder's local secret, which proves it can read the data folder. Without a
// running server's handlers (tests, the document) every call is refused.
import { timingSafeEqual } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { jsonError } from '../../../domain/lib/http/error-handler.ts';
import { clientKey } from '../../../domain/lib/http/rate-limit.ts';
import { internalContract, type InternalHandlers } from './internal.contract.ts';

export interface LocalAccess {
  secret: string;
  handlers: InternalHandlers;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function internalRoutes(local: LocalAccess | null) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return jsonError(c, 400, 'validation', 'invalid input', result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    },
  });
  app.use('*', async (c, next) => {
    const from = clientKey(c);
    const loopback = from === 'local' || from === '127.0.0.1' || from === '::1' || from === '::ffff:127.0.0.1';
    if (!loopback || c.req.header('x-forwarded-for')) return jsonError(c, 403, 'forbidden', 'internal operations are for local processes only');
    if (!local || !sameSecret(c.req.header('x-local-secret') ?? '', local.secret)) return jsonError(c, 401, 'unauthorized', 'wrong or missing local secret');
    await next();
  });
  const handlers = () => local!.handlers;
  const k = internalContract;
  return app
    .openapi(k.consoleTurn, async (c) => c.json(await handlers().consoleTurn(c.req.valid('json')), 200))
    .openapi(k.consolePoll, async (c) => c.json(await handlers().consolePoll(c.req.valid('json')), 200))
    .openapi(k.seed, async (c) => c.json(await handlers().seed(c.req.valid('json')), 200))
    .openapi(k.backup, async (c) => c.json(await handlers().backup(c.req.valid('json')), 200))
    .openapi(k.admin, async (c) => c.json(await handlers().admin(c.req.valid('json')), 200));
}
