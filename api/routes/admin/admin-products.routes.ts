// PATCH /api/v1/admin/products/{id}: an admin corrects a producer's product (texts, category, price, stock)
// with a reason; the service writes the audit record in the change's transaction. The role is checked before
// the body, so nobody else learns the body's shape. Curators are not allowed: curation judges a producer's
// content (approve, request changes, reject), it never edits it (domain/services/curation.service.ts).
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import { roleGate } from '../../http/role-gate.ts';
import { requireAdmin } from '../../../domain/services/actor.ts';
import type { Services } from '../../../domain/services/services.ts';
import { myProductSchema, productIdParam } from '../producer/producer.schemas.ts';

const correctionBody = z
  .object({
    reason: z.string().min(3).max(500).openapi({ description: 'why the product is corrected; kept in the audit record' }),
    changes: z
      .object({
        nameId: z.string(),
        nameEn: z.string().nullable(),
        descriptionId: z.string(),
        descriptionEn: z.string().nullable(),
        categoryId: z.string(),
        priceIdr: z.number().int(),
        stock: z.number().int().min(0),
      })
      .partial()
      .strict(),
  })
  .strict()
  .openapi('AdminProductCorrection', { example: { reason: 'harga salah ketik: produsen minta dikoreksi lewat telepon', changes: { priceIdr: 85000 } } });

const correct = createRoute({
  method: 'patch',
  path: '/admin/products/{id}',
  operationId: 'correctProductAsAdmin',
  tags: ['admin'],
  security: [{ bearer: [] }],
  middleware: roleGate(requireAdmin),
  summary: "Admins: correct a producer's product (names, descriptions, category, price, stock) with a reason, audited; curators may not",
  description:
    'The changed fields, their values before and after, the reason and the admin are written to the audit log in the same transaction. The product keeps its curation status. Curators judge products on the curation routes and do not edit them.',
  request: { params: productIdParam, body: { required: true, content: { 'application/json': { schema: correctionBody } } } },
  responses: {
    200: { description: 'the product after the correction; changed: the fields that changed', content: { 'application/json': { schema: myProductSchema.extend({ changed: z.array(z.string()) }) } } },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

export function adminProductRoutes(services: Services) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('/admin/products/*', requireAuth(services.auth));
  return app.openapi(correct, async (c) => {
    const result = await services.products.adminCorrect(c.get('actor')!, c.req.valid('param').id, c.req.valid('json'));
    return c.json({ ...result.product, changed: result.changed }, 200);
  });
}
