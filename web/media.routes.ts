// GET /media/<path>: photos of published products for the storefront. Two kinds of path:
// - a copy (issue 27): "<stem>.<hash>.<width>w.<avif|webp|jpg>", made from the original on its first request
//   and kept in the media store; with the photo's content hash it is cached for a year (immutable), without
//   (a photo whose hash was not yet known when the page was made) for an hour;
// - a stored file as it is (the original, its thumbnail): the paths pages, feeds and shared links used
//   before, served as before with an hour's cache.
// Everything else in the media store (payment proofs, QRIS codes, drafts) is not served here: the web chat
// has its own signed links for what the conversation shows one user.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../domain/lib/http/context.ts';
import { parseVariantPath } from '../domain/media/image-urls.ts';
import { mimeOfPath } from '../domain/media/media-resolver.ts';
import type { StorefrontDeps } from './web-deps.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** unhashed paths: a photo never changes under its name, but an hour keeps a removed product's photo short-lived */
export const SHORT_CACHE = 'public, max-age=3600';

const notFound = (c: Context<AppEnv>) => c.body('not found', 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });

const picture = (c: Context<AppEnv>, data: Buffer, type: string, cacheControl: string) =>
  c.body(new Uint8Array(data), 200, { 'content-type': type, 'content-length': String(data.length), 'cache-control': cacheControl, 'x-content-type-options': 'nosniff' });

export function mediaRoutes({ services, logger }: StorefrontDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/media/*', async (c) => {
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(c.req.url).pathname.slice('/media/'.length));
    } catch {
      return notFound(c);
    }
    const variant = parseVariantPath(rel);
    if (variant) {
      try {
        const copy = await services.images.serve(variant);
        return copy ? picture(c, copy.data, copy.mime, copy.immutable ? IMMUTABLE : SHORT_CACHE) : notFound(c);
      } catch (error) {
        logger.warn({ err: error instanceof Error ? error.message : String(error), path: rel }, 'photo copy could not be served');
        return notFound(c);
      }
    }
    if (!(await services.storefront.isPublicMedia(rel))) return notFound(c);
    let data: Buffer;
    try {
      data = await services.media.read(rel);
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error), path: rel }, 'published photo missing from the media store');
      return notFound(c);
    }
    return picture(c, data, mimeOfPath(rel), SHORT_CACHE);
  });
  return app;
}
