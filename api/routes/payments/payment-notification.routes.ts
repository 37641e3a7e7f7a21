// POST /payments/midtrans/notification: Midtrans' HTTP notification. Rate-limited per client; the signature
// is checked (constant time) and the status read again from Midtrans before anything moves. Logged: the
// outcome and the gateway order id only, never the body (its signature) or a key.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { DomainError } from '../../../domain/lib/errors.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import { createRateLimit } from '../../../domain/lib/http/rate-limit.ts';
import type { Logger } from '../../../domain/lib/logger.ts';
import type { Services } from '../../../domain/services/services.ts';
import { notificationAnswer, notificationBody } from './payments.schemas.ts';

export const PAYMENT_NOTIFICATION_PATH = '/payments/midtrans/notification';

const notification = createRoute({
  method: 'post',
  path: PAYMENT_NOTIFICATION_PATH,
  operationId: 'receiveMidtransNotification',
  tags: ['payments'],
  summary: 'Midtrans payment notification (signature checked, status re-read from Midtrans)',
  security: [],
  request: { body: { required: true, content: { 'application/json': { schema: notificationBody } } } },
  responses: {
    200: { description: 'acted on (or recognised as a duplicate)', content: { 'application/json': { schema: notificationAnswer } } },
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
    429: errorResponses[429],
    503: errorResponses[503],
  },
});

export function paymentNotificationRoutes(services: Services, logger: Logger, limitPerMinute: number) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('/payments/midtrans/notification', createRateLimit(limitPerMinute, 'midtrans'));
  return app.openapi(notification, async (c) => {
    const result = await services.payments.handleNotification(c.req.valid('json'));
    if (!result) {
      logger.warn({ requestId: c.get('requestId') }, 'payment notification with a wrong signature refused');
      throw new DomainError('unauthorized', 'bad signature');
    }
    logger.info({ gatewayOrderId: result.gatewayOrderId, outcome: result.outcome }, 'payment notification');
    return c.json({ ok: true, outcome: result.outcome }, 200);
  });
}
