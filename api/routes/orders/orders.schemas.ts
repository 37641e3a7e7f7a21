// zod schemas of the orders API: they validate input and document the answers. The recipient block (phone,
// address) only appears in the detail of one order, which only its buyer, its producer and admins can read.
import { z } from '@hono/zod-openapi';
import { idParam, idString } from '../../../domain/lib/http/params.ts';

const statusEnum = z.enum(['AWAITING_CONFIRMATION', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED', 'PAID', 'SHIPPED', 'READY_FOR_PICKUP', 'COMPLETED', 'DECLINED', 'CANCELLED', 'EXPIRED']);
const deliveryEnum = z.enum(['COURIER', 'PICKUP_PRODUCER', 'PICKUP_DISPLAY_POINT']);
const paymentEnum = z.enum(['BANK_TRANSFER', 'QRIS', 'CASH_ON_PICKUP', 'ONLINE_QRIS', 'VIRTUAL_ACCOUNT', 'EWALLET']);

const itemSchema = z.object({ productId: z.string(), name: z.string(), unit: z.string(), priceIdr: z.number().int(), quantity: z.number().int(), lineTotalIdr: z.number().int() });

export const orderSummarySchema = z
  .object({
    id: z.string(),
    number: z.string().openapi({ example: 'ETL-261129-4K7Q' }),
    status: statusEnum,
    buyerId: z.string(),
    producer: z.object({ id: z.string(), businessName: z.string(), regionName: z.string() }),
    items: z.array(itemSchema),
    subtotalIdr: z.number().int(),
    shippingIdr: z.number().int().nullable().openapi({ description: 'set by the producer on acceptance' }),
    totalIdr: z.number().int().nullable(),
    deliveryMethod: deliveryEnum,
    paymentMethod: paymentEnum,
    city: z.string().nullable(),
    expiresAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('OrderSummary');

export const orderSchema = orderSummarySchema
  .extend({
    recipient: z.object({
      name: z.string(),
      phone: z.string(),
      addressLine: z.string().nullable(),
      city: z.string().nullable(),
      province: z.string().nullable(),
      postalCode: z.string().nullable(),
      country: z.string(),
    }),
    pickupPoint: z.object({ code: z.string(), name: z.string(), city: z.string(), address: z.string().nullable() }).nullable(),
    courier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    paymentProofMediaId: z.string().nullable(),
    reason: z.string().nullable(),
    attributedPointCode: z.string().nullable(),
    payTo: z.object({ bankName: z.string().nullable(), bankAccount: z.string().nullable(), bankHolder: z.string().nullable(), qrisMediaId: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  })
  .openapi('Order');

export const orderIdParam = idParam('id', 'order id');

export const listQuery = z.object({
  as: z.enum(['buyer', 'producer']).default('buyer').openapi({ description: 'my purchases, or the orders of my producer profile' }),
  open: z.enum(['true', 'false']).default('false').openapi({ description: 'only orders still in progress' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const acceptBody = z.object({ shippingIdr: z.number().int().min(0).max(10_000_000).optional().openapi({ description: 'required for courier delivery' }) }).openapi('OrderAcceptInput', { example: { shippingIdr: 45000 } });
export const declineBody = z.object({ reason: z.string().trim().min(2).max(300) }).openapi('OrderDeclineInput', { example: { reason: 'Stok habis minggu ini' } });
export const cancelBody = z.object({ reason: z.string().trim().max(300).optional() }).openapi('OrderCancelInput', { example: { reason: 'Salah pilih ukuran' } });
export const shipBody = z.object({ courier: z.string().trim().min(2).max(60).optional(), trackingNumber: z.string().trim().min(3).max(60).optional() }).openapi('OrderShipInput', { example: { courier: 'JNE REG', trackingNumber: 'JN1234567890' } });
export const rateBody = z.object({ productId: idString('a product of the order'), stars: z.number().int().min(1).max(5), comment: z.string().trim().max(500).optional() }).openapi('OrderRatingInput', { example: { productId: 'cmh2x1k9v0001qz8l3v5b7n2d', stars: 5, comment: 'Harum, sampai dengan baik' } });

export const checkoutBody = z
  .object({
    checkoutKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional().openapi({ description: 'idempotency key: repeating a request with the same key returns the same orders' }),
    recipientName: z.string().trim().min(2).max(100),
    recipientPhone: z.string().trim().min(6).max(24),
    deliveryMethod: deliveryEnum,
    paymentMethod: paymentEnum,
    addressLine: z.string().trim().max(300).optional(),
    city: z.string().trim().max(100).optional(),
    province: z.string().trim().max(100).optional(),
    postalCode: z.string().trim().max(12).optional(),
    country: z.string().trim().min(2).max(60).optional().openapi({ description: '"ID" (default) or the country abroad' }),
    pickupPointCode: z.string().trim().max(20).optional(),
    attributedPointCode: z.string().trim().max(20).optional(),
  })
  .openapi('CheckoutRequest', { example: { recipientName: 'Dewi Lestari', recipientPhone: '081234567890', deliveryMethod: 'COURIER', paymentMethod: 'BANK_TRANSFER', addressLine: 'Jl. Kemang Raya 10', city: 'Jakarta Selatan', province: 'DKI Jakarta', postalCode: '12730' } });

export const previewSchema = z
  .object({
    groups: z.array(
      z.object({
        producer: z.object({ id: z.string(), businessName: z.string(), regionName: z.string(), allowsCashOnPickup: z.boolean(), hasQris: z.boolean() }),
        lines: z.array(z.object({ productId: z.string(), name: z.string(), nameEn: z.string().nullable(), unit: z.string(), priceIdr: z.number().int(), quantity: z.number().int(), lineTotalIdr: z.number().int() })),
        subtotalIdr: z.number().int(),
      }),
    ),
    problems: z.array(z.object({ productId: z.string(), name: z.string(), requested: z.number().int(), available: z.number().int(), kind: z.enum(['unavailable', 'aboveStock']) })),
    totalIdr: z.number().int(),
    itemCount: z.number().int(),
    paymentMethods: z.array(paymentEnum),
    checkoutKey: z.string(),
  })
  .openapi('CheckoutPreview');

export const historySchema = z.array(z.object({ from: statusEnum.nullable(), to: statusEnum, note: z.string().nullable(), at: z.string() }));
