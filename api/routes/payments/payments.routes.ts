// /api/v1: a buyer's online payment of an order's checkout, shipping rates and estimates, producer payouts
// for officials (list, mark transferred, CSV) and refunds. The same services as the chat.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import { roleGate } from '../../http/role-gate.ts';
import { requireAdmin, requireProducer } from '../../../domain/services/actor.ts';
import type { Services } from '../../../domain/services/services.ts';
import { balanceSchema, estimateAnswer, estimateQuery, idParam, markBody, paymentSchema, payoutSchema, ratesSchema, refundBody, startAnswer } from './payments.schemas.ts';

const security = [{ bearer: [] }];
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const auth = { 401: errorResponses[401], 403: errorResponses[403] };

const startPayment = createRoute({
  method: 'post', path: '/orders/{id}/payment', operationId: 'startOrderPayment', tags: ['payments'], security,
  summary: 'Buyer: the online payment of the checkout this order belongs to (made once, the same on every call)',
  request: { params: idParam },
  responses: { 200: json(startAnswer, 'the payment, or why there is none yet'), 400: errorResponses[400], ...auth, 404: errorResponses[404], 409: errorResponses[409], 422: errorResponses[422], 503: errorResponses[503] },
});
const getPayment = createRoute({
  method: 'get', path: '/payments/{id}', operationId: 'getPayment', tags: ['payments'], security,
  summary: 'Buyer: one of my payments (its page link or QR)', request: { params: idParam },
  responses: { 200: json(paymentSchema, 'the payment'), ...auth, 404: errorResponses[404] },
});
const refund = createRoute({
  method: 'post', path: '/payments/{id}/refund', operationId: 'refundPayment', tags: ['payments'], security, middleware: roleGate(requireAdmin),
  summary: 'Admin: refund a payment through the gateway (a settlement after expiry, or on request)', request: { params: idParam, ...body(refundBody) },
  responses: { 200: json(paymentSchema, 'the payment after the refund'), 400: errorResponses[400], ...auth, 404: errorResponses[404], 409: errorResponses[409], 503: errorResponses[503] },
});
const myRates = createRoute({
  method: 'get', path: '/me/shipping-rates', operationId: 'getMyShippingRates', tags: ['shipping'], security,
  summary: 'Producer: my shipping rates per zone', responses: { 200: json(ratesSchema, 'the rates'), ...auth },
});
const setRates = createRoute({
  method: 'put', path: '/me/shipping-rates', operationId: 'setMyShippingRates', tags: ['shipping'], security, middleware: roleGate(requireProducer),
  summary: 'Producer: replace my shipping rates (per zone: base per parcel and per started kg)', request: body(ratesSchema),
  responses: { 200: json(ratesSchema, 'the rates now'), 400: errorResponses[400], ...auth },
});
const estimate = createRoute({
  method: 'get', path: '/shipping/estimate', operationId: 'estimateShipping', tags: ['shipping'], security,
  summary: 'Shipping to a destination per producer, for a product or else my cart', request: { query: estimateQuery },
  responses: { 200: json(estimateAnswer, 'estimates (null: the producer confirms the cost)'), 400: errorResponses[400], ...auth },
});
const payouts = createRoute({
  method: 'get', path: '/payouts', operationId: 'listPayouts', tags: ['payouts'], security,
  summary: 'Admin: producers owed money for orders paid online', responses: { 200: json(z.object({ items: z.array(balanceSchema) }), 'balances'), ...auth },
});
const markPayout = createRoute({
  method: 'post', path: '/payouts', operationId: 'markPayoutTransferred', tags: ['payouts'], security, middleware: roleGate(requireAdmin),
  summary: 'Admin: mark a producer’s balance as transferred, with the bank reference', request: body(markBody),
  responses: { 201: json(payoutSchema, 'the payout'), 400: errorResponses[400], ...auth, 409: errorResponses[409] },
});
const payoutsCsv = createRoute({
  method: 'get', path: '/payouts.csv', operationId: 'exportPayoutsCsv', tags: ['payouts'], security,
  summary: 'Admin: balances owed and payouts made, as CSV', responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...auth },
});

export function paymentRoutes(services: Services) {
  const app = new OpenAPIHono<AppEnv>();
  for (const path of ['/orders/*', '/payments/*', '/me/shipping-rates', '/shipping/*', '/payouts', '/payouts.csv']) app.use(path, requireAuth(services.auth));
  return app
    .openapi(startPayment, async (c) => c.json(await services.payments.startForOrder(c.get('actor')!, c.req.valid('param').id), 200))
    .openapi(getPayment, async (c) => c.json(await services.payments.forBuyer(c.get('actor')!, c.req.valid('param').id), 200))
    .openapi(refund, async (c) => c.json(await services.payments.refund(c.get('actor')!, c.req.valid('param').id, c.req.valid('json').reason), 200))
    .openapi(myRates, async (c) => c.json({ rates: await services.shipping.myRates(c.get('actor')!) }, 200))
    .openapi(setRates, async (c) => c.json({ rates: await services.shipping.setMyRates(c.get('actor')!, c.req.valid('json')) }, 200))
    .openapi(estimate, async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: await services.shipping.estimateText(c.get('actor')!, q.productId ?? null, q.destination) }, 200);
    })
    .openapi(payouts, async (c) => c.json({ items: await services.payouts.list(c.get('actor')!) }, 200))
    .openapi(markPayout, async (c) => {
      const p = await services.payouts.markTransferred(c.get('actor')!, c.req.valid('json'));
      return c.json({ id: p.id, producerId: p.producerId, amountIdr: p.amountIdr, reference: p.reference, createdAt: p.createdAt.toISOString() }, 201);
    })
    .openapi(payoutsCsv, async (c) => c.body(await services.payouts.csv(c.get('actor')!), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="payouts.csv"' }));
}
