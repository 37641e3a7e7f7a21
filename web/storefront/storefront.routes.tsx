// The storefront: server-rendered pages that work without JavaScript. Every read goes through the
// services; unknown products, producers and regencies answer the 404 page in the visitor's language; a
// failing read answers an error page, never a stack trace.
import { Hono, type Context } from 'hono';
import { qrCode } from '../../domain/lib/on-demand.ts';
import { z } from 'zod';
import { DomainError } from '../../domain/lib/errors.ts';
import { witaMonth } from '../../domain/lib/time.ts';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { isDatabaseUnavailable } from '../../domain/lib/http/error-handler.ts';
import type { ListProductsInput, ProductPage as Page } from '../../domain/services/catalog.service.ts';
import type { Services } from '../../domain/services/services.ts';
import { iconRoutes } from '../icons.routes.ts';
import { mediaRoutes } from '../media.routes.ts';
import { CatalogPage, permitFilters, type CatalogFilters } from './pages/catalog.tsx';
import { HomePage } from './pages/home.tsx';
import { ErrorPage, NotFoundPage } from './pages/not-found.tsx';
import { ProducerPage } from './pages/producer.tsx';
import { ProductPage, type OrderLinks } from './pages/product.tsx';
import { RegionPage } from './pages/region.tsx';
import { pageContext, renderPage } from '../render-page.ts';
import { seoRoutes } from '../seo.routes.ts';
import type { StorefrontDeps } from '../web-deps.ts';
import { absoluteUrl } from '../layout.tsx';
import { REF_PATTERN } from '../../domain/lib/http/params.ts';
import { shopRoutes } from '../shop/shop.routes.tsx';
import { cartCountOf } from '../shop/shop-session.ts';

const PAGE_SIZE = 24;

/** Filters from the query string; anything malformed is dropped (a page, not a validation error). */
const catalogQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  region: z.string().regex(/^53\.\d{2}$/).optional().catch(undefined),
  category: z.string().regex(/^[a-z0-9-]{1,40}$/).optional().catch(undefined),
  permit: z.enum(permitFilters).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});

export function orderLinks(settings: Services['settings'], code: string): OrderLinks {
  const bot = settings.telegramBotUsername?.replace(/^@/, '');
  const number = settings.whatsappNumber?.replace(/\D/g, '');
  const start = `p_${code}`;
  return {
    ...(bot && /^[A-Za-z0-9_]{3,64}$/.test(bot) ? { telegram: `https://t.me/${bot}?start=${encodeURIComponent(start)}` } : {}),
    ...(number ? { whatsapp: `https://wa.me/${number}?text=${encodeURIComponent(`start ${start}`)}` } : {}),
    webChat: `/chat?start=${encodeURIComponent(start)}`,
  };
}

