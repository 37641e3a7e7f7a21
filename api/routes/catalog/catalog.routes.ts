// GET /api/v1/regions, /categories, /products, /products/{id}: the public catalogue.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { CatalogService } from '../../../domain/services/catalog.service.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import { etagOf } from '../../http/etag-of.ts';
import { categorySchema, productIdParam, productListQuery, productPageSchema, productSchema, regionSchema } from './catalog.schemas.ts';

// catalogue reads carry an ETag (app.ts): a client sending it back in If-None-Match gets 304 and no body
const conditional = z.object({ 'if-none-match': z.string().optional().openapi({ description: 'an ETag from an earlier answer', example: '"3f2a9c0d1e"' }) });
const notModified = { description: 'not modified since the ETag sent in If-None-Match', headers: { ETag: { description: 'the entity tag', schema: { type: 'string' as const } } } };
const cached = <S extends z.ZodType>(description: string, schema: S) => ({ description, headers: { ETag: { description: 'entity tag of this answer, for If-None-Match', schema: { type: 'string' as const } } }, content: { 'application/json': { schema } } });

const listRegions = createRoute({
  method: 'get',
  path: '/regions',
  operationId: 'listRegions',
  tags: ['catalog'],
  security: [],
  summary: 'The 22 regencies and cities of NTT',
  responses: { 200: cached('regions', z.object({ items: z.array(regionSchema) })), 304: notModified },
  request: { headers: conditional },
});

const listCategories = createRoute({
  method: 'get',
  path: '/categories',
  operationId: 'listCategories',
  tags: ['catalog'],
  security: [],
  summary: 'Product categories',
  responses: { 200: cached('categories', z.object({ items: z.array(categorySchema) })), 304: notModified },
  request: { headers: conditional },
});

const listProducts = createRoute({
  method: 'get',
  path: '/products',
  operationId: 'listProducts',
  tags: ['catalog'],
  security: [],
  summary: 'Published products: filter by regency, category and permit; text search; cursor pagination',
  request: { query: productListQuery, headers: conditional },
  responses: { 200: cached('a page of products', productPageSchema), 304: notModified, 400: errorResponses[400] },
});

const getProduct = createRoute({
  method: 'get',
  path: '/products/{id}',
  operationId: 'getProduct',
  tags: ['catalog'],
  security: [],
  summary: 'One published product by id, code or slug',
  request: { params: productIdParam, headers: conditional },
  responses: { 200: cached('the product', productSchema), 304: notModified, 400: errorResponses[400], 404: errorResponses[404] },
});

export function catalogRoutes(catalog: CatalogService) {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRegions, async (c) => c.json({ items: await catalog.listRegions() }, 200))
    .openapi(listCategories, async (c) => c.json({ items: await catalog.listCategories() }, 200))
    .openapi(listProducts, async (c) => {
      const q = c.req.valid('query');
      const page = await catalog.listProducts({ q: q.q, regionCode: q.region, categoryId: q.category, permit: q.permit, limit: q.limit, cursor: q.cursor });
      return c.json(page, 200, etagOf(page));
    })
    .openapi(getProduct, async (c) => {
      const product = await catalog.getPublicProductByRef(c.req.valid('param').id);
      return c.json(product, 200, etagOf(product));
    });
}
