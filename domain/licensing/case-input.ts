// What officials and producers send about licensing cases, validated once for the chat and the API.
import { z } from 'zod';
import { invalid } from '../lib/errors.ts';
import { parseDateOnly } from './dates.ts';
import { licenseTypes } from './processes.ts';

export const openCaseSchema = z.object({
  type: z.enum(licenseTypes),
  productId: z.string().min(1).max(64).optional(),
  /** for a business-wide NIB case without a product */
  producerId: z.string().min(1).max(64).optional(),
  note: z.string().trim().max(500).optional(),
});
export const stepSchema = z.object({ note: z.string().trim().max(500).optional() });
/** dates as Date, "YYYY-MM-DD" / "DD-MM-YYYY" (the start of that day in WITA) or a full ISO timestamp */
const dateInput = z.union([z.date(), z.string().max(40)]).transform((v, ctx) => {
  const date = v instanceof Date ? (Number.isNaN(v.getTime()) ? null : v) : parseDateOnly(v);
  if (!date) ctx.addIssue({ code: 'custom', message: 'not a date' });
  return date ?? z.NEVER;
});
export const certificateSchema = z.object({
  number: z.string().trim().min(1).max(64),
  issuedAt: dateInput,
  expiresAt: dateInput.nullable().optional(),
});

export function parseCaseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw invalid(r.error.issues[0]?.message ?? 'invalid input', 'licensing:errors.input');
  return r.data;
}

