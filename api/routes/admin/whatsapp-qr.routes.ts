// GET /api/v1/admin/whatsapp/qr: the WhatsApp login QR as a PNG, for admins, while the session needs one.
import { Hono } from 'hono';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../http/context.ts';
import { jsonError } from '../../http/error-handler.ts';
import { requireAdmin } from '../../services/actor.ts';
import type { Services } from '../../services/services.ts';

export interface QrSource {
  status(): { state: string };
  latestQrPng(): Promise<Buffer | null>;
}

export function whatsappQrRoutes(services: Services, whatsapp: QrSource | null) {
  const app = new Hono<AppEnv>();
  app.use('/admin/whatsapp/*', requireAuth(services.auth));
  app.get('/admin/whatsapp/qr', async (c) => {
    requireAdmin(c.get('actor')!);
    if (!whatsapp) return jsonError(c, 404, 'not_found', 'WhatsApp is off (WHATSAPP_ENABLED=false)');
    const png = await whatsapp.latestQrPng();
    if (!png) return jsonError(c, 404, 'not_found', `no login QR right now (WhatsApp is ${whatsapp.status().state})`);
    return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
  });
  return app;
}
