// What the platform owes a producer for an order paid online, written when the order completes: the order's
// total (goods and shipping) as a credit, the platform fee (a percentage, 0 by default) as a debit.
// Orders paid to the producer directly (bank transfer with proof, their own QRIS, cash) owe nothing.
import type { LedgerLine } from '../repositories/order-write.repository.ts';

export function ledgerLines(o: { id: string; producerId: string; paymentId: string | null; totalIdr: number | null; subtotalIdr: number }, feePercent: number): LedgerLine[] {
  if (!o.paymentId) return [];
  const total = o.totalIdr ?? o.subtotalIdr;
  const fee = Math.round((total * feePercent) / 100);
  return [
    { producerId: o.producerId, orderId: o.id, kind: 'credit', amountIdr: total },
    ...(fee > 0 ? [{ producerId: o.producerId, orderId: o.id, kind: 'fee' as const, amountIdr: -fee }] : []),
  ];
}
