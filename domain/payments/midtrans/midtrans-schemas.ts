// The shapes Midtrans sends: its HTTP notification and its status answer (the fields the domain reads).
import { z } from 'zod';

const text = z.string().min(1).max(200);

export const midtransNotificationSchema = z.object({
  order_id: text,
  status_code: z.string().min(1).max(10),
  gross_amount: z.string().min(1).max(30),
  signature_key: z.string().regex(/^[0-9a-fA-F]{128}$/),
  transaction_status: z.string().max(40).optional(),
});

export const midtransStatusSchema = z.object({
  status_code: z.string(),
  order_id: text,
  transaction_status: z.string(),
  gross_amount: z.string(),
  transaction_id: z.string().optional(),
  fraud_status: z.string().optional(),
});
