// What checkout makes of the cart: lines grouped per producer (each group becomes one order), the lines that
// cannot be ordered as they stand (gone from sale, own product, fewer left than asked), and the payment
// methods every producer of the cart can take.
import type { PaymentMethod } from '../../prisma/generated/client.ts';
import type { CheckoutCartRow } from '../repositories/order.repository.ts';

export interface CheckoutLine {
  productId: string;
  name: string;
  nameEn: string | null;
  unit: string;
  priceIdr: number;
  quantity: number;
  lineTotalIdr: number;
  weightGrams: number;
}

export interface CheckoutGroupView {
  producer: { id: string; userId: string; businessName: string; regionName: string; regionCode: string; allowsCashOnPickup: boolean; hasQris: boolean };
  lines: CheckoutLine[];
  subtotalIdr: number;
}

export type CheckoutProblemKind = 'unavailable' | 'aboveStock';

export interface CheckoutProblem {
  productId: string;
  name: string;
  requested: number;
  /** what can still be ordered (0: nothing) */
  available: number;
  kind: CheckoutProblemKind;
}

export interface CheckoutPreview {
  groups: CheckoutGroupView[];
  problems: CheckoutProblem[];
  totalIdr: number;
  itemCount: number;
  /** payment methods every producer of the cart accepts (cash only matters with a pickup) */
  paymentMethods: PaymentMethod[];
  /** a fresh idempotency key: keep it with the summary and send it back with the confirmation */
  checkoutKey: string;
}

function problemOf(row: CheckoutCartRow, buyerId: string): CheckoutProblem | null {
  const p = row.product;
  const base = { productId: p.id, name: p.nameId, requested: row.quantity };
  if (p.status !== 'APPROVED' || p.paused || p.stock <= 0 || p.producer.userId === buyerId) return { ...base, available: 0, kind: 'unavailable' };
  if (row.quantity > p.stock) return { ...base, available: p.stock, kind: 'aboveStock' };
  return null;
}

/** What the operator offers besides the producers' own ways: online payment, and bank transfer kept or not. */
export interface PaymentOffer {
  online: boolean;
  bankTransfer: boolean;
}

export function buildPreview(rows: CheckoutCartRow[], buyerId: string, checkoutKey: string, offer: PaymentOffer = { online: false, bankTransfer: true }): CheckoutPreview {
  const groups = new Map<string, CheckoutGroupView>();
  const problems: CheckoutProblem[] = [];
  for (const row of rows) {
    const problem = problemOf(row, buyerId);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const p = row.product;
    const pr = p.producer;
    let group = groups.get(pr.id);
    if (!group) {
      group = {
        producer: { id: pr.id, userId: pr.userId, businessName: pr.businessName, regionName: pr.region.name, regionCode: pr.regionCode, allowsCashOnPickup: pr.allowsCashOnPickup, hasQris: pr.qrisMediaId !== null },
        lines: [],
        subtotalIdr: 0,
      };
      groups.set(pr.id, group);
    }
    const lineTotalIdr = p.priceIdr * row.quantity;
    group.lines.push({ productId: p.id, name: p.nameId, nameEn: p.nameEn, unit: p.unit, priceIdr: p.priceIdr, quantity: row.quantity, lineTotalIdr, weightGrams: p.weightGrams * row.quantity });
    group.subtotalIdr += lineTotalIdr;
  }
  const list = [...groups.values()];
  // online first (paid at once, one payment for every producer); the producer's own QRIS only without it
  const paymentMethods: PaymentMethod[] = offer.online ? ['ONLINE_QRIS', 'VIRTUAL_ACCOUNT', 'EWALLET'] : [];
  if (offer.bankTransfer || !offer.online) paymentMethods.push('BANK_TRANSFER');
  if (!offer.online && list.length > 0 && list.every((g) => g.producer.hasQris)) paymentMethods.push('QRIS');
  if (list.length > 0 && list.every((g) => g.producer.allowsCashOnPickup)) paymentMethods.push('CASH_ON_PICKUP');
  return {
    groups: list,
    problems,
    totalIdr: list.reduce((s, g) => s + g.subtotalIdr, 0),
    itemCount: list.reduce((s, g) => s + g.lines.reduce((n, l) => n + l.quantity, 0), 0),
    paymentMethods,
    checkoutKey,
  };
}
