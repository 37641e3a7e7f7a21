// /api/v1/licensing-cases: producers open (ask help for) and follow their own cases; officials open, advance
// and record certificates for the producers of their regencies; admins for all.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import type { Services } from '../../../domain/services/services.ts';
import { roleGate } from '../../http/role-gate.ts';
import { requireOfficial, requireProducerOrOfficial } from '../../../domain/services/actor.ts';
import { caseIdParam, caseSchema, certificateBody, listQuery, openCaseBody, stepBody } from './licensing.schemas.ts';

const security = [{ bearer: [] }];
const one = (description: string) => ({ description, content: { 'application/json': { schema: caseSchema } } });
const refusals = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409], 422: errorResponses[422] };

const openCase = createRoute({
  method: 'post',
  path: '/licensing-cases',
  operationId: 'openLicensingCase',
  tags: ['licensing'],
  security,
  middleware: roleGate(requireProducerOrOfficial),
  summary: 'Open a licensing case (officials of the regency; a producer for their own product = asking for help)',
  request: { body: { required: true, content: { 'application/json': { schema: openCaseBody } } } },
  responses: { 201: one('opened'), ...refusals },
});

const listCases = createRoute({
  method: 'get',
  path: '/licensing-cases',
  operationId: 'listLicensingCases',
  tags: ['licensing'],
  security,
  summary: 'Licensing cases: a producer sees their own, a curator their regencies, an admin all',
  request: { query: listQuery },
  responses: { 200: { description: 'cases', content: { 'application/json': { schema: z.object({ items: z.array(caseSchema) }) } } }, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const getCase = createRoute({
  method: 'get',
  path: '/licensing-cases/{id}',
  operationId: 'getLicensingCase',
  tags: ['licensing'],
  security,
  summary: 'One licensing case with its history',
  request: { params: caseIdParam },
  responses: { 200: one('the case'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const postStep = createRoute({
  method: 'post',
  path: '/licensing-cases/{id}/steps',
  operationId: 'advanceLicensingCase',
  tags: ['licensing'],
  security,
  middleware: roleGate(requireOfficial),
  summary: 'Advance to the next step with a note, or return the case for corrections (officials)',
  request: { params: caseIdParam, body: { required: true, content: { 'application/json': { schema: stepBody } } } },
  responses: { 201: one('the case after the step'), ...refusals },
});

const postCertificate = createRoute({
  method: 'post',
  path: '/licensing-cases/{id}/certificate',
  operationId: 'recordLicensingCertificate',
  tags: ['licensing'],
  security,
  middleware: roleGate(requireOfficial),
  summary: 'Record the issued certificate: format-checked number, issue and expiry dates (officials); the badge appears on the product',
  request: { params: caseIdParam, body: { required: true, content: { 'application/json': { schema: certificateBody } } } },
  responses: { 201: one('issued and verified'), ...refusals },
});

export function licensingRoutes(services: Services) {
  const app = new OpenAPIHono<AppEnv>();
  const auth = requireAuth(services.auth);
  app.use('/licensing-cases', auth);
  app.use('/licensing-cases/*', auth);
  return app
    .openapi(openCase, async (c) => c.json(await services.licensing.open(c.get('actor')!, c.req.valid('json')), 201))
    .openapi(listCases, async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: await services.licensing.list(c.get('actor')!, { productId: q.productId, active: q.active === 'true' }) }, 200);
    })
    .openapi(getCase, async (c) => c.json(await services.licensing.get(c.get('actor')!, c.req.valid('param').id), 200))
    .openapi(postStep, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const actor = c.get('actor')!;
      const view = body.action === 'return' ? await services.licensing.returnForCorrections(actor, id, { note: body.note ?? '' }) : await services.licensing.advance(actor, id, { note: body.note });
      return c.json(view, 201);
    })
    .openapi(postCertificate, async (c) => {
      const body = c.req.valid('json');
      return c.json(await services.licensing.recordCertificate(c.get('actor')!, c.req.valid('param').id, { number: body.number, issuedAt: body.issuedAt, expiresAt: body.expiresAt ?? null }), 201);
    });
}
