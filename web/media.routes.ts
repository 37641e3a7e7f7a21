// GET /media/<path>: photos of published products (and their thumbnails) for the storefront. Everything
// else in the media store (payment proofs, QRIS codes, drafts) is not served here: the web chat has its own
// signed links for what the conversation shows one user.
import { Hono } from 'hono';
import type { AppEnv } from '../domain/lib/http/context.ts';
import { mimeOfPath } from '../domain/media/media-resolver.ts';
import type { StorefrontDeps } from './web-deps.ts';

function notFound(c: { body: (data: string, status: 404, headers: Record<string, string>) => Response }) {
  return c.body('not found', 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
}

export function mediaRoutes({ services, logger }: StorefrontDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/media/*', async (c) => {
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(c.req.url).pathname.slice('/media/'.length));
    } catch {
      return notFound(c);
    }
    if (!(await services.storefront.isPublicMedia(rel))) return notFound(c);
    let data: Buffer;
    try {
      data = await services.media.read(rel);
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error), path: rel }, 'published photo missing from the media store');
      return notFound(c);
    }
    return c.body(new Uint8Array(data), 200, {
      'content-type': mimeOfPath(rel),
      'content-length': String(data.length),
      // stored files are never overwritten (new upload = new name), so a day of caching is always right
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    });
  });
  return app;
}
