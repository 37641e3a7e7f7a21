// The shape of an order for the API and the chat. Privacy: the recipient's phone and address appear only in
// the detail view, which only the order's buyer, its producer and admins can open (order.service checks);
// lists carry the city alone. Nothing here is ever logged.
import type { DeliveryMethod, OrderStatus, PaymentMethod } from '../../prisma/generated/client.ts';
import type { OrderRow, PointRow } from '../repositories/order.repository.ts';
import { formatIdr } from '../lib/i18n.ts';

export interface OrderItemView {
  productId: string;
  name: string;
  unit: string;
  priceIdr: number;
  quantity: number;
  lineTotalIdr: number;
}

export interface OrderSummaryView {
  id: string;
  number: string;
  status: OrderStatus;
  buyerId: string;
  producer: { id: string; businessName: string; regionName: string };
  items: OrderItemView[];
  subtotalIdr: number;
  shippingIdr: number | null;
  totalIdr: number | null;
  deliveryMethod: DeliveryMethod;
  paymentMethod: PaymentMethod;
  /** the buyer's city (or country abroad): all a list shows of where the order goes */
  city: string | null;
  expiresAt: string | null;
  createdAt: string;
}

export interface OrderView extends OrderSummaryView {
  recipient: { name: string; phone: string; addressLine: string | null; city: string | null; province: string | null; postalCode: string | null; country: string; email?: string | null };
  pickupPoint: { code: string; name: string; city: string; address: string | null } | null;
  courier: string | null;
  trackingNumber: string | null;
  paymentProofMediaId: string | null;
  reason: string | null;
  attributedPointCode: string | null;
  /** how to pay this producer: shown once the order is accepted */
  payTo: { bankName: string | null; bankAccount: string | null; bankHolder: string | null; qrisMediaId: string | null; phone: string | null } | null;
}

export function toOrderSummary(o: OrderRow): OrderSummaryView {
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    buyerId: o.buyerId,
    producer: { id: o.producer.id, businessName: o.producer.businessName, regionName: o.producer.region.name },
    items: o.items.map((i) => ({ productId: i.productId, name: i.name, unit: i.unit, priceIdr: i.priceIdr, quantity: i.quantity, lineTotalIdr: i.priceIdr * i.quantity })),
    subtotalIdr: o.subtotalIdr,
    shippingIdr: o.shippingIdr,
    totalIdr: o.totalIdr,
    deliveryMethod: o.deliveryMethod,
    paymentMethod: o.paymentMethod,
    city: o.country !== 'ID' ? [o.city, o.country].filter(Boolean).join(', ') : o.city,
    expiresAt: o.expiresAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
  };
}

export function toOrderView(o: OrderRow, pickupPoint: PointRow | null): OrderView {
  const accepted = o.status !== 'AWAITING_CONFIRMATION';
  const p = o.producer;
  return {
    ...toOrderSummary(o),
    recipient: { name: o.recipientName, phone: o.recipientPhone, addressLine: o.addressLine, city: o.city, province: o.province, postalCode: o.postalCode, country: o.country, email: o.buyerEmail },
    pickupPoint: pickupPoint ? { code: pickupPoint.code, name: pickupPoint.name, city: pickupPoint.city, address: pickupPoint.address } : null,
    courier: o.courier,
    trackingNumber: o.trackingNumber,
    paymentProofMediaId: o.paymentProofMediaId,
    reason: o.reason,
    attributedPointCode: o.attributedPoint?.code ?? null,
    payTo: accepted ? { bankName: p.bankName, bankAccount: p.bankAccount, bankHolder: p.bankHolder, qrisMediaId: p.qrisMediaId, phone: p.phone } : null,
  };
}

/** "• 2 × Kopi Arabika (250 g) — Rp150.000" per line: the same in both languages (names are snapshots). */
export function itemLines(items: { name: string; unit: string; priceIdr: number; quantity: number }[]): string {
  return items.map((i) => `• ${i.quantity} × ${i.name} (${i.unit}) — ${formatIdr(i.priceIdr * i.quantity)}`).join('\n');
}
