// /api/v1/checkout, /me/orders, /orders/{id} and its steps: the same order service as the chat, so the same
// rules (who may, from which status) and the same notifications to the other side.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import type { CheckoutPreview } from '../../../domain/services/checkout.service.ts';
import type { Services } from '../../../domain/services/services.ts';
import { asSelf } from '../../../domain/services/actor.ts';
import type { OrderStep } from '../../../domain/services/order-rules.ts';
import { acceptBody, cancelBody, checkoutBody, declineBody, historySchema, listQuery, orderIdParam, orderSchema, orderSummarySchema, previewSchema, rateBody, shipBody } from './orders.schemas.ts';

const security = [{ bearer: [] }];
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T, required = true) => ({ body: { required, content: { 'application/json': { schema } } } });
const stepErrors = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] };

const preview = createRoute({ method: 'get', path: '/checkout', operationId: 'previewCheckout', tags: ['orders'], security, summary: 'What checking out my cart would order, with a fresh checkout key', responses: { 200: json(previewSchema, 'the preview'), 401: errorResponses[401] } });

const checkout = createRoute({
  method: 'post',
  path: '/checkout',
  operationId: 'checkout',
  tags: ['orders'],
  security,
  summary: 'Check out my cart: one order per producer, stock reserved at once',
  request: body(checkoutBody),
  responses: {
    201: json(z.object({ created: z.boolean(), orders: z.array(orderSchema) }), 'orders placed'),
    200: json(z.object({ created: z.boolean(), orders: z.array(orderSchema) }), 'the orders an earlier request with the same checkout key placed'),
    ...stepErrors,
    422: errorResponses[422],
  },
});

const list = createRoute({ method: 'get', path: '/me/orders', operationId: 'listMyOrders', tags: ['orders'], security, summary: 'My orders as a buyer, or my producer profile’s orders', request: { query: listQuery }, responses: { 200: json(z.object({ items: z.array(orderSummarySchema) }), 'orders'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] } });

const detail = createRoute({
  method: 'get',
  path: '/orders/{id}',
  operationId: 'getOrder',
  tags: ['orders'],
  security,
  summary: 'One order (its buyer, its producer or an admin), with its history',
  request: { params: orderIdParam },
  responses: { 200: json(orderSchema.extend({ history: historySchema }), 'the order'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

function plainStep(path: string, operationId: string, summary: string) {
  return createRoute({ method: 'post', path: `/orders/{id}/${path}`, operationId, tags: ['orders'], security, summary, request: { params: orderIdParam }, responses: { 200: json(orderSchema, 'the order after the step'), ...stepErrors } });
}

function bodyStep<T extends z.ZodType>(path: string, operationId: string, summary: string, schema: T) {
  return createRoute({
    method: 'post',
    path: `/orders/{id}/${path}`,
    operationId,
    tags: ['orders'],
    security,
    summary,
    request: { params: orderIdParam, body: { required: false, content: { 'application/json': { schema } } } },
    responses: { 200: json(orderSchema, 'the order after the step'), ...stepErrors },
  });
}

const accept = bodyStep('accept', 'acceptOrder', 'Producer: accept with the shipping cost (courier) — sets the total', acceptBody);
const decline = bodyStep('decline', 'declineOrder', 'Producer: decline with a reason (stock released)', declineBody);
const cancel = bodyStep('cancel', 'cancelOrder', 'Buyer: cancel before paying (stock released)', cancelBody);
const confirmPayment = plainStep('confirm-payment', 'confirmOrderPayment', 'Producer: payment received (cash on pickup: paid and handed over)');
const ship = bodyStep('ship', 'shipOrder', 'Producer: shipped with courier and tracking number, or ready for pickup', shipBody);
const complete = plainStep('complete', 'completeOrder', 'Buyer: received (or producer: handed over at pickup)');
const rate = createRoute({
  method: 'post',
  path: '/orders/{id}/ratings',
  operationId: 'rateOrder',
  tags: ['orders'],
  security,
  summary: 'Buyer: rate a product of a completed order (1 to 5 stars, once)',
  request: { params: orderIdParam, ...body(rateBody) },
  responses: { 201: json(z.object({ productId: z.string(), stars: z.number().int() }), 'rated'), ...stepErrors },
});

const STEP_OF_PATH: Record<string, OrderStep> = { accept: 'accept', decline: 'decline', cancel: 'cancel', 'confirm-payment': 'confirm', ship: 'ship', complete: 'complete', ratings: 'rate' };

const previewView = (p: CheckoutPreview) => ({ ...p, groups: p.groups.map((g) => ({ ...g, producer: { id: g.producer.id, businessName: g.producer.businessName, regionName: g.producer.regionName, allowsCashOnPickup: g.producer.allowsCashOnPickup, hasQris: g.producer.hasQris } })) });

export function orderRoutes(services: Services) {
  const { orders, checkout: checkoutService } = services;
  const app = new OpenAPIHono<AppEnv>();
  for (const path of ['/checkout', '/me/orders', '/orders/*']) app.use(path, requireAuth(services.auth));
  // who may take a step is checked before its body: a caller who may never take it gets 403, not a 400
  // describing the body (the service checks again, with the status, when the step is taken)
  for (const [path, step] of Object.entries(STEP_OF_PATH)) {
    app.use(`/orders/:id/${path}`, async (c, next) => {
      await orders.requireParty(c.get('actor')!, c.req.param('id') ?? '', step);
      await next();
    });
  }
  return app
    .openapi(preview, async (c) => c.json(previewView(await checkoutService.preview(asSelf(c.get('actor')!))), 200))
    .openapi(checkout, async (c) => {
      const input = c.req.valid('json');
      const result = await checkoutService.confirm(asSelf(c.get('actor')!), { ...input, checkoutKey: input.checkoutKey ?? checkoutService.newCheckoutKey() });
      return result.created ? c.json(result, 201) : c.json(result, 200);
    })
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: await orders.listMine(asSelf(c.get('actor')!), { as: q.as, open: q.open === 'true', limit: q.limit }) }, 200);
    })
    .openapi(detail, async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const order = await orders.get(actor, id);
      const history = (await orders.history(actor, id)).map((h) => ({ from: h.from, to: h.to, note: h.note, at: h.createdAt.toISOString() }));
      return c.json({ ...order, history }, 200);
    })
    .openapi(accept, async (c) => c.json(await orders.accept(c.get('actor')!, c.req.valid('param').id, c.req.valid('json') ?? {}), 200))
    .openapi(decline, async (c) => c.json(await orders.decline(c.get('actor')!, c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(cancel, async (c) => c.json(await orders.cancel(c.get('actor')!, c.req.valid('param').id, c.req.valid('json') ?? {}), 200))
    .openapi(confirmPayment, async (c) => c.json(await orders.confirmPayment(c.get('actor')!, c.req.valid('param').id), 200))
    .openapi(ship, async (c) => c.json(await orders.ship(c.get('actor')!, c.req.valid('param').id, c.req.valid('json') ?? {}), 200))
    .openapi(complete, async (c) => c.json(await orders.complete(c.get('actor')!, c.req.valid('param').id), 200))
    .openapi(rate, async (c) => c.json(await orders.rate(c.get('actor')!, c.req.valid('param').id, c.req.valid('json')), 201));
}
