// /api/v1: invitations (admins), the curation queue and reviews (curators of the product's regency and
// admins), flagship designations. Authorization lives in the services; these routes only translate HTTP.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import type { Services } from '../../../domain/services/services.ts';
import { roleGate } from '../../http/role-gate.ts';
import { requireAdmin, requireOfficial } from '../../../domain/services/actor.ts';
import { flagshipBody, flagshipSchema, invitationBody, invitationSchema, productIdParam, queueItemSchema, reviewBody, reviewSchema } from './curation.schemas.ts';

const security = [{ bearer: [] }];
const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });

const createInvitation = createRoute({
  method: 'post',
  path: '/invitations',
  operationId: 'createInvitation',
  tags: ['officials'],
  security,
  middleware: roleGate(requireAdmin),
  summary: 'Create an invitation code for a curator (bound to regencies) or a province admin (admins only)',
  request: { body: { required: true, content: { 'application/json': { schema: invitationBody } } } },
  responses: { 201: json(invitationSchema, 'the code, shown once'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const postReview = createRoute({
  method: 'post',
  path: '/products/{id}/reviews',
  operationId: 'reviewProduct',
  tags: ['officials'],
  security,
  middleware: roleGate(requireOfficial),
  summary: 'Score and decide a submitted product (curator of its regency or admin); a second decision gets 409',
  request: { params: productIdParam, body: { required: true, content: { 'application/json': { schema: reviewBody } } } },
  responses: { 201: json(reviewSchema, 'decided'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
});

const getQueue = createRoute({
  method: 'get',
  path: '/curation/queue',
  operationId: 'getCurationQueue',
  tags: ['officials'],
  security,
  summary: "Submissions waiting in the caller's regencies (admins: all), oldest first",
  responses: { 200: json(z.object({ items: z.array(queueItemSchema) }), 'the queue'), 401: errorResponses[401], 403: errorResponses[403] },
});

const postFlagship = createRoute({
  method: 'post',
  path: '/products/{id}/flagship',
  operationId: 'designateFlagship',
  tags: ['officials'],
  security,
  middleware: roleGate(requireOfficial),
  summary: "Designate an approved product as its regency's flagship for a month (default: this month, WITA)",
  request: { params: productIdParam, body: { required: false, content: { 'application/json': { schema: flagshipBody } } } },
  responses: { 201: json(flagshipSchema, 'designated'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
});

export function curationRoutes(services: Services) {
  const app = new OpenAPIHono<AppEnv>();
  const auth = requireAuth(services.auth);
  for (const path of ['/invitations', '/curation/*', '/products/:id/reviews', '/products/:id/flagship']) app.use(path, auth);
  return app
    .openapi(createInvitation, async (c) => {
      const inv = await services.invitations.create(c.get('actor')!, c.req.valid('json'));
      return c.json({ ...inv, expiresAt: inv.expiresAt.toISOString() }, 201);
    })
    .openapi(postReview, async (c) => c.json(await services.curation.decide(c.get('actor')!, c.req.valid('param').id, c.req.valid('json')), 201))
    .openapi(getQueue, async (c) => {
      const items = await services.curation.queue(c.get('actor')!);
      return c.json(
        {
          items: items.map((p) => ({
            id: p.id,
            code: p.code,
            name: p.name,
            status: p.status,
            priceIdr: p.priceIdr,
            producer: { id: p.producer.id, businessName: p.producer.businessName },
            region: p.region,
            submittedAt: p.submittedAt?.toISOString() ?? null,
          })),
        },
        200,
      );
    })
    .openapi(postFlagship, async (c) => {
      const body = c.req.valid('json') ?? {};
      return c.json(await services.curation.designate(c.get('actor')!, c.req.valid('param').id, body.month), 201);
    });
}
