// The WhatsApp login QR is served to admins only, as a PNG that decodes to the QR text.
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { whatsappQrRoutes } from '../../api/routes/admin/whatsapp-qr.routes.ts';
import { createErrorHandler } from '../../domain/lib/http/error-handler.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { decodeQrPng } from '../helpers/qr.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function mount(source: Parameters<typeof whatsappQrRoutes>[1]) {
  const app = new Hono();
  app.onError(createErrorHandler(silentLogger));
  app.route('/api/v1', whatsappQrRoutes(t.services, source));
  return app;
}

describe('GET /api/v1/admin/whatsapp/qr', () => {
  it('gives admins the PNG of the current QR', async () => {
    const qr = '2@AbCdEf,login-token,xyz==';
    const app = mount({ status: () => ({ state: 'needs_qr' }), latestQrPng: () => QRCode.toBuffer(qr) });
    const admin = await t.tokenFor('ADMIN');
    const res = await app.request('/api/v1/admin/whatsapp/qr', { headers: admin.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(decodeQrPng(Buffer.from(await res.arrayBuffer()))).toBe(qr);
  });

  it('refuses curators and anonymous callers, and says when there is no QR', async () => {
    const app = mount({ status: () => ({ state: 'ready' }), latestQrPng: async () => null });
    const curator = await t.tokenFor('CURATOR', ['53.71']);
    expect((await app.request('/api/v1/admin/whatsapp/qr', { headers: curator.headers })).status).toBe(403);
    expect((await app.request('/api/v1/admin/whatsapp/qr')).status).toBe(401);
    const admin = await t.tokenFor('ADMIN');
    const none = await app.request('/api/v1/admin/whatsapp/qr', { headers: admin.headers });
    expect(none.status).toBe(404);
    expect(((await none.json()) as { error: { message: string } }).error.message).toContain('ready');
    expect((await mount(null).request('/api/v1/admin/whatsapp/qr', { headers: admin.headers })).status).toBe(404);
  });
});
