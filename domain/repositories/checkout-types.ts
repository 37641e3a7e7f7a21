// What a checkout writes: shared by the one-statement checkout, its rows and the transaction it falls back to.
import type { DeliveryMethod, PaymentMethod } from '../../prisma/generated/client.ts';
import type { SnapshotLine } from './checkout-statement.ts';
import type { OrderRow } from './order-row.ts';

export interface CheckoutShared {
  buyerId: string;
  checkoutKey: string;
  deliveryMethod: DeliveryMethod;
  paymentMethod: PaymentMethod;
  pickupPointId: string | null;
  attributedPointId: string | null;
  recipientName: string;
  recipientPhone: string;
  /** a web guest's optional e-mail */
  buyerEmail?: string | null;
  addressLine: string | null;
  city: string | null;
  province: string | null;
  postalCode: string | null;
  country: string;
  /** the service's clock, so the order number's day and createdAt agree (and expiry tests can move time) */
  createdAt: Date;
  /** paid online with every shipping cost known: the orders wait for the payment, not for the producer */
  initialStatus?: 'AWAITING_CONFIRMATION' | 'AWAITING_PAYMENT';
  expiresAt?: Date | null;
}

export interface CheckoutGroup {
  producerId: string;
  /** with the price, name and unit the buyer was shown, the checkout is one statement (checkout-statement.ts) */
  lines: { productId: string; quantity: number; priceIdr?: number; name?: string; unit?: string }[];
  /** known at checkout (a pickup, or the producer's rate for the destination); absent: the producer sets it */
  shippingIdr?: number | null;
}

export interface PlacedOrder {
  id: string;
  number: string;
  producerId: string;
  subtotalIdr: number;
  shippingIdr: number | null;
  items: { productId: string; name: string; unit: string; priceIdr: number; quantity: number }[];
}

/** `orders`: the placed orders as the order read returns them, when the one statement read them back */
export type PlaceResult = { ok: true; created: boolean; orderIds: string[]; orders?: OrderRow[] } | { ok: false; shortProductIds: string[] };

export const isSnapshot = (line: CheckoutGroup['lines'][number]): line is SnapshotLine => line.priceIdr !== undefined && line.name !== undefined && line.unit !== undefined;

