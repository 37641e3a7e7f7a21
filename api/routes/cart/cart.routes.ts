// /api/v1/me/cart: the authenticated user's cart (the same cart as in the chat). Every answer is the whole
// cart with current prices, stock and warnings.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import type { Services } from '../../../domain/services/services.ts';
import { asSelf } from '../../../domain/services/actor.ts';
import { addBody, cartSchema, lineIdParam, quantityBody } from './cart.schemas.ts';

const security = [{ bearer: [] }];
const cartResponse = (description: string) => ({ description, content: { 'application/json': { schema: cartSchema } } });

const getCart = createRoute({
  method: 'get',
  path: '/me/cart',
  operationId: 'getCart',
  tags: ['cart'],
  security,
  summary: 'My cart: lines grouped per producer, subtotals and warnings',
  responses: { 200: cartResponse('the cart'), 401: errorResponses[401] },
});

const addLine = createRoute({
  method: 'post',
  path: '/me/cart',
  operationId: 'addCartLine',
  tags: ['cart'],
  security,
  summary: 'Add a product (merges with its line; the total stays within the stock)',
  request: { body: { required: true, content: { 'application/json': { schema: addBody } } } },
  responses: { 201: cartResponse('the cart after adding'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 422: errorResponses[422] },
});

const setQuantity = createRoute({
  method: 'patch',
  path: '/me/cart/{lineId}',
  operationId: 'setCartLineQuantity',
  tags: ['cart'],
  security,
  summary: "Change a line's quantity",
  request: { params: lineIdParam, body: { required: true, content: { 'application/json': { schema: quantityBody } } } },
  responses: { 200: cartResponse('the cart after the change'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404], 422: errorResponses[422] },
});

const removeLine = createRoute({
  method: 'delete',
  path: '/me/cart/{lineId}',
  operationId: 'removeCartLine',
  tags: ['cart'],
  security,
  summary: 'Remove a line',
  request: { params: lineIdParam },
  responses: { 200: cartResponse('the cart after removing'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
});

const clearCart = createRoute({
  method: 'delete',
  path: '/me/cart',
  operationId: 'clearCart',
  tags: ['cart'],
  security,
  summary: 'Empty the cart',
  responses: { 200: { description: 'emptied', content: { 'application/json': { schema: z.object({ removed: z.number().int() }) } } }, 401: errorResponses[401] },
});

export function cartRoutes(services: Services) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('/me/cart', requireAuth(services.auth));
  app.use('/me/cart/*', requireAuth(services.auth));
  const { cart } = services;
  return app
    .openapi(getCart, async (c) => c.json(await cart.view(asSelf(c.get('actor')!)), 200))
    .openapi(addLine, async (c) => {
      const actor = asSelf(c.get('actor')!);
      await cart.add(actor, c.req.valid('json'));
      return c.json(await cart.view(actor), 201);
    })
    .openapi(setQuantity, async (c) => {
      const actor = asSelf(c.get('actor')!);
      await cart.setQuantity(actor, { lineId: c.req.valid('param').lineId, quantity: c.req.valid('json').quantity });
      return c.json(await cart.view(actor), 200);
    })
    .openapi(removeLine, async (c) => {
      const actor = asSelf(c.get('actor')!);
      await cart.remove(actor, c.req.valid('param').lineId);
      return c.json(await cart.view(actor), 200);
    })
    .openapi(clearCart, async (c) => c.json({ removed: await cart.clear(asSelf(c.get('actor')!)) }, 200));
}
