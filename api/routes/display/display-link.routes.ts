// /d/<POINT>/<productCode>: the storefront target of a shelf label's QR code when the label cannot lead to
// a chat (no bot username, no WhatsApp number) and for the printed web link. The scan is recorded (channel
// WEB) through the display-scan service, then the visitor sees the product page. An unknown point still
// opens the product (the scan counts for nobody); an unknown or withdrawn product leads to the catalogue.
import { Hono } from 'hono';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { systemActor } from '../../../domain/services/actor.ts';
import type { Services } from '../../../domain/services/services.ts';

const visitor = systemActor('storefront-visitor');

export function displayLinkRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/d/:point/:code', async (c) => {
    const code = (c.req.param('code') ?? '').toUpperCase();
    const product = /^[A-Z0-9]{2,20}$/.test(code) ? await services.catalog.getPublicProduct({ code }).catch(() => null) : null;
    await services.displayScans.recordScan(visitor, { pointCode: c.req.param('point') ?? '', productId: product?.id ?? null, channel: 'WEB' });
    return c.redirect(product ? `/p/${encodeURIComponent(product.slug)}` : '/katalog', 302);
  });
  return app;
}
