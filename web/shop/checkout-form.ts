// The checkout form as the web sends it: the recipient and the address (the shipping step), then the
// payment method (the review step carries the first step's fields along, hidden). District and street go
// into the order's address line together, since an order keeps one line for both.
import { provinces } from '../../domain/understanding/provinces.ts';
import type { quoteSchema } from '../../domain/services/checkout.service.ts';
import type { z } from 'zod';

export interface CheckoutFields {
  recipientName: string;
  recipientPhone: string;
  deliveryMethod: 'COURIER' | 'PICKUP_PRODUCER';
  /** "ID" or a country's English name */
  country: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postalCode: string;
}

/** countries buyers abroad name most (Timor-Leste next door, the diaspora in Malaysia and Singapore ...) */
export const COUNTRIES = ['Singapore', 'Malaysia', 'Timor-Leste', 'Australia', 'Japan', 'South Korea', 'Hong Kong', 'Taiwan', 'Netherlands', 'Germany', 'United Kingdom', 'United States', 'Canada', 'New Zealand', 'Saudi Arabia'] as const;

export const PROVINCE_NAMES = provinces().map((p) => p.name);

export function fieldsOf(form: Record<string, string>): CheckoutFields {
  const country = form.country === 'ID' || (COUNTRIES as readonly string[]).includes(form.country ?? '') ? form.country! : 'ID';
  return {
    recipientName: (form.recipientName ?? '').trim(),
    recipientPhone: (form.recipientPhone ?? '').trim(),
    deliveryMethod: form.deliveryMethod === 'PICKUP_PRODUCER' ? 'PICKUP_PRODUCER' : 'COURIER',
    country,
    province: country === 'ID' ? (PROVINCE_NAMES.find((p) => p === form.province) ?? '') : (form.province ?? '').trim(),
    city: (form.city ?? '').trim(),
    district: (form.district ?? '').trim(),
    street: (form.street ?? '').trim(),
    postalCode: (form.postalCode ?? '').trim(),
  };
}

/** what the checkout service takes (quote and confirm share it) */
export function quoteInputOf(f: CheckoutFields): z.input<typeof quoteSchema> {
  const addressLine = [f.street, f.district].filter(Boolean).join(', ');
  return {
    recipientName: f.recipientName,
    recipientPhone: f.recipientPhone,
    deliveryMethod: f.deliveryMethod,
    country: f.country,
    ...(f.deliveryMethod === 'COURIER' ? { addressLine, city: f.city, province: f.province || undefined, postalCode: f.postalCode || undefined } : {}),
  };
}

export const emptyFields = (): CheckoutFields => ({ recipientName: '', recipientPhone: '', deliveryMethod: 'COURIER', country: 'ID', province: '', city: '', district: '', street: '', postalCode: '' });
