// Request and response shapes of the officials' curation API (invitations, reviews, queue, flagships).
import { z } from '@hono/zod-openapi';
import { criterionKeys } from '../../../domain/curation/rubric.ts';
import { fixableFields } from '../../../domain/curation/history.ts';
import { idParam } from '../../../domain/lib/http/params.ts';

const score = z.number().int().min(1).max(5);

export const invitationBody = z
  .object({
    role: z.enum(['CURATOR', 'ADMIN']),
    regionCodes: z.array(z.string().regex(/^53\.\d{2}$/)).max(22).default([]).openapi({ example: ['53.09'] }),
    ttlDays: z.number().int().min(1).max(90).default(14),
  })
  .openapi('InvitationInput', { example: { role: 'CURATOR', regionCodes: ['53.09'], ttlDays: 14 } });

export const invitationSchema = z
  .object({ id: z.string(), code: z.string().openapi({ description: 'shown once; the official sends "/claim CODE" to the bot' }), role: z.string(), regionCodes: z.array(z.string()), expiresAt: z.string() })
  .openapi('Invitation');

export const reviewBody = z
  .object({
    scores: z
      .object(Object.fromEntries(criterionKeys.map((k) => [k, score])) as Record<(typeof criterionKeys)[number], typeof score>)
      .optional()
      .openapi({ description: 'required for APPROVE; a refusal or a fix request may come without' }),
    decision: z.enum(['APPROVE', 'REQUEST_CHANGES', 'REJECT']),
    notes: z.string().trim().max(1000).optional().openapi({ description: 'required for REJECT (the reason) and for REQUEST_CHANGES unless fieldNotes name the fields' }),
    fieldNotes: z
      .partialRecord(z.enum(fixableFields), z.string().trim().max(500))
      .optional()
      .openapi({ description: 'REQUEST_CHANGES: a note per field to fix', example: { photos: 'Foto kurang terang' } }),
    designateFlagship: z.boolean().default(false).openapi({ description: "with APPROVE: this month's flagship of the product's regency" }),
  })
  .openapi('ReviewInput', { example: { scores: Object.fromEntries(criterionKeys.map((k) => [k, 4])), decision: 'APPROVE', notes: 'Kemasan rapi, label lengkap', designateFlagship: false } });

export const reviewSchema = z
  .object({
    reviewId: z.string(),
    productId: z.string(),
    decision: z.string(),
    status: z.string(),
    total: z.number().nullable(),
    grade: z.string().nullable(),
    flagship: z.object({ regionCode: z.string(), month: z.string() }).nullable(),
  })
  .openapi('Review');

export const queueItemSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    status: z.string(),
    priceIdr: z.number().int(),
    producer: z.object({ id: z.string(), businessName: z.string() }),
    region: z.object({ code: z.string(), name: z.string() }),
    submittedAt: z.string().nullable(),
  })
  .openapi('CurationQueueItem');

export const productIdParam = idParam('id', 'product id');
export const flagshipBody = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional().openapi({ description: 'WITA month; this month when absent' }) }).openapi('FlagshipInput', { example: { month: '2026-12' } });
export const flagshipSchema = z.object({ productId: z.string(), regionCode: z.string(), month: z.string() }).openapi('FlagshipDesignation');
