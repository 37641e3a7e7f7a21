// What the display-network services accept: point codes and details, placements (dates as WITA days),
// sales and returns, staff. Each schema is forgiving about case and spaces, strict about what is stored.
import { z } from 'zod';
import { parseDateOnly } from '../licensing/dates.ts';
import { invalid } from '../lib/errors.ts';
import { witaDay } from '../lib/time.ts';

const DAY_MS = 86_400_000;

/** Point codes: IATA codes ("KOE"), "PEL-TENAU", "HTL-SASANDO"; at most 20 characters so checkout can carry them. */
export const pointCode = z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/);
export const productCode = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{2,20}$/);

export const pointKinds = ['AIRPORT', 'PORT', 'HOTEL', 'EXHIBITION', 'OTHER'] as const;
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const pointCreateSchema = z.object({
  code: pointCode,
  kind: z.string().trim().toUpperCase().pipe(z.enum(pointKinds)),
  name: z.string().trim().min(2).max(120),
  city: z.string().trim().min(2).max(80),
  /** a regency or city of NTT; null or absent for a point elsewhere (Jakarta, Surabaya, Denpasar ...) */
  regionCode: z.string().regex(/^53\.\d{2}$/).nullable().optional(),
  address: optionalText(300),
  contact: optionalText(120),
  managerId: z.string().min(1).max(64).nullable().optional(),
  active: z.boolean().optional(),
});
export type PointCreateInput = z.input<typeof pointCreateSchema>;

export const pointUpdateSchema = pointCreateSchema.omit({ code: true }).partial();
export type PointUpdateInput = z.input<typeof pointUpdateSchema>;

export const placeSchema = z.object({
  productCode,
  quantity: z.number().int().min(1).max(10_000),
  /** "YYYY-MM-DD" (WITA); today when absent */
  startsOn: z.string().trim().max(30).optional(),
  /** "YYYY-MM-DD" (WITA, the last day on display); open-ended when absent and no `days` */
  endsOn: z.string().trim().max(30).nullable().optional(),
  /** or: on display for this many days from the start */
  days: z.number().int().min(1).max(730).optional(),
});
export type PlaceInput = z.input<typeof placeSchema>;

export const movementSchema = z.object({
  /** the point; may be left out in chat when the staff member works at one point only */
  pointCode: pointCode.optional(),
  productCode,
  quantity: z.number().int().min(1).max(10_000),
  kind: z.enum(['sale', 'return']),
});
export type MovementInput = z.input<typeof movementSchema>;

export const staffSchema = z.union([z.object({ userId: z.string().min(1).max(64) }), z.object({ phone: z.string().trim().min(6).max(24) })]);
export type StaffInput = z.input<typeof staffSchema>;

/** Parses with a schema; a failure is a validation error with the given message key. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, key: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), key);
  return parsed.data;
}

/** The start (UTC instant) of the WITA day containing `now`. */
export function startOfWitaDay(now: Date): Date {
  return parseDateOnly(witaDay(now))!;
}

/** A placement's days from what was typed: start (default today) and end (a date, a number of days, or none). */
export function placementDays(input: { startsOn?: string; endsOn?: string | null; days?: number }, now: Date): { startsOn: Date; endsOn: Date | null } {
  const startsOn = input.startsOn ? parseDateOnly(input.startsOn) : startOfWitaDay(now);
  if (!startsOn) throw invalid('startsOn must be a date YYYY-MM-DD', 'display:errors.badDate', { value: input.startsOn ?? '' });
  let endsOn: Date | null = null;
  if (input.endsOn) {
    endsOn = parseDateOnly(input.endsOn);
    if (!endsOn) throw invalid('endsOn must be a date YYYY-MM-DD', 'display:errors.badDate', { value: input.endsOn });
  } else if (input.days) endsOn = new Date(startsOn.getTime() + input.days * DAY_MS);
  if (endsOn && endsOn.getTime() < startsOn.getTime()) {
    throw invalid('the placement ends before it starts', 'display:errors.endsBeforeStart', { start: witaDay(startsOn), end: witaDay(endsOn) });
  }
  return { startsOn, endsOn };
}