export function storefrontRoutes(deps: StorefrontDeps): Hono<AppEnv> {
  const { services, logger } = deps;
  const app = new Hono<AppEnv>();

  /** A listing that survives a stale or forged cursor: it starts again from the first page. */
  async function listFrom(input: ListProductsInput): Promise<Page & { paged: boolean }> {
    try {
      return { ...(await services.catalog.listProducts(input)), paged: Boolean(input.cursor) };
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'validation' && input.cursor)) throw error;
      return { ...(await services.catalog.listProducts({ ...input, cursor: undefined })), paged: false };
    }
  }

  /** Runs a page; DomainError not_found → the 404 page, anything else → logged, the error page. */
  const page = (handler: (c: Context<AppEnv>) => Promise<Response>) => async (c: Context<AppEnv>) => {
    try {
      const [count] = await Promise.all([cartCountOf(c, services, deps.cookieSecret), services.currency.ready()]);
      c.set('cartCount', count);
      return await handler(c);
    } catch (error) {
      const ctx = pageContext(c, services);
      if (error instanceof DomainError && error.code === 'not_found') return renderPage(c, <NotFoundPage ctx={ctx} path={c.req.path} />, 404);
      logger.error({ err: error, path: c.req.path, requestId: c.get('requestId') }, 'storefront page failed');
      return renderPage(c, <ErrorPage ctx={ctx} path={c.req.path} />, isDatabaseUnavailable(error) ? 503 : 500);
    }
  };

  app.get(
    '/',
    page(async (c) => {
      const ctx = pageContext(c, services);
      const [flagships, newest, regions, categories] = await Promise.all([services.catalog.flagships(), services.catalog.listProducts({ limit: 8 }), services.catalog.listRegions(), services.catalog.categoryTiles()]);
      return renderPage(c, <HomePage ctx={ctx} data={{ month: witaMonth(services.now()), flagships, newest: newest.items, regions, categories }} />);
    }),
  );

  app.get(
    '/katalog',
    page(async (c) => {
      const ctx = pageContext(c, services);
      const query = catalogQuery.parse(c.req.query());
      const [regions, categories, tiles] = await Promise.all([services.catalog.listRegions(), services.catalog.listCategories(), services.catalog.categoryTiles()]);
      const filters: CatalogFilters = {
        q: query.q || undefined,
        region: regions.some((r) => r.code === query.region) ? query.region : undefined,
        category: categories.some((k) => k.id === query.category) ? query.category : undefined,
        permit: query.permit,
      };
      const result = await listFrom({ q: filters.q, regionCode: filters.region, categoryId: filters.category, permit: filters.permit, limit: PAGE_SIZE, cursor: query.cursor, withTotal: true });
      const tile = tiles.find((k) => k.id === filters.category) ?? null;
      const data = { filters, items: result.items, nextCursor: result.nextCursor, paged: result.paged, regions, categories, tile, ...(result.total ? { total: result.total } : {}) };
      return renderPage(c, <CatalogPage ctx={ctx} data={data} />);
    }),
  );

  app.get(
    '/p/:slug',
    page(async (c) => {
      const ref = c.req.param('slug') ?? '';
      // ids, codes and slugs are letters, digits, "_" and "-": anything else (a NUL byte ...) is a bad address
      if (!/^[A-Za-z0-9_-]+$/.test(ref)) return renderPage(c, <NotFoundPage ctx={pageContext(c, services)} path={c.req.path} />, 400);
      if (!REF_PATTERN.test(ref)) throw new DomainError('not_found', 'product not found');
      const product = await services.catalog.getPublicProductByRef(ref);
      // a code or an id leads to the one canonical address
      if (ref !== product.slug) return c.redirect(`/p/${encodeURIComponent(product.slug)}${new URL(c.req.url).search}`, 301);
      const ctx = pageContext(c, services);
      const pageUrl = absoluteUrl(ctx.publicUrl, `/p/${encodeURIComponent(product.slug)}`);
      const svg = await qrCode().toString(pageUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      const [listing, shipping] = await Promise.all([services.catalog.listProducts({ producerId: product.producer.id, limit: 5 }), services.shipping.reach(product.producer.id, product.weightGrams)]);
      const more = listing.items.filter((p) => p.id !== product.id).slice(0, 4);
      const data = { product, order: orderLinks(services.settings, product.code), qrDataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, pageUrl, more, shipping };
      return renderPage(c, <ProductPage ctx={ctx} data={data} />);
    }),
  );

  app.get(
    '/produsen/:id',
    page(async (c) => {
      const producer = await services.storefront.publicProducer(c.req.param('id') ?? '');
      const ctx = pageContext(c, services);
      const cursor = catalogQuery.shape.cursor.parse(c.req.query('cursor'));
      const result = await listFrom({ producerId: producer.id, limit: PAGE_SIZE, cursor });
      return renderPage(c, <ProducerPage ctx={ctx} data={{ producer, products: result.items, nextCursor: result.nextCursor, paged: result.paged }} />);
    }),
  );

  app.get(
    '/kabupaten/:code',
    page(async (c) => {
      const code = c.req.param('code') ?? '';
      if (!/^53\.\d{2}$/.test(code)) throw new DomainError('not_found', 'region not found');
      const region = await services.catalog.getRegion(code);
      const ctx = pageContext(c, services);
      const [flagships, products] = await Promise.all([services.catalog.flagships(code), services.catalog.listProducts({ regionCode: code, limit: 12 })]);
      return renderPage(c, <RegionPage ctx={ctx} data={{ region, flagships, products: products.items, hasMore: products.nextCursor !== null }} />);
    }),
  );

  app.route('/', shopRoutes(deps));
  app.route('/', seoRoutes(deps));
  app.route('/', mediaRoutes(deps));
  app.route('/', iconRoutes());
  return app;
}
