// GET /api/v1/admin/whatsapp/qr: the WhatsApp login QR as a PNG, for admins, while the session needs one.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import { DomainError } from '../../../domain/lib/errors.ts';
import { requireAdmin } from '../../../domain/services/actor.ts';
import type { Services } from '../../../domain/services/services.ts';

export interface QrSource {
  status(): { state: string };
  latestQrPng(): Promise<Buffer | null>;
}

const qr = createRoute({
  method: 'get',
  path: '/admin/whatsapp/qr',
  operationId: 'getWhatsappLoginQr',
  tags: ['admin'],
  security: [{ bearer: [] }],
  summary: 'The WhatsApp login QR code while the session waits for a scan (admins); 404 when there is none',
  responses: {
    200: { description: 'the QR code', content: { 'image/png': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } } },
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

export function whatsappQrRoutes(services: Services, whatsapp: QrSource | null) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('/admin/whatsapp/*', requireAuth(services.auth));
  return app.openapi(qr, async (c) => {
    requireAdmin(c.get('actor')!);
    if (!whatsapp) throw new DomainError('not_found', 'WhatsApp is off (WHATSAPP_ENABLED=false)');
    const png = await whatsapp.latestQrPng();
    if (!png) throw new DomainError('not_found', `no login QR right now (WhatsApp is ${whatsapp.status().state})`);
    return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
  });
}
