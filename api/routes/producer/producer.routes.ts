// /api/v1/me/producer and /api/v1/me/products: a producer's own business profile and products, with the
// same rules as the chat (the services decide): 403 for users who are not producers, 404 for products that
// are not theirs, photos uploaded as multipart (field "photo") or as a raw image body.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireAuth } from '../../http/auth.middleware.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { errorResponses } from '../../../domain/lib/http/error-shape.ts';
import { invalid } from '../../../domain/lib/errors.ts';
import type { Services } from '../../../domain/services/services.ts';
import { roleGate } from '../../http/role-gate.ts';
import { asSelf, requireProducer } from '../../../domain/services/actor.ts';
import { myProductSchema, producerProfileSchema, productCreateBody, productIdParam, productPatchBody, profilePatchBody } from './producer.schemas.ts';

const security = [{ bearer: [] }];
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = { 401: errorResponses[401], 403: errorResponses[403] };
const withBody = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const route = <R extends Parameters<typeof createRoute>[0]>(r: R) => createRoute({ ...r, tags: ['producer'], security });

// every /me route acts as the caller only: an admin's override belongs on an admin route
const producerOnly = roleGate(requireProducer);

const getProfile = route({ method: 'get', path: '/me/producer', operationId: 'getMyProducerProfile', summary: 'My business profile', responses: { 200: json(producerProfileSchema, 'the profile'), ...errors } });
const patchProfile = route({
  method: 'patch',
  path: '/me/producer',
  operationId: 'updateMyProducerProfile',
  middleware: producerOnly,
  summary: 'Complete or change my business profile (NIB, bank, QRIS, story ...)',
  request: withBody(profilePatchBody),
  responses: { 200: json(producerProfileSchema, 'the profile'), 400: errorResponses[400], ...errors },
});
const listProducts = route({ method: 'get', path: '/me/products', operationId: 'listMyProducts', summary: 'My products (not archived), with their curation status', responses: { 200: json(z.object({ items: z.array(myProductSchema) }), 'my products'), ...errors } });
const createProduct = route({
  method: 'post',
  path: '/me/products',
  operationId: 'createMyProduct',
  middleware: producerOnly,
  summary: 'Create a product as a draft',
  request: withBody(productCreateBody),
  responses: { 201: json(myProductSchema, 'the draft'), 400: errorResponses[400], ...errors },
});
const getProduct = route({ method: 'get', path: '/me/products/{id}', operationId: 'getMyProduct', summary: 'One of my products', request: { params: productIdParam }, responses: { 200: json(myProductSchema, 'the product'), 400: errorResponses[400], 404: errorResponses[404], ...errors } });
const patchProduct = route({
  method: 'patch',
  path: '/me/products/{id}',
  operationId: 'updateMyProduct',
  middleware: producerOnly,
  summary: 'Change a product; names, descriptions and category send an approved product back to curation',
  request: { params: productIdParam, ...withBody(productPatchBody) },
  responses: { 200: json(myProductSchema.extend({ sentToReview: z.boolean() }), 'the product'), 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409], ...errors },
});
const submitProduct = route({
  method: 'post',
  path: '/me/products/{id}/submit',
  operationId: 'submitMyProduct',
  middleware: producerOnly,
  summary: 'Send a draft (or a product with changes requested) for curation; the regency curators are alerted',
  request: { params: productIdParam },
  responses: { 200: json(myProductSchema, 'the product'), 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409], ...errors },
});
const binary = { schema: z.string().openapi({ type: 'string', format: 'binary' }) };
const uploadPhoto = route({
  method: 'post',
  path: '/me/products/{id}/photos',
  operationId: 'uploadMyProductPhoto',
  middleware: producerOnly,
  summary: 'Add a photo (at most 5): multipart field "photo", or the image itself as the body',
  request: {
    params: productIdParam,
    // not "required": the form validator would then run on raw image bodies too; the handler checks instead
    body: {
      content: {
        'multipart/form-data': { schema: z.object({ photo: z.any().openapi({ type: 'string', format: 'binary' }) }) },
        'image/jpeg': binary,
        'image/png': binary,
        'image/webp': binary,
      },
    },
  },
  responses: { 201: json(myProductSchema, 'the product with the new photo'), 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409], 422: errorResponses[422], ...errors },
});

export function producerRoutes(services: Services) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('/me/producer', requireAuth(services.auth));
  app.use('/me/products', requireAuth(services.auth));
  app.use('/me/products/*', requireAuth(services.auth));
  const { products, producerProfile } = services;
  return app
    .openapi(getProfile, async (c) => c.json(await producerProfile.getMine(asSelf(c.get('actor')!)), 200))
    .openapi(patchProfile, async (c) => c.json(await producerProfile.updateMine(asSelf(c.get('actor')!), c.req.valid('json')), 200))
    .openapi(listProducts, async (c) => c.json({ items: await products.listMine(asSelf(c.get('actor')!)) }, 200))
    .openapi(createProduct, async (c) => c.json(await products.createDraft(asSelf(c.get('actor')!), c.req.valid('json')), 201))
    .openapi(getProduct, async (c) => c.json(await products.getMine(asSelf(c.get('actor')!), c.req.valid('param').id), 200))
    .openapi(patchProduct, async (c) => {
      const actor = asSelf(c.get('actor')!);
      const { id } = c.req.valid('param');
      const { paused, archived, ...fields } = c.req.valid('json');
      let result = await products.update(actor, id, fields);
      if (paused !== undefined) result = { ...result, product: await products.setPaused(actor, id, paused) };
      if (archived) result = { ...result, product: await products.archive(actor, id) };
      return c.json({ ...result.product, sentToReview: result.sentToReview }, 200);
    })
    .openapi(submitProduct, async (c) => c.json(await products.submit(asSelf(c.get('actor')!), c.req.valid('param').id), 200))
    .openapi(uploadPhoto, async (c) => {
      const actor = asSelf(c.get('actor')!);
      const { id } = c.req.valid('param');
      await products.getMine(actor, id); // 403/404 before anything is stored
      const type = c.req.header('content-type') ?? '';
      let data: Buffer;
      let mime: string;
      if (type.startsWith('multipart/form-data')) {
        const file = (await c.req.parseBody()).photo;
        if (!(file instanceof File)) throw invalid('multipart field "photo" with a file is required', 'producer:errors.needPhoto');
        data = Buffer.from(await file.arrayBuffer());
        mime = file.type;
      } else {
        data = Buffer.from(await c.req.arrayBuffer());
        mime = type;
      }
      if (data.length === 0) throw invalid('empty photo', 'producer:errors.needPhoto');
      const media = await services.media.upload(actor, { data, mime, kind: 'product_photo' });
      return c.json((await products.addPhoto(actor, id, media.id)).product, 201);
    });
}
