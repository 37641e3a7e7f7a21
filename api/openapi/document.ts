// /openapi.json: the API contract. Routes declare their own operationId, summary, security, body examples
// and the refusals of their rules (403, 404, 409, 422); what every operation of a kind can answer is added
// here once, so it cannot be forgotten on a new route: 429 on the rate-limited /api/*, 401 with a token,
// 400/413/415 with a body, 500/503 everywhere, and Idempotency-Key on every creating POST.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../domain/lib/http/context.ts';

export type OpenApiDocument = ReturnType<OpenAPIHono<AppEnv>['getOpenAPIDocument']>;

export const documentConfig = {
  openapi: '3.0.3',
  info: {
    title: 'Etalase NTT API',
    version: '1.0.0',
    description:
      'Catalogue, carts, orders, curation, licensing and the display network of NTT village products. Errors share one shape ' +
      '(components.schemas.Error). Lists of the catalogue answer ETag and 304 to If-None-Match; product lists page with an opaque ' +
      'cursor (nextCursor). Creating POSTs accept an Idempotency-Key. Deprecated operations are marked and answer a Deprecation header ' +
      'for at least six months before removal (docs/operations.md, "API deprecation policy").',
    license: { name: 'Proprietary: all rights reserved (no licence granted beyond use of this API)', url: '/docs/licence' },
  },
  servers: [{ url: '/', description: 'this server (the address the document was read from)' }],
  tags: [
    { name: 'catalog', description: 'the public catalogue: regencies, categories, published products' },
    { name: 'cart', description: "the signed-in user's cart" },
    { name: 'orders', description: 'checkout, orders and their steps (buyer and producer)' },
    { name: 'producer', description: "a producer's own profile and products" },
    { name: 'officials', description: 'invitations, curation, flagships, targets and reports (curators and admins)' },
    { name: 'licensing', description: 'licensing cases (halal, PIRT, BPOM, NIB) with their steps' },
    { name: 'display', description: 'the offline display network: points, placements, sales, labels' },
    { name: 'admin', description: 'API tokens and channel administration (admins)' },
    { name: 'operations', description: 'health of the running server' },
    { name: 'local', description: 'operations for command-line tools on the same machine: loopback only, with the data folder secret' },
  ],
};

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
const rateHeaders = {
  'Retry-After': { description: 'seconds until the window resets', schema: { type: 'integer' } },
  RateLimit: { description: 'draft-6 RateLimit fields: limit, remaining, reset', schema: { type: 'string' } },
};

export const standardResponses = {
  BadRequest: { description: 'Invalid input: malformed JSON, a value out of bounds, a control character', content: errorContent },
  Unauthorized: { description: 'Missing, unknown or revoked API token', content: errorContent },
  PayloadTooLarge: { description: 'Request body above 12 MB', content: errorContent },
  UnsupportedMediaType: { description: 'A content type this operation does not accept', content: errorContent },
  RateLimited: { description: 'Too many requests from this client in the minute', headers: rateHeaders, content: errorContent },
  Internal: { description: 'Unexpected error (logged with the requestId)', content: errorContent },
  Unavailable: { description: 'The database is unavailable; try again shortly', content: errorContent },
} as const;

export const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Repeating this request with the same key (within 24 hours, same caller) returns the first answer with Idempotent-Replayed: true; ' +
    'the same key with another body answers 422, while the first is still running 409.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' },
  example: '7f9c2ba4-e88f-4c1a-9b0e-3d1f2a6c5e01',
};

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

interface Operation {
  security?: unknown[];
  requestBody?: unknown;
  parameters?: unknown[];
  responses: Record<string, unknown>;
}

export function completeDocument(doc: OpenApiDocument): OpenApiDocument {
  const components = (doc.components ??= {});
  components.responses = { ...components.responses, ...standardResponses } as typeof components.responses;
  components.parameters = { ...components.parameters, IdempotencyKey: idempotencyKeyParameter } as typeof components.parameters;
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const add = (status: string, name: keyof typeof standardResponses) => {
        op.responses[status] ??= { $ref: `#/components/responses/${name}` };
      };
      if (op.security && op.security.length > 0) add('401', 'Unauthorized');
      if (op.requestBody) {
        add('400', 'BadRequest');
        add('413', 'PayloadTooLarge');
        add('415', 'UnsupportedMediaType');
      }
      if (path.startsWith('/api/') || path === '/health') add('429', 'RateLimited');
      add('500', 'Internal');
      if (path !== '/health') add('503', 'Unavailable');
      if (method === 'post' && op.responses['201']) op.parameters = [...(op.parameters ?? []), { $ref: '#/components/parameters/IdempotencyKey' }];
      // keep responses in status order for readers
      op.responses = Object.fromEntries(Object.entries(op.responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  // a standard answer no operation needed is left out (unused components are lint warnings)
  const used = JSON.stringify(doc.paths);
  for (const name of Object.keys(standardResponses)) if (!used.includes(`#/components/responses/${name}"`)) delete (components.responses as Record<string, unknown>)[name];
  return doc;
}

export function openApiDocument(app: OpenAPIHono<AppEnv>): OpenApiDocument {
  return completeDocument(app.getOpenAPIDocument(documentConfig as Parameters<typeof app.getOpenAPIDocument>[0]));
}
