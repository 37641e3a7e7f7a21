// The demo data set (prisma/seed/data/demo.json): twelve NTT producers with their products, the staff who
// play the curator, admin and buyer on the console, and a few licensing cases. Validated on load so a typo in
// the JSON fails loudly instead of seeding half a demo.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { seedDataDir } from './reference-data.ts';

const regionCode = z.string().regex(/^53\.\d{2}$/);

const staffSchema = z.object({
  id: z.string().startsWith('demo-'),
  role: z.enum(['CURATOR', 'ADMIN', 'BUYER']),
  displayName: z.string().min(1),
  language: z.enum(['id', 'en']),
  phone: z.string().regex(/^\d{8,15}$/),
  consoleId: z.string().startsWith('demo-'),
  regions: z.array(regionCode),
});

const productSchema = z.object({
  code: z.string().regex(/^[A-Z]{3}\d{2}$/),
  categoryId: z.string().min(1),
  status: z.enum(['DRAFT', 'SUBMITTED', 'APPROVED']),
  flagship: z.boolean().default(false),
  photos: z.number().int().min(1).max(2),
  packagingState: z.enum(['NONE', 'SIMPLE', 'LABELLED', 'MODERN']),
  bpomOnlyFood: z.boolean().default(false),
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
  descriptionId: z.string().min(1),
  descriptionEn: z.string().min(1),
  priceIdr: z.number().int().positive(),
  unit: z.string().min(1),
  weightGrams: z.number().int().positive(),
  stock: z.number().int().nonnegative(),
  declaredHalal: z.string().optional(),
  declaredPirt: z.string().optional(),
  curatorNote: z.string().optional(),
});
export type DemoProduct = z.infer<typeof productSchema>;

const producerSchema = z.object({
  key: z.string().regex(/^[a-z]+$/),
  ownerName: z.string().min(1),
  businessName: z.string().min(1),
  phone: z.string().regex(/^\d{8,15}$/),
  regionCode,
  district: z.string().min(1),
  village: z.string().min(1),
  nib: z.string().regex(/^\d{13}$/),
  bankName: z.string().min(1),
  bankAccount: z.string().regex(/^\d{6,20}$/),
  bankHolder: z.string().min(1),
  allowsCashOnPickup: z.boolean(),
  story: z.string().min(1),
  /** the story in English; pages in English show the Indonesian, marked, where there is none */
  storyEn: z.string().min(1).optional(),
  products: z.array(productSchema).min(1),
});
export type DemoProducer = z.infer<typeof producerSchema>;

const isoDate = z.iso.datetime().transform((v) => new Date(v));

const licensingSchema = z.object({
  id: z.string().startsWith('demo-'),
  productCode: z.string(),
  type: z.enum(['HALAL_SELF_DECLARE', 'SPP_IRT', 'BPOM_MD']),
  status: z.enum(['IN_PROGRESS', 'ISSUED']),
  stepIndex: z.number().int().min(0),
  verified: z.boolean(),
  certificateNumber: z.string().nullable(),
  issuedAt: isoDate.nullable(),
  expiresAt: isoDate.nullable(),
});
export type DemoLicensingCase = z.infer<typeof licensingSchema>;

const demoSchema = z.object({
  staff: z.array(staffSchema),
  producers: z.array(producerSchema).min(12),
  licensing: z.array(licensingSchema),
});
export type DemoData = z.infer<typeof demoSchema>;
export type DemoStaff = z.infer<typeof staffSchema>;

export function loadDemoData(): DemoData {
  return demoSchema.parse(JSON.parse(readFileSync(path.join(seedDataDir, 'demo.json'), 'utf8')));
}

/** Stable ids: the demo seed finds its own rows again on a second run. */
export const demoUserId = (producerKey: string) => `demo-user-${producerKey}`;
export const demoConsoleId = (producerKey: string) => `demo-${producerKey}`;
export const demoProducerId = (producerKey: string) => `demo-producer-${producerKey}`;
export const demoProductId = (code: string) => `demo-product-${code.toLowerCase()}`;

/** "Kopi Arabika Flores Bajawa 250 g" + "KBJ01" → "kopi-arabika-flores-bajawa-250-g-kbj01" */
export function productSlug(name: string, code: string): string {
  const kebab = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${kebab}-${code.toLowerCase()}`;
}
