// zod schemas of the public catalogue API; they validate input and document the OpenAPI answers.
import { z } from '@hono/zod-openapi';
import { refString } from '../../../domain/lib/http/params.ts';

export const regionSchema = z
  .object({ code: z.string().openapi({ example: '53.71' }), name: z.string(), shortName: z.string(), type: z.string(), seat: z.string(), island: z.string(), areaKm2: z.number() })
  .openapi('Region');

export const categorySchema = z.object({ id: z.string().openapi({ example: 'kopi' }), nameId: z.string(), nameEn: z.string(), sortOrder: z.number(), isFood: z.boolean() }).openapi('Category');

/** a product photo: GET /media/<path>; width, height and hash are null for a photo stored before they were recorded */
const photoSchema = z.object({
  mediaId: z.string(),
  path: z.string().openapi({ description: 'relative to /media/, e.g. 2026/12/<id>.jpg' }),
  thumbPath: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  hash: z.string().nullable().openapi({ description: "first 16 hex digits of the file's SHA-256; the storefront's year-long cached copies carry it" }),
});

export const productSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    slug: z.string(),
    name: z.object({ id: z.string(), en: z.string().nullable() }),
    description: z.object({ id: z.string(), en: z.string().nullable() }),
    category: z.object({ id: z.string(), nameId: z.string(), nameEn: z.string() }),
    priceIdr: z.number().int().openapi({ description: 'integer rupiah' }),
    unit: z.string(),
    weightGrams: z.number().int(),
    stock: z.number().int(),
    status: z.string(),
    producer: z.object({ id: z.string(), businessName: z.string(), village: z.string(), district: z.string(), story: z.string().nullable(), storyEn: z.string().nullable().openapi({ description: 'the story in English; null when only the Indonesian exists' }) }),
    region: z.object({ code: z.string(), name: z.string(), shortName: z.string(), island: z.string() }),
    photos: z.array(photoSchema),
    permits: z.array(z.object({ type: z.enum(['HALAL', 'SPP_IRT', 'BPOM_MD', 'NIB']), number: z.string().nullable(), expiresAt: z.string().nullable() })),
    rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
  })
  .openapi('Product');

export const productListQuery = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'text search, typo tolerant', example: 'kopi bajawa' }),
  region: z.string().regex(/^53\.\d{2}$/, 'a Kemendagri code such as 53.71').optional(),
  category: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
  permit: z.enum(['HALAL', 'SPP_IRT', 'BPOM_MD']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional().openapi({ description: 'nextCursor of the previous page (opaque)' }),
});

export const productPageSchema = z.object({ items: z.array(productSchema), nextCursor: z.string().nullable() }).openapi('ProductPage');

export const productIdParam = z.object({ id: refString().openapi({ param: { name: 'id', in: 'path' } }) });
