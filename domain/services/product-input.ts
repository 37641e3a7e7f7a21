// What a producer may write into a product, checked once for the chat and the API alike: lengths, bounds,
// units and permit numbers (normalised with domain/lib/permit-format.ts). Failures become DomainErrors whose
// message key names the field, so the chat can answer in the user's language.
import { z, ZodError, type ZodType } from 'zod';
import { DomainError, invalid } from '../lib/errors.ts';
import { parseBpomMd, parseHalalId, parsePirt, PERMIT_EXAMPLES } from '../lib/permit-format.ts';
import { MAX_PRICE_IDR, MIN_PRICE_IDR } from '../lib/price-parse.ts';

export const PRODUCT_LIMITS = {
  nameMin: 3,
  nameMax: 120,
  descriptionMin: 10,
  descriptionMax: 2000,
  unitMax: 20,
  weightMaxGrams: 100_000,
  stockMax: 1_000_000,
  minPriceIdr: MIN_PRICE_IDR,
  maxPriceIdr: MAX_PRICE_IDR,
} as const;

export const packagingStates = ['NONE', 'SIMPLE', 'LABELLED', 'MODERN'] as const;
export type PackagingStateName = (typeof packagingStates)[number];

const L = PRODUCT_LIMITS;
const optionalText = (min: number, max: number) => z.string().trim().min(min).max(max).nullable().optional();
const permit = z.string().trim().max(80).nullable().optional();

export const productFieldsSchema = z.object({
  nameId: z.string().trim().min(L.nameMin).max(L.nameMax),
  nameEn: optionalText(L.nameMin, L.nameMax),
  categoryId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  descriptionId: z.string().trim().min(L.descriptionMin).max(L.descriptionMax),
  descriptionEn: optionalText(L.descriptionMin, L.descriptionMax),
  priceIdr: z.number().int().min(L.minPriceIdr).max(L.maxPriceIdr),
  unit: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(L.unitMax)
    .regex(/^[\p{L}\d][\p{L}\d .-]*$/u),
  weightGrams: z.number().int().min(1).max(L.weightMaxGrams),
  stock: z.number().int().min(0).max(L.stockMax),
  packagingState: z.enum(packagingStates).default('NONE'),
  containsAlcohol: z.boolean().optional(),
  declaredHalal: permit,
  declaredPirt: permit,
  declaredBpom: permit,
  /** the licence a restricted good needs (domain/policy/restricted-goods.ts), as the producer gives it */
  restrictedLicence: z.string().trim().max(120).nullable().optional(),
});

export type ProductFields = z.input<typeof productFieldsSchema>;
export type ProductFieldsParsed = z.output<typeof productFieldsSchema>;
export const productPatchSchema = productFieldsSchema.partial().strict();
export type ProductPatch = z.input<typeof productPatchSchema>;

/** Field → chat message key for a value of the wrong shape. */
const fieldKeys: Record<string, string> = {
  nameId: 'producer:errors.badName',
  nameEn: 'producer:errors.badName',
  descriptionId: 'producer:errors.badDescription',
  descriptionEn: 'producer:errors.badDescription',
  categoryId: 'producer:errors.unknownCategory',
  priceIdr: 'producer:errors.badPrice',
  unit: 'producer:errors.badUnit',
  weightGrams: 'producer:errors.badWeight',
  stock: 'producer:errors.badStock',
};

/** zod parse whose failure is a DomainError naming the first bad field (details list every issue). */
export function parseWith<S extends ZodType>(schema: S, input: unknown): z.output<S> {
  try {
    return schema.parse(input);
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    const first = error.issues[0];
    const field = String(first?.path[0] ?? '');
    const details = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new DomainError('validation', `invalid ${field || 'input'}: ${first?.message ?? ''}`, fieldKeys[field] ?? 'producer:errors.invalid', { ...L, field }, details);
  }
}

const permitParsers = {
  declaredHalal: [parseHalalId, 'producer:errors.badHalal', PERMIT_EXAMPLES.HALAL],
  declaredPirt: [parsePirt, 'producer:errors.badPirt', PERMIT_EXAMPLES.PIRT],
  declaredBpom: [parseBpomMd, 'producer:errors.badBpom', PERMIT_EXAMPLES.BPOM_MD],
} as const;

/** Normalises the permit numbers in place (empty → null); a wrong shape is refused with its own message. */
export function normalizePermits<T extends Partial<Record<keyof typeof permitParsers, string | null | undefined>>>(fields: T): T {
  const out = { ...fields };
  for (const [key, [parse, messageKey, example]] of Object.entries(permitParsers) as [keyof typeof permitParsers, (typeof permitParsers)[keyof typeof permitParsers]][]) {
    const raw = out[key];
    if (raw === undefined) continue;
    if (raw === null || raw.trim() === '') {
      out[key] = null as T[typeof key];
      continue;
    }
    const value = parse(raw);
    if (!value) throw invalid(`bad ${key}`, messageKey, { example });
    out[key] = value as T[typeof key];
  }
  return out;
}

/** What an admin may correct in a producer's product (texts, category, price, stock), with the reason, which the audit keeps. */
export const adminCorrectionSchema = z
  .object({
    reason: z.string().trim().min(3).max(500),
    changes: productFieldsSchema.pick({ nameId: true, nameEn: true, descriptionId: true, descriptionEn: true, categoryId: true, priceIdr: true, stock: true }).partial().strict(),
  })
  .strict();
export type AdminCorrection = z.input<typeof adminCorrectionSchema>;
