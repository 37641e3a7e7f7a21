// /api/v1/display-points: the offline display network. Officials list points (admins add and edit them),
// place products, read inventory and monthly reports (JSON or CSV), print label sheets (PDF) and single
// labels (PNG), and add staff; staff of a point record sales and returns there.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses as e } from '../../../domain/lib/http/error-shape.ts';
import type { Services } from '../../../domain/services/services.ts';
import * as s from './display.schemas.ts';
import { roleGate } from '../../http/role-gate.ts';
import { requireAdmin, requireOfficial } from '../../../domain/services/actor.ts';

const security = [{ bearer: [] }];
const tags = ['display'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

const listPoints = createRoute({
  method: 'get', path: '/display-points', operationId: 'listDisplayPoints', tags, security,
  summary: 'Display points (officials); manageable=true: only those the caller may place products at',
  request: { query: z.object({ manageable: z.enum(['true', 'false']).optional(), includeInactive: z.enum(['true', 'false']).optional() }) },
  responses: { 200: json(s.pointListSchema, 'the points'), 400: e[400], 401: e[401], 403: e[403] },
});
const createPoint = createRoute({
  method: 'post', path: '/display-points', operationId: 'createDisplayPoint', tags, security, middleware: roleGate(requireAdmin), summary: 'Add a display point: a hotel, an exhibition space, a point outside NTT (admins)',
  request: body(s.pointCreateBody),
  responses: { 201: json(s.pointSchema, 'created'), 400: e[400], 401: e[401], 403: e[403], 409: e[409] },
});
const getPoint = createRoute({
  method: 'get', path: '/display-points/{code}', operationId: 'getDisplayPoint', tags, security, summary: 'One display point', request: { params: s.codeParam },
  responses: { 200: json(s.pointSchema, 'the point'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});
const updatePoint = createRoute({
  method: 'patch', path: '/display-points/{code}', operationId: 'updateDisplayPoint', tags, security, middleware: roleGate(requireAdmin), summary: 'Change a display point (admins)',
  request: { params: s.codeParam, ...body(s.pointUpdateBody) },
  responses: { 200: json(s.pointSchema, 'changed'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});
const place = createRoute({
  method: 'post', path: '/display-points/{code}/placements', operationId: 'placeAtDisplayPoint', tags, security, middleware: roleGate(requireOfficial),
  summary: "Place units of a published product at the point (officials of the point's regency; admins); tops up a running placement",
  request: { params: s.codeParam, ...body(s.placeBody) },
  responses: { 201: json(s.placementSchema, 'placed'), 400: e[400], 401: e[401], 403: e[403], 404: e[404], 422: e[422] },
});
const sale = createRoute({
  method: 'post', path: '/display-points/{code}/sales', operationId: 'recordDisplaySale', tags, security,
  summary: 'Record a sale or a return at the point (its staff and officials); never more than the shelf holds',
  request: { params: s.codeParam, ...body(s.saleBody) },
  responses: { 201: json(s.movementSchema, 'recorded'), 400: e[400], 401: e[401], 403: e[403], 404: e[404], 409: e[409], 422: e[422] },
});
const inventory = createRoute({
  method: 'get', path: '/display-points/{code}/inventory', operationId: 'getDisplayInventory', tags, security, summary: "The point's shelf per product", request: { params: s.codeParam },
  responses: { 200: json(s.inventorySchema, 'the shelf'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});
const labelsPdf = createRoute({
  method: 'get', path: '/display-points/{code}/labels.pdf', operationId: 'getDisplayLabelSheet', tags, security, summary: 'A printable A4 sheet of the labels of every placed product',
  request: { params: s.codeParam, query: s.labelQuery },
  responses: { 200: { description: 'the label sheet', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});
const labelPng = createRoute({
  method: 'get', path: '/display-points/{code}/labels/{file}', operationId: 'getDisplayLabel', tags, security, summary: "One placed product's label as PNG: /labels/<productCode>.png",
  request: { params: s.labelFileParam, query: s.labelQuery.pick({ lang: true }) },
  responses: { 200: { description: 'the label', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } }, 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});
const report = createRoute({
  method: 'get', path: '/display-points/{code}/report', operationId: 'getDisplayReport', tags, security,
  summary: 'A WITA month at the point: products shown, units sold, scans, attributed orders (JSON or CSV); default: this month',
  request: { params: s.codeParam, query: s.reportQuery },
  responses: { 200: { description: 'JSON (point, month, summary, rows) or text/csv' }, 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});
const addStaff = createRoute({
  method: 'post', path: '/display-points/{code}/staff', operationId: 'addDisplayStaff', tags, security, middleware: roleGate(requireOfficial), summary: 'Add a staff member (by user id or phone number) who records sales at the point',
  request: { params: s.codeParam, ...body(s.staffBody) },
  responses: { 201: json(s.staffSchema, 'added (added=false: was staff already)'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

export function displayRoutes(services: Services) {
  const app = new OpenAPIHono<AppEnv>();
  const d = services.display;
  for (const path of ['/display-points', '/display-points/*']) app.use(path, requireAuth(services.auth));
  // staff membership before the sale's body: a signed-in stranger gets 403, not a 400 describing the body
  app.use('/display-points/:code/sales', async (c, next) => {
    if (c.req.method === 'POST') await d.requireRecorderAt(c.get('actor')!, c.req.param('code') ?? '');
    await next();
  });
  return app
    .openapi(listPoints, async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: await d.listPoints(c.get('actor')!, { manageable: q.manageable === 'true', includeInactive: q.includeInactive === 'true' }) }, 200);
    })
    .openapi(createPoint, async (c) => c.json(await d.createPoint(c.get('actor')!, c.req.valid('json')), 201))
    .openapi(getPoint, async (c) => c.json(await d.getPoint(c.get('actor')!, c.req.valid('param').code), 200))
    .openapi(updatePoint, async (c) => c.json(await d.updatePoint(c.get('actor')!, c.req.valid('param').code, c.req.valid('json')), 200))
    .openapi(place, async (c) => c.json(await d.place(c.get('actor')!, c.req.valid('param').code, c.req.valid('json')), 201))
    .openapi(sale, async (c) => {
      const b = c.req.valid('json');
      const done = await d.recordMovement(c.get('actor')!, { pointCode: c.req.valid('param').code, productCode: b.productCode, quantity: b.quantity, kind: b.kind });
      return c.json(done, 201);
    })
    .openapi(inventory, async (c) => c.json(await d.inventory(c.get('actor')!, c.req.valid('param').code), 200))
    .openapi(labelsPdf, async (c) => {
      const q = c.req.valid('query');
      const { pointCode, body: pdf } = await d.labelSheet(c.get('actor')!, c.req.valid('param').code, { lang: q.lang, copies: q.copies });
      return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="label-${pointCode}.pdf"` });
    })
    .openapi(labelPng, async (c) => {
      const { code, file } = c.req.valid('param');
      const png = await d.labelPng(c.get('actor')!, code, file.replace(/\.png$/, ''), c.req.valid('query').lang);
      return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png', 'content-disposition': `inline; filename="${file}"` });
    })
    .openapi(report, async (c) => {
      const q = c.req.valid('query');
      const code = c.req.valid('param').code;
      if (q.format === 'csv') {
        const r = await d.reportCsv(c.get('actor')!, code, q.month, q.lang);
        return c.body(r.body, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="titik-${r.pointCode}-${r.month}.csv"` });
      }
      return c.json(await d.report(c.get('actor')!, code, q.month), 200);
    })
    .openapi(addStaff, async (c) => c.json(await d.addStaff(c.get('actor')!, c.req.valid('param').code, c.req.valid('json')), 201));
}
