// Request and response shapes of the licensing cases API.
import { z } from '@hono/zod-openapi';
import { licenseTypes } from '../../licensing/processes.ts';

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
    productId: z.string().min(1).max(64).optional(),
    producerId: z.string().min(1).max(64).optional().openapi({ description: 'for a business-wide NIB case without a product (officials)' }),
    note: z.string().trim().max(500).optional(),
  })
  .openapi('LicensingCaseInput');

export const listQuery = z.object({
  productId: z.string().min(1).max(64).optional(),
  active: z.enum(['true', 'false']).optional().openapi({ description: 'only open, in progress or returned cases' }),
});

export const caseIdParam = z.object({ id: z.string().min(1).max(64) });

export const stepBody = z
  .object({
    action: z.enum(['advance', 'return']).default('advance').openapi({ description: 'advance: the current step is done; return: back to the producer for corrections (note required)' }),
    note: z.string().trim().max(500).optional(),
  })
  .openapi('LicensingStepInput');

export const certificateBody = z
  .object({
    number: z.string().trim().min(1).max(64).openapi({ example: 'ID53110012345678901234' }),
    issuedAt: z.string().openapi({ example: '2026-03-25' }),
    expiresAt: z.string().nullable().optional().openapi({ example: '2031-03-25' }),
  })
  .openapi('CertificateInput');
