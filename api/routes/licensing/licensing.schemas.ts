// Request and response shapes of the licensing cases API.
import { z } from '@hono/zod-openapi';
import { licenseTypes } from '../../../domain/licensing/processes.ts';
import { idParam, idString } from '../../../domain/lib/http/params.ts';

export const caseSchema = z
  .object({
    id: z.string(),
    type: z.string().openapi({ example: 'HALAL_SELF_DECLARE' }),
    status: z.string(),
    stepIndex: z.number().int(),
    stepKey: z.string(),
    stepCount: z.number().int(),
    nextStepKey: z.string().nullable(),
    product: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
    producer: z.object({ id: z.string(), userId: z.string(), businessName: z.string(), regionCode: z.string(), regionName: z.string() }),
    certificateNumber: z.string().nullable(),
    issuedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    verified: z.boolean(),
    history: z.array(z.object({ stepIndex: z.number().int(), stepKey: z.string(), note: z.string().nullable(), at: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('LicensingCase');

export const openCaseBody = z
  .object({
    type: z.enum(licenseTypes),
    productId: idString('the product the licence is for').optional(),
    producerId: idString('for a business-wide NIB case without a product (officials)').optional(),
    note: z.string().trim().max(500).optional(),
  })
  .openapi('LicensingCaseInput', { example: { type: 'HALAL_SELF_DECLARE', productId: 'cmh2x1k9v0001qz8l3v5b7n2d', note: 'Sudah ada NIB, minta pendampingan PPH' } });

export const listQuery = z.object({
  productId: idString('only the cases of this product').optional(),
  active: z.enum(['true', 'false']).optional().openapi({ description: 'only open, in progress or returned cases' }),
});

export const caseIdParam = idParam('id', 'licensing case id');

export const stepBody = z
  .object({
    action: z.enum(['advance', 'return']).default('advance').openapi({ description: 'advance: the current step is done; return: back to the producer for corrections (note required)' }),
    note: z.string().trim().max(500).optional(),
  })
  .openapi('LicensingStepInput', { example: { action: 'advance', note: 'Dokumen NIB diperiksa, lengkap' } });

export const certificateBody = z
  .object({
    number: z.string().trim().min(1).max(64).openapi({ example: 'ID53110012345678901234' }),
    issuedAt: z.string().openapi({ example: '2026-03-25' }),
    expiresAt: z.string().nullable().optional().openapi({ example: '2031-03-25' }),
  })
  .openapi('CertificateInput', { example: { number: 'ID53110012345678901234', issuedAt: '2026-03-25', expiresAt: '2031-03-25' } });
