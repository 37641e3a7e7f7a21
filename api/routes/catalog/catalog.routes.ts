// GET /api/v1/regions, /categories, /products, /products/{id}: the public catalogue.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { CatalogService } from '../../services/catalog.service.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses } from '../../http/error-shape.ts';
import { categorySchema, productIdParam, productListQuery, productPageSchema, productSchema, regionSchema } from './catalog.schemas.ts';

const listRegions = createRoute({
  method: 'get',
  path: '/regions',
  tags: ['catalog'],
  summary: 'The 22 regencies and cities of NTT',
  responses: { 200: { description: 'regions', content: { 'application/json': { schema: z.object({ items: z.array(regionSchema) }) } } }, 503: errorResponses[503] },
});

const listCategories = createRoute({
  method: 'get',
  path: '/categories',
  tags: ['catalog'],
  summary: 'Product categories',
  responses: { 200: { description: 'categories', content: { 'application/json': { schema: z.object({ items: z.array(categorySchema) }) } } }, 503: errorResponses[503] },
});

const listProducts = createRoute({
  method: 'get',
  path: '/products',
  tags: ['catalog'],
  summary: 'Published products: filter by regency, category and permit; text search; cursor pagination',
  request: { query: productListQuery },
  responses: { 200: { description: 'a page of products', content: { 'application/json': { schema: productPageSchema } } }, 400: errorResponses[400], 429: errorResponses[429], 503: errorResponses[503] },
});

const getProduct = createRoute({
  method: 'get',
  path: '/products/{id}',
  tags: ['catalog'],
  summary: 'One published product by id, code or slug',
  request: { params: productIdParam },
  responses: { 200: { description: 'the product', content: { 'application/json': { schema: productSchema } } }, 404: errorResponses[404], 503: errorResponses[503] },
});

export function catalogRoutes(catalog: CatalogService) {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRegions, async (c) => c.json({ items: await catalog.listRegions() }, 200))
    .openapi(listCategories, async (c) => c.json({ items: await catalog.listCategories() }, 200))
    .openapi(listProducts, async (c) => {
      const q = c.req.valid('query');
      const page = await catalog.listProducts({ q: q.q, regionCode: q.region, categoryId: q.category, permit: q.permit, limit: q.limit, cursor: q.cursor });
      return c.json(page, 200);
    })
    .openapi(getProduct, async (c) => {
      return c.json(await catalog.getPublicProductByRef(c.req.valid('param').id), 200);
    });
}
