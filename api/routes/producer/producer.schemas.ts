// zod schemas of the producer API (/api/v1/me/producer, /api/v1/me/products): they document the answers
// and shape the input; the services check every rule again (bounds, permit formats, ownership).
import { z } from '@hono/zod-openapi';
import { idParam, idString } from '../../../domain/lib/http/params.ts';

export const producerProfileSchema = z
  .object({
    id: z.string(),
    businessName: z.string(),
    ownerName: z.string(),
    phone: z.string().nullable(),
    region: z.object({ code: z.string(), name: z.string(), shortName: z.string() }),
    district: z.string(),
    village: z.string(),
    nib: z.string().nullable(),
    bank: z.object({ name: z.string().nullable(), account: z.string().nullable(), holder: z.string().nullable() }),
    qrisMediaId: z.string().nullable(),
    story: z.string().nullable(),
    storyEn: z.string().nullable(),
    allowsCashOnPickup: z.boolean(),
    missing: z.array(z.enum(['nib', 'payment', 'story'])),
  })
  .openapi('ProducerProfile');

export const profilePatchBody = z
  .object({
    businessName: z.string(),
    ownerName: z.string(),
    phone: z.string().nullable(),
    regionCode: z.string().openapi({ example: '53.09' }),
    district: z.string(),
    village: z.string(),
    nib: z.string().nullable().openapi({ description: '13 digits; spaces and dashes allowed', example: '9120001234567' }),
    bankName: z.string().nullable(),
    bankAccount: z.string().nullable(),
    bankHolder: z.string().nullable(),
    qrisMediaId: idString('a Media of kind "qris" uploaded by this producer').nullable(),
    story: z.string().nullable(),
    storyEn: z.string().nullable().openapi({ description: 'the story in English; null clears it' }),
    allowsCashOnPickup: z.boolean(),
  })
  .partial()
  .openapi('ProducerProfilePatch', { example: { nib: '9120001234567', bankName: 'Bank NTT', bankAccount: '0012345678', bankHolder: 'Maria Goreti', story: 'Kopi dari lereng Inerie, dipetik merah.' } });

export const myProductSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    slug: z.string(),
    status: z.string().openapi({ description: 'DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, REJECTED or ARCHIVED' }),
    paused: z.boolean(),
    name: z.object({ id: z.string(), en: z.string().nullable() }),
    description: z.object({ id: z.string(), en: z.string().nullable() }),
    category: z.object({ id: z.string(), nameId: z.string(), nameEn: z.string() }),
    priceIdr: z.number().int(),
    unit: z.string(),
    weightGrams: z.number().int(),
    stock: z.number().int(),
    packagingState: z.string(),
    containsAlcohol: z.boolean(),
    declared: z.object({ halal: z.string().nullable(), pirt: z.string().nullable(), bpomMd: z.string().nullable() }),
    curatorNote: z.string().nullable(),
    photos: z.array(z.object({ mediaId: z.string(), path: z.string(), thumbPath: z.string().nullable() })),
    producer: z.object({ id: z.string(), businessName: z.string() }),
    region: z.object({ code: z.string(), name: z.string(), shortName: z.string() }),
    submittedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('MyProduct');

const productFields = {
  nameId: z.string().openapi({ example: 'Kopi Arabika Bajawa 250 g' }),
  nameEn: z.string().nullable().optional(),
  categoryId: z.string().openapi({ example: 'kopi' }),
  descriptionId: z.string().openapi({ description: 'Indonesian, 10 to 2000 characters' }),
  descriptionEn: z.string().nullable().optional(),
  priceIdr: z.number().int().openapi({ description: 'integer rupiah, 500 to 100,000,000', example: 85000 }),
  unit: z.string().openapi({ example: 'pcs' }),
  weightGrams: z.number().int().openapi({ description: 'shipping weight per unit, packed' }),
  stock: z.number().int().min(0),
  packagingState: z.enum(['NONE', 'SIMPLE', 'LABELLED', 'MODERN']).optional(),
  containsAlcohol: z.boolean().optional(),
  declaredHalal: z.string().nullable().optional().openapi({ example: 'ID53110012345678901234' }),
  declaredPirt: z.string().nullable().optional().openapi({ example: '206537101012327' }),
  declaredBpom: z.string().nullable().optional().openapi({ example: 'MD224510001234' }),
};

export const productCreateBody = z
  .object({ ...productFields, photoMediaIds: z.array(idString()).max(5).optional().openapi({ description: 'Media ids of kind product_photo uploaded by this producer' }) })
  .openapi('MyProductCreate', {
    example: { nameId: 'Kopi Arabika Bajawa 250 g', categoryId: 'kopi', descriptionId: 'Kopi arabika Flores Bajawa, sangrai sedang, biji utuh.', priceIdr: 85000, unit: 'pcs', weightGrams: 300, stock: 20 },
  });

export const productPatchBody = z
  .object({
    ...productFields,
    paused: z.boolean().openapi({ description: 'hide an approved product from buyers without changing its status' }),
    archived: z.literal(true).openapi({ description: 'archive the product (final)' }),
  })
  .partial()
  .openapi('MyProductPatch', { example: { priceIdr: 90000, stock: 12 } });

export const productIdParam = idParam('id', 'product id');
