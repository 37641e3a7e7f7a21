// /api/v1/targets and /reports/monthly: flagship designations against the monthly target per regency
// (officials: their regencies, admins: all), admins' target adjustments, and the monthly report (JSON, CSV, PDF).
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import type { Services } from '../../../domain/services/services.ts';
import { roleGate } from '../../http/role-gate.ts';
import { requireAdmin } from '../../../domain/services/actor.ts';

const security = [{ bearer: [] }];
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).openapi({ example: '2026-11' });

const targetRowSchema = z
  .object({
    regionCode: z.string(),
    regionName: z.string(),
    month: z.string(),
    target: z.number().int(),
    designated: z.number().int(),
    gap: z.number().int(),
    met: z.boolean(),
    pipeline: z.object({ submitted: z.number().int(), inReview: z.number().int(), approvedNotDesignated: z.number().int() }),
  })
  .openapi('TargetProgress');

const getTargets = createRoute({
  method: 'get',
  path: '/targets',
  operationId: 'getTargets',
  tags: ['officials'],
  security,
  summary: "Flagships against the target per regency for a WITA month (default: this month), largest gap first",
  request: { query: z.object({ month: month.optional() }) },
  responses: { 200: { description: 'progress', content: { 'application/json': { schema: z.object({ month: z.string(), items: z.array(targetRowSchema) }) } } }, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const putTarget = createRoute({
  method: 'put',
  path: '/targets/{region}/{month}',
  operationId: 'setTarget',
  tags: ['officials'],
  security,
  middleware: roleGate(requireAdmin),
  summary: 'Set the target of one regency for one month (admins)',
  request: { params: z.object({ region: z.string().regex(/^53\.\d{2}$/).openapi({ example: '53.09' }), month }), body: { required: true, content: { 'application/json': { schema: z.object({ target: z.number().int().min(0).max(50) }).openapi('TargetInput', { example: { target: 3 } }) } } } },
  responses: {
    200: { description: 'saved', content: { 'application/json': { schema: z.object({ regionCode: z.string(), month: z.string(), target: z.number().int() }) } } },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const getReport = createRoute({
  method: 'get',
  path: '/reports/monthly',
  operationId: 'getMonthlyReport',
  tags: ['officials'],
  security,
  summary: 'The monthly report over all 22 regencies (admins): JSON, CSV or PDF; default month: the last complete one',
  request: { query: z.object({ month: month.optional(), format: z.enum(['json', 'csv', 'pdf']).default('json'), lang: z.enum(['id', 'en']).default('id') }) },
  // no schema on 200: the body is JSON, text/csv or application/pdf depending on `format`
  responses: { 200: { description: 'the report: JSON (month, summary, rows), text/csv, or application/pdf' }, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

export function targetRoutes(services: Services) {
  const app = new OpenAPIHono<AppEnv>();
  const auth = requireAuth(services.auth);
  for (const path of ['/targets', '/targets/*', '/reports/*']) app.use(path, auth);
  return app
    .openapi(getTargets, async (c) => {
      const m = c.req.valid('query').month ?? services.targets.currentMonth();
      return c.json({ month: m, items: await services.targets.progress(c.get('actor')!, m) }, 200);
    })
    .openapi(putTarget, async (c) => {
      const { region, month: m } = c.req.valid('param');
      return c.json(await services.targets.setTarget(c.get('actor')!, region, m, c.req.valid('json')), 200);
    })
    .openapi(getReport, async (c) => {
      const q = c.req.valid('query');
      const actor = c.get('actor')!;
      if (q.format === 'csv') {
        const { month: m, body } = await services.reports.csv(actor, q.month, q.lang);
        return c.body(body, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="etalase-ntt-${m}.csv"` });
      }
      if (q.format === 'pdf') {
        const { month: m, body } = await services.reports.pdf(actor, q.month, q.lang);
        return c.body(new Uint8Array(body), 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="etalase-ntt-${m}.pdf"` });
      }
      return c.json(await services.reports.monthly(actor, q.month), 200);
    });
}
