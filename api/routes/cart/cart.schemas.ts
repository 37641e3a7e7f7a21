// zod schemas of the buyer's cart API (/api/v1/me/cart): they validate input and document the answers.
import { z } from '@hono/zod-openapi';
import { idParam, idString } from '../../../domain/lib/http/params.ts';

const name = z.object({ id: z.string(), en: z.string().nullable() });

export const cartLineSchema = z
  .object({
    id: z.string().openapi({ description: 'cart line id (for PATCH / DELETE)' }),
    productId: z.string(),
    code: z.string(),
    slug: z.string(),
    name,
    unit: z.string(),
    priceIdr: z.number().int().openapi({ description: 'current price, integer rupiah' }),
    weightGrams: z.number().int(),
    quantity: z.number().int(),
    stock: z.number().int(),
    lineTotalIdr: z.number().int(),
    orderable: z.boolean(),
    warning: z.enum(['unavailable', 'aboveStock']).nullable(),
  })
  .openapi('CartLine');

export const cartSchema = z
  .object({
    groups: z.array(
      z.object({
        producer: z.object({ id: z.string(), businessName: z.string(), regionCode: z.string(), regionShortName: z.string(), island: z.string() }),
        lines: z.array(cartLineSchema),
        subtotalIdr: z.number().int(),
      }),
    ),
    lines: z.array(cartLineSchema),
    totalIdr: z.number().int(),
    itemCount: z.number().int(),
    warnings: z.array(z.object({ lineId: z.string(), productId: z.string(), code: z.string(), name, kind: z.enum(['unavailable', 'aboveStock']), stock: z.number().int(), quantity: z.number().int() })),
    canCheckout: z.boolean(),
  })
  .openapi('Cart');

export const addBody = z
  .object({
    productId: idString('product id or code'),
    quantity: z.number().int().min(1).max(999).default(1),
  })
  .openapi('CartAddInput', { example: { productId: 'KBJ01', quantity: 2 } });

export const quantityBody = z.object({ quantity: z.number().int().min(1).max(999) }).openapi('CartQuantityInput', { example: { quantity: 3 } });

export const lineIdParam = idParam('lineId', 'cart line id');
