// The Hono application: request ids, logs, body limit, rate limit, the error shape, OpenAPI and Swagger UI,
// then one sub-app per resource. Built by createApp(deps) so tests call app.request() on the real thing.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import type { Logger } from '../domain/lib/logger.ts';
import type { AppEnv } from '../domain/lib/http/context.ts';
import { createErrorHandler, jsonError } from '../domain/lib/http/error-handler.ts';
import { createRateLimit, resolveClientAddress } from '../domain/lib/http/rate-limit.ts';
import type { TrustProxy } from '../domain/lib/http/trusted-proxy.ts';
import { catalogRoutes } from './routes/catalog/catalog.routes.ts';
import { healthRoutes, type HealthProbe } from './routes/health/health.routes.ts';
import type { Services } from '../domain/services/services.ts';
import { apiRoutes } from './routes/index.ts';
import { internalRoutes, type LocalAccess } from './routes/internal/internal.routes.ts';
import { whatsappQrRoutes, type QrSource } from './routes/admin/whatsapp-qr.routes.ts';
import { displayLinkRoutes } from './routes/display/display-link.routes.ts';
import { inputGuard } from './http/input-guard.ts';
import { idempotency } from './http/idempotency.ts';
import { methodNotAllowed } from './http/method-not-allowed.ts';
import { docsRoutes } from './http/docs-ui.ts';
import { openApiDocument, type OpenApiDocument } from './openapi/document.ts';
import { deprecatedOperations, deprecationHeaders } from './http/deprecation.ts';
import { WHATSAPP_WEBHOOK_PATH, whatsappCloudWebhookRoutes, type CloudWebhookPort } from './routes/whatsapp/whatsapp-cloud-webhook.routes.ts';
import { PAYMENT_NOTIFICATION_PATH, paymentNotificationRoutes } from './routes/payments/payment-notification.routes.ts';

export interface AppDeps {
  /** which X-Forwarded-For entry is the client (TRUST_PROXY); off: the socket's address */
  trustProxy?: TrustProxy;
  services: Services;
  logger: Logger;
  health: HealthProbe;
  rateLimitPerMinute: number;
  /** the running server's operations for local command-line tools (/internal/*); none: every call refused */
  local?: LocalAccess;
  /** the WhatsApp session for the admins' login QR; none: 404 */
  whatsappQr?: QrSource | null;
  /** Meta's webhook calls for the WhatsApp Cloud transport; none: the webhook answers 404 */
  whatsappCloud?: CloudWebhookPort | null;
  /** the payment gateway's notifications, per client (default 120) */
  paymentNotificationRateLimitPerMinute?: number;
  /** extra sub-apps mounted by the composition root (webhooks, web chat, storefront, admin ...) */
  mount?: (app: OpenAPIHono<AppEnv>) => void;
}

/** Telegram's updates, Meta's WhatsApp notifications and the payment gateway's are a few KB each. */
export const WEBHOOK_MAX_BYTES = 64 * 1024;
const WEBHOOK_PATHS = ['/telegram/webhook', WHATSAPP_WEBHOOK_PATH, PAYMENT_NOTIFICATION_PATH];

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
  app.use('*', resolveClientAddress(deps.trustProxy ?? { kind: 'off' }));
  // HTML, CSS, JS and JSON of 1 kB or more go out gzipped to clients that accept it (event streams,
  // pictures and small answers as they are); the storefront's pages shrink about fivefold
  app.use('*', compress());
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.logger.debug({ requestId: c.get('requestId'), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  // webhooks first: a platform's POST is a few KB, refused from its Content-Length (or after 64 KB read)
  // before anything reads the rest or hashes it for the signature
  for (const path of WEBHOOK_PATHS) app.use(path, bodyLimit({ maxSize: WEBHOOK_MAX_BYTES, onError: (c) => jsonError(c, 413, 'validation', 'request body too large') }));
  app.use('*', bodyLimit({ maxSize: 12 * 1024 * 1024, onError: (c) => jsonError(c, 413, 'validation', 'request body too large') }));
  app.use('/api/*', inputGuard());
  app.use('/api/*', createRateLimit(deps.rateLimitPerMinute));
  // health pings the database: limited too, with room for monitors and start-up polling
  app.use('/health', createRateLimit(Math.max(deps.rateLimitPerMinute, 600), 'health'));
  // the records are read through services when a request comes (the static document's app has none)
  const records = () => deps.services.repos.idempotency;
  app.use('/api/*', idempotency({ store: { begin: (...a) => records().begin(...a), complete: (...a) => records().complete(...a), release: (...a) => records().release(...a) } }));
  // the document is built once, on first use, when every sub-app is mounted
  let document: OpenApiDocument | undefined;
  const doc = () => (document ??= openApiDocument(app));
  let deprecated: ReturnType<typeof deprecatedOperations> | undefined;
  app.use('/api/*', deprecationHeaders(() => (deprecated ??= deprecatedOperations(doc()))));
  // catalogue reads answer ETag and 304 Not Modified to a matching If-None-Match
  for (const path of ['/api/v1/regions', '/api/v1/categories', '/api/v1/products', '/api/v1/products/:id']) app.use(path, etag());
  app.onError(createErrorHandler(deps.logger));
  app.notFound(methodNotAllowed(app));

  app.route('/', healthRoutes(deps.health));
  app.route('/api/v1', catalogRoutes(deps.services.catalog));
  for (const mount of apiRoutes) app.route('/api/v1', mount(deps.services));
  app.route('/api/v1', whatsappQrRoutes(deps.services, deps.whatsappQr ?? null));
  app.route('/internal', internalRoutes(deps.local ?? null));
  // the storefront target of display-point QR labels: records the scan, then the product page
  app.route('/', displayLinkRoutes(deps.services));
  app.route('/', paymentNotificationRoutes(deps.services, deps.logger, deps.paymentNotificationRateLimitPerMinute ?? 120));
  app.route('/', whatsappCloudWebhookRoutes(deps.whatsappCloud ?? null, deps.logger.child({ channel: 'whatsapp-cloud' })));
  deps.mount?.(app);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'API token created by an admin (npm run admin -- token create)' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'localSecret', { type: 'apiKey', in: 'header', name: 'X-Local-Secret', description: "the data folder's local secret (loopback callers only)" });
  app.get('/openapi.json', (c) => c.json(doc(), 200, { 'cache-control': 'no-cache' }));
  app.route('/', docsRoutes());
  return app;
}
