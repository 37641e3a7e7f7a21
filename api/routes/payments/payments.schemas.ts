// zod schemas of the payment, shipping and payout routes.
import { z } from '@hono/zod-openapi';

export const notificationBody = z
  .object({
    order_id: z.string().min(1).max(200),
    status_code: z.string().min(1).max(10),
    gross_amount: z.string().min(1).max(30),
    signature_key: z.string().min(1).max(200),
    transaction_status: z.string().max(40).optional(),
  })
  .passthrough()
  // Midtrans sends many more fields, all kept for the signature and the log; documented as "any" (not nullable)
  .openapi('MidtransNotification', {
    additionalProperties: true,
    example: { order_id: 'ETL-7f3a9c-1', status_code: '200', gross_amount: '150000.00', signature_key: '9c1b…', transaction_status: 'settlement' },
  });

export const notificationAnswer = z.object({ ok: z.boolean(), outcome: z.enum(['settled', 'duplicate', 'expired', 'late_settlement_flagged', 'amount_mismatch', 'refunded', 'pending', 'ignored']) });

export const paymentSchema = z
  .object({
    id: z.string(),
    gatewayOrderId: z.string(),
    method: z.string(),
    status: z.string(),
    amountIdr: z.number().int(),
    expiresAt: z.string(),
    redirectUrl: z.string().nullable().openapi({ description: 'the gateway payment page (virtual account, e-wallet)' }),
    qrString: z.string().nullable().openapi({ description: 'QRIS payload to show as a QR code' }),
    qrMediaId: z.string().nullable(),
    orderNumbers: z.array(z.string()),
  })
  .openapi('Payment');

export const startAnswer = z.object({ state: z.enum(['ready', 'waitingShipping', 'paid', 'closed']), payment: paymentSchema.optional(), numbers: z.array(z.string()).optional() });

export const idParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' } }) });

const zone = z.enum(['SAME_REGENCY', 'NTT', 'INDONESIA', 'ABROAD']);
export const ratesSchema = z.object({ rates: z.array(z.object({ zone, baseIdr: z.number().int().min(0), perKgIdr: z.number().int().min(0) })).max(4) }).openapi('ShippingRates', { example: { rates: [{ zone: 'SAME_REGENCY', baseIdr: 10000, perKgIdr: 2000 }, { zone: 'NTT', baseIdr: 25000, perKgIdr: 5000 }] } });
export const estimateQuery = z.object({ destination: z.string().min(2).max(100), productId: z.string().max(64).optional() });
export const estimateAnswer = z.object({ items: z.array(z.object({ producerId: z.string(), businessName: z.string(), zone, weightGrams: z.number().int(), shippingIdr: z.number().int().nullable() })) });

export const balanceSchema = z.object({ producerId: z.string(), businessName: z.string(), bankName: z.string().nullable(), bankAccount: z.string().nullable(), bankHolder: z.string().nullable(), balanceIdr: z.number().int() }).openapi('PayoutBalance');
export const markBody = z.object({ producerId: z.string().min(1).max(64), amountIdr: z.number().int().positive(), reference: z.string().min(3).max(100) }).openapi('PayoutTransfer', { example: { producerId: 'cm4producer0001', amountIdr: 450000, reference: 'BRI-TRF-20261201-0042' } });
export const payoutSchema = z.object({ id: z.string(), producerId: z.string(), amountIdr: z.number().int(), reference: z.string(), createdAt: z.string() }).openapi('Payout');
export const refundBody = z.object({ reason: z.string().min(3).max(255) }).openapi('RefundRequest', { example: { reason: 'dibayar setelah pesanan kedaluwarsa' } });
