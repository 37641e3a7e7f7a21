// Request and response shapes of /api/v1/display-points (OpenAPI). The services validate again; these
// document the API and turn malformed requests into 400s before any work.
import { z } from '@hono/zod-openapi';
import { idString } from '../../../domain/lib/http/params.ts';
import { pointKinds } from '../../../domain/services/display-input.ts';

export const codeParam = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{2,20}$/, 'a point code: 2 to 20 letters, digits, "_" or "-"').openapi({ example: 'KOE' }) });
export const labelFileParam = codeParam.extend({ file: z.string().regex(/^[A-Za-z0-9]{2,20}\.png$/).openapi({ example: 'KBJ01.png', description: '<productCode>.png' }) });

export const pointSchema = z
  .object({
    code: z.string(),
    kind: z.enum(pointKinds),
    name: z.string(),
    city: z.string(),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    address: z.string().nullable(),
    contact: z.string().nullable(),
    managerId: z.string().nullable(),
    active: z.boolean(),
  })
  .openapi('DisplayPoint');

export const pointListSchema = z.object({ items: z.array(pointSchema.extend({ manageable: z.boolean() })) });

export const pointCreateBody = z
  .object({
    code: z.string().min(2).max(20).openapi({ example: 'HTL-SASANDO' }),
    kind: z.string().openapi({ example: 'HOTEL', description: 'AIRPORT, PORT, HOTEL, EXHIBITION or OTHER' }),
    name: z.string().min(2).max(120),
    city: z.string().min(2).max(80),
    regionCode: z.string().nullable().optional().openapi({ example: '53.71', description: 'null for a point outside NTT' }),
    address: z.string().max(300).nullable().optional(),
    contact: z.string().max(120).nullable().optional(),
    managerId: idString('the official managing the point').nullable().optional(),
    active: z.boolean().optional(),
  })
  .openapi('DisplayPointInput', { example: { code: 'HTL-SASANDO', kind: 'HOTEL', name: 'Hotel Sasando', city: 'Kupang', regionCode: '53.71', address: 'Jl. Perintis Kemerdekaan', contact: '0380 833 333' } });

export const pointUpdateBody = pointCreateBody.omit({ code: true }).partial().openapi('DisplayPointPatch', { example: { contact: '0380 833 334', active: true } });

export const placeBody = z
  .object({
    productCode: z.string().min(2).max(20).openapi({ example: 'KBJ01' }),
    quantity: z.number().int().min(1).max(10_000),
    startsOn: z.string().optional().openapi({ example: '2026-11-01', description: 'WITA day; today when absent' }),
    endsOn: z.string().nullable().optional().openapi({ example: '2026-12-31', description: 'last WITA day on display' }),
    days: z.number().int().min(1).max(730).optional().openapi({ description: 'instead of endsOn: days on display from the start' }),
  })
  .openapi('PlacementInput', { example: { productCode: 'KBJ01', quantity: 12, startsOn: '2026-12-01', days: 90 } });

export const placementSchema = z
  .object({
    point: pointSchema,
    productCode: z.string(),
    name: z.string(),
    quantityConsigned: z.number().int(),
    onHand: z.number().int(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    toppedUp: z.boolean(),
  })
  .openapi('Placement');

export const saleBody = z
  .object({
    productCode: z.string().min(2).max(20),
    quantity: z.number().int().min(1).max(10_000),
    kind: z.enum(['sale', 'return']).default('sale').openapi({ description: 'return: unsold units taken back by the producer' }),
  })
  .openapi('PlacementSaleInput', { example: { productCode: 'KBJ01', quantity: 2, kind: 'sale' } });

export const movementSchema = z
  .object({ point: pointSchema, productCode: z.string(), name: z.string(), kind: z.enum(['sale', 'return']), quantity: z.number().int(), onHand: z.number().int() })
  .openapi('PlacementMovement');

export const inventorySchema = z
  .object({
    point: pointSchema,
    items: z.array(
      z.object({
        productCode: z.string(),
        name: z.string(),
        nameEn: z.string().nullable(),
        unit: z.string(),
        priceIdr: z.number().int(),
        consigned: z.number().int(),
        onHand: z.number().int(),
        sold: z.number().int(),
        returned: z.number().int(),
        endsOn: z.string().nullable(),
      }),
    ),
  })
  .openapi('DisplayInventory');

export const reportQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional().openapi({ example: '2026-11' }),
  format: z.enum(['json', 'csv']).default('json'),
  lang: z.enum(['id', 'en']).default('id'),
});

export const labelQuery = z.object({ lang: z.enum(['id', 'en']).default('id'), copies: z.coerce.number().int().min(1).max(50).default(1) });

export const staffBody = z
  .union([z.object({ userId: idString('the staff member') }), z.object({ phone: z.string().min(6).max(24).openapi({ example: '081234567890' }) })])
  .openapi('DisplayStaffInput', { example: { phone: '081234567890' } });

export const staffSchema = z.object({ point: pointSchema, userId: z.string(), displayName: z.string(), added: z.boolean() });
