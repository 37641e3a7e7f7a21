// /api/v1/admin/tokens: admins create, list and revoke API tokens (the secret is shown once).
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import type { Services } from '../../../domain/services/services.ts';
import { idString, idParam } from '../../../domain/lib/http/params.ts';
import { roleGate } from '../../http/role-gate.ts';
import { requireAdmin } from '../../../domain/services/actor.ts';

const tokenSchema = z.object({ id: z.string(), prefix: z.string(), name: z.string(), user: z.string(), role: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable() }).openapi('ApiToken');
const security = [{ bearer: [] }];

const create = createRoute({
  method: 'post',
  path: '/admin/tokens',
  operationId: 'createApiToken',
  tags: ['admin'],
  security,
  middleware: roleGate(requireAdmin),
  summary: 'Create an API token for a user (shown once)',
  request: { body: { required: true, content: { 'application/json': { schema: z.object({ userId: idString('the user the token acts as'), name: z.string().trim().min(1).max(80) }).openapi('ApiTokenInput', { example: { userId: 'cmh2x1k9v0001qz8l3v5b7n2d', name: 'dashboard kabupaten Ngada' } }) } } } },
  responses: {
    201: { description: 'created', content: { 'application/json': { schema: z.object({ id: z.string(), prefix: z.string(), token: z.string(), userId: z.string() }) } } },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const list = createRoute({
  method: 'get',
  path: '/admin/tokens',
  operationId: 'listApiTokens',
  tags: ['admin'],
  security,
  summary: 'List API tokens (never their secrets)',
  responses: { 200: { description: 'tokens', content: { 'application/json': { schema: z.object({ items: z.array(tokenSchema) }) } } }, 401: errorResponses[401], 403: errorResponses[403] },
});

const revoke = createRoute({
  method: 'delete',
  path: '/admin/tokens/{id}',
  operationId: 'revokeApiToken',
  tags: ['admin'],
  security,
  summary: 'Revoke a token by id or prefix',
  request: { params: idParam('id', 'token id or prefix') },
  responses: { 200: { description: 'revoked', content: { 'application/json': { schema: z.object({ revoked: z.number() }) } } }, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function tokenRoutes(services: Services) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('/admin/tokens', requireAuth(services.auth));
  app.use('/admin/tokens/*', requireAuth(services.auth));
  return app
    .openapi(create, async (c) => c.json(await services.auth.createApiToken(c.get('actor')!, c.req.valid('json')), 201))
    .openapi(list, async (c) => {
      const items = await services.auth.listApiTokens(c.get('actor')!);
      return c.json({ items: items.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt) })) }, 200);
    })
    .openapi(revoke, async (c) => c.json(await services.auth.revokeApiToken(c.get('actor')!, c.req.valid('param').id), 200));
}
