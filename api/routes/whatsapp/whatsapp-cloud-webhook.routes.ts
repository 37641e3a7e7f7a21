// /whatsapp/webhook: Meta's calls for the WhatsApp Cloud API transport. GET is the one-time verification
// of the subscription; POST carries messages and delivery statuses. A POST is public but signed: its
// X-Hub-Signature-256 is checked over the raw body before anything is parsed, a bad or missing one is
// answered 401 and logged without the body. A good one is answered 200 at once (Meta retries slow
// answers) and processed afterwards. Mounted always, so the document names it: while the Cloud transport is
// off (no port) both answer 404 in the error shape, before any signature or token is looked at.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorBody } from '../../../domain/lib/http/error-handler.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import type { Logger } from '../../../domain/lib/logger.ts';

export const WHATSAPP_WEBHOOK_PATH = '/whatsapp/webhook';

const CLOUD_OFF = 'the WhatsApp Cloud transport is off (WHATSAPP_TRANSPORT is not cloud)';

export interface CloudWebhookPort {
  verifyChallenge(params: Record<string, string | undefined>): string | null;
  verifySignature(rawBody: string, signature: string | undefined): Promise<boolean>;
  /** resolves once the body's messages are handled; rejects when one was not (Meta then delivers again) */
  accept(rawBody: string): Promise<void>;
}

const verify = createRoute({
  method: 'get',
  path: WHATSAPP_WEBHOOK_PATH,
  operationId: 'verifyWhatsAppWebhook',
  tags: ['whatsapp'],
  summary: 'Verify the WhatsApp Cloud API webhook subscription (Meta echoes hub.challenge)',
  description: 'Public. Answers hub.challenge when hub.mode is "subscribe" and hub.verify_token equals WHATSAPP_CLOUD_VERIFY_TOKEN.',
  security: [],
  request: {
    query: z.object({
      'hub.mode': z.string().max(32).optional(),
      'hub.verify_token': z.string().max(512).optional(),
      'hub.challenge': z.string().max(512).optional(),
    }),
  },
  responses: {
    200: { description: 'the challenge, echoed', content: { 'text/plain': { schema: z.string() } } },
    400: errorResponses[400],
    403: { description: 'Wrong verify token or mode', content: errorResponses[403].content },
    404: { description: 'The WhatsApp Cloud transport is off', content: errorResponses[404].content },
  },
});

const receive = createRoute({
  method: 'post',
  path: WHATSAPP_WEBHOOK_PATH,
  operationId: 'receiveWhatsAppWebhook',
  tags: ['whatsapp'],
  summary: 'Receive WhatsApp Cloud API messages and delivery statuses (signed by Meta)',
  description:
    "Public, signature-checked: X-Hub-Signature-256 must be sha256=HMAC-SHA256(app secret, raw body). The body is Meta's webhook payload (object whatsapp_business_account); answered 200 once its messages are handled, 503 when one could not be (Meta delivers it again).",
  security: [{ metaSignature: [] }],
  request: { headers: z.object({ 'x-hub-signature-256': z.string().max(80).optional() }) },
  responses: {
    200: { description: 'handled', content: { 'application/json': { schema: z.object({ received: z.literal(true) }) } } },
    401: { description: 'Missing or invalid signature', content: errorResponses[401].content },
    404: { description: 'The WhatsApp Cloud transport is off', content: errorResponses[404].content },
    413: { description: 'Body too large', content: errorResponses[400].content },
    503: { description: 'A message could not be handled now; deliver it again', content: errorResponses[503].content },
  },
});

export function whatsappCloudWebhookRoutes(port: CloudWebhookPort | null, logger: Logger) {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerComponent('securitySchemes', 'metaSignature', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Hub-Signature-256',
    description: "sha256=<hex HMAC-SHA256 of the raw body with the Meta app's secret>",
  });
  return app
    .openapi(verify, (c) => {
      if (!port) return c.json(errorBody('not_found', CLOUD_OFF, c.get('requestId')), 404);
      const challenge = port.verifyChallenge(c.req.valid('query'));
      if (challenge === null) return c.json(errorBody('forbidden', 'webhook verification refused', c.get('requestId')), 403);
      return c.text(challenge, 200);
    })
    .openapi(receive, async (c) => {
      if (!port) return c.json(errorBody('not_found', CLOUD_OFF, c.get('requestId')), 404);
      const rawBody = await c.req.text();
      const signature = c.req.valid('header')['x-hub-signature-256'];
      if (!(await port.verifySignature(rawBody, signature))) {
        // never the body: it holds people's messages and numbers
        logger.warn({ requestId: c.get('requestId'), signature: signature ? 'invalid' : 'missing', bytes: rawBody.length }, 'whatsapp cloud: webhook refused, bad signature');
        return c.json(errorBody('unauthorized', 'invalid signature', c.get('requestId')), 401);
      }
      try {
        await port.accept(rawBody);
      } catch {
        // answered only once handled (issue 28): a message whose turn did not commit comes again
        return c.json(errorBody('unavailable', 'not handled now; deliver it again', c.get('requestId')), 503, { 'retry-after': '1' });
      }
      return c.json({ received: true as const }, 200);
    });
}
