// The expiry job: orders not paid within the TTL after acceptance (AWAITING_PAYMENT past expiresAt), and
// orders the producer left unanswered longer than the TTL (AWAITING_CONFIRMATION), expire; their stock goes
// back on sale and both sides are told. Idempotent and safe with two processes: each order moves only through
// a conditional update that re-checks status and due time, so only one run can expire it.
import type { OrderRepository } from '../repositories/order.repository.ts';
import { transitionNotes } from './order-notify.ts';

interface ExpiryDeps {
  orders: OrderRepository;
  settings: { orderPaymentTtlHours: number };
  now: () => Date;
}

const BATCH = 100;
const MAX_BATCHES = 50;

export function createOrderExpiry(deps: ExpiryDeps) {
  return {
    /** Expires what is due at `now`; returns how many orders this call expired. */
    async expireUnpaid(now: Date = deps.now()): Promise<{ expired: number }> {
      const cutoff = new Date(now.getTime() - deps.settings.orderPaymentTtlHours * 3_600_000);
      let expired = 0;
      const seen = new Set<string>();
      for (let batch = 0; batch < MAX_BATCHES; batch++) {
        const due = (await deps.orders.dueForExpiry(now, cutoff, BATCH)).filter((d) => !seen.has(d.id));
        if (due.length === 0) break;
        for (const { id } of due) {
          seen.add(id);
          const o = await deps.orders.findById(id);
          if (!o || (o.status !== 'AWAITING_PAYMENT' && o.status !== 'AWAITING_CONFIRMATION')) continue;
          const moved = await deps.orders.transition({
            orderId: o.id,
            from: o.status,
            to: 'EXPIRED',
            actorId: null,
            at: now,
            note: 'expired',
            where: o.status === 'AWAITING_PAYMENT' ? { expiresAt: { lte: now } } : { createdAt: { lte: cutoff } },
            releaseStock: o.items.map((i) => ({ productId: i.productId, quantity: i.quantity })),
            notes: transitionNotes('expired', o, ['buyer', 'producer']),
          });
          if (moved) expired++;
        }
      }
      return { expired };
    },
  };
}
