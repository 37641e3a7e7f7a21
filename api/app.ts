// The Hono application: request ids, logs, body limit, rate limit, the error shape, OpenAPI and Swagger UI,
// then one sub-app per resource. Built by createApp(deps) so tests call app.request() on the real thing.
import { OpenAPIHono } from '@hono/zod-openapi';
import { swaggerUI } from '@hono/swagger-ui';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { Logger } from './lib/logger.ts';
import type { AppEnv } from './http/context.ts';
import { createErrorHandler, jsonError } from './http/error-handler.ts';
import { createRateLimit } from './http/rate-limit.ts';
import { catalogRoutes } from './routes/catalog/catalog.routes.ts';
import { healthRoutes, type HealthProbe } from './routes/health/health.routes.ts';
import type { Services } from './services/services.ts';
import { apiRoutes } from './routes/index.ts';
import { displayLinkRoutes } from './routes/display/display-link.routes.ts';
import { paymentNotificationRoutes } from './routes/payments/payment-notification.routes.ts';

export interface AppDeps {
  services: Services;
  logger: Logger;
  health: HealthProbe;
  rateLimitPerMinute: number;
  /** the payment gateway's notifications, per client (default 120) */
  paymentNotificationRateLimitPerMinute?: number;
  /** extra sub-apps mounted by the composition root (webhooks, web chat, storefront, admin ...) */
  mount?: (app: OpenAPIHono<AppEnv>) => void;
}

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // zod failures on params, query or body answer 400 in the error shape
    defaultHook: (result, c) => {
      if (!result.success) {
        return jsonError(c, 400, 'validation', 'invalid input', result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      }
    },
  });

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.logger.debug({ requestId: c.get('requestId'), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  app.use('*', bodyLimit({ maxSize: 12 * 1024 * 1024, onError: (c) => jsonError(c, 413, 'validation', 'request body too large') }));
  app.use('/api/*', createRateLimit(deps.rateLimitPerMinute));
  app.onError(createErrorHandler(deps.logger));
  app.notFound((c) => jsonError(c, 404, 'not_found', `no route for ${c.req.method} ${c.req.path}`));

  app.route('/', healthRoutes(deps.health));
  app.route('/api/v1', catalogRoutes(deps.services.catalog));
  for (const mount of apiRoutes) app.route('/api/v1', mount(deps.services));
  // the storefront target of display-point QR labels: records the scan, then the product page
  app.route('/', displayLinkRoutes(deps.services));
  app.route('/', paymentNotificationRoutes(deps.services, deps.logger, deps.paymentNotificationRateLimitPerMinute ?? 120));
  deps.mount?.(app);

  app.doc('/openapi.json', {
    openapi: '3.0.3',
    info: { title: 'Etalase NTT API', version: '1.0.0', description: 'Catalogue, orders, curation and licensing of NTT village products. Errors share one shape (components.schemas.Error).' },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'API token created by an admin (npm run admin -- token create)' });
  (app as unknown as Hono<AppEnv>).get('/docs', swaggerUI({ url: '/openapi.json' }));
  return app;
}
