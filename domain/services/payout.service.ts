// Paying producers what online buyers paid: the ledger is credited when an order completes (the buyer
// confirms receipt, or N days after shipping without a word: autoComplete), officials see who is owed,
// mark a transfer with its bank reference, and export the list as CSV.
import { z } from 'zod';
import { conflict, forbidden } from '../lib/errors.ts';
import { formatIdr } from '../lib/i18n.ts';
import type { OrderRepository } from '../repositories/order.repository.ts';
import type { BalanceRow, PayoutRepository } from '../repositories/payout.repository.ts';
import type { Actor } from './actor.ts';
import { ledgerLines } from './ledger-lines.ts';
import { transitionNotes } from './order-notify.ts';
import { parseWith } from './order.service.ts';

export interface PayoutDeps {
  payouts: PayoutRepository;
  orders: OrderRepository;
  settings: { platformFeePercent: number; autoCreditDays: number };
  now: () => Date;
}

export const markSchema = z.object({ producerId: z.string().trim().min(1).max(64), amountIdr: z.number().int().positive(), reference: z.string().trim().min(3).max(100) });

const isOfficial = (a: Actor) => a.role === 'ADMIN';
const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // quote always; a leading = + - @ would be a formula in a spreadsheet
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

export function createPayoutService(deps: PayoutDeps) {
  const { payouts } = deps;

  function requireOfficial(actor: Actor) {
    if (!isOfficial(actor)) throw forbidden('officials only', 'payment:errors.adminsOnly');
  }

  return {
    async list(actor: Actor): Promise<BalanceRow[]> {
      requireOfficial(actor);
      return (await payouts.balances()).filter((b) => b.balanceIdr > 0);
    },

    async history(actor: Actor) {
      requireOfficial(actor);
      return payouts.payouts();
    },

    /** the producer's own balance and last entries */
    async mine(actor: Actor) {
      if (!actor.producerId) throw forbidden('not a producer', 'orders:errors.notProducer');
      return { balanceIdr: await payouts.balanceOf(actor.producerId), entries: await payouts.entriesOf(actor.producerId) };
    },

    /** Marks the producer's balance as transferred; the amount must be the balance the official saw. */
    async markTransferred(actor: Actor, input: z.input<typeof markSchema>) {
      requireOfficial(actor);
      const d = parseWith(markSchema, input, 'payment:errors.badPayout');
      const owner = (await payouts.balances()).find((b) => b.producerId === d.producerId);
      const notes = owner ? [{ recipientId: owner.userId, template: 'payment:notify.payout.producer', params: { amount: formatIdr(d.amountIdr), reference: d.reference } }] : [];
      const payout = await payouts.recordPayout({ ...d, actorId: actor.userId, at: deps.now(), notes });
      if (!payout) throw conflict('balance changed meanwhile', 'payment:errors.balanceChanged');
      return payout;
    },

    /** owed balances, then the payouts made: one sheet to transfer from and reconcile against the bank */
    async csv(actor: Actor): Promise<string> {
      requireOfficial(actor);
      const owed = (await payouts.balances()).filter((b) => b.balanceIdr > 0).map((b) => ['owed', b.businessName, b.bankName, b.bankAccount, b.bankHolder, b.balanceIdr, '', '']);
      const paid = (await payouts.payouts()).map((p) => ['paid', p.producer.businessName, p.producer.bankName, p.producer.bankAccount, p.producer.bankHolder, p.amountIdr, p.reference, p.createdAt.toISOString()]);
      const head = ['kind', 'producer', 'bank', 'account', 'holder', 'amount_idr', 'reference', 'transferred_at'];
      return [head, ...owed, ...paid].map((r) => r.map((v) => csvCell(v)).join(',')).join('\r\n') + '\r\n';
    },

    /** Orders paid online, shipped N days ago with no word from the buyer: complete and credit the producer. */
    async autoComplete(now: Date = deps.now()): Promise<{ completed: number }> {
      const cutoff = new Date(now.getTime() - deps.settings.autoCreditDays * 86_400_000);
      let completed = 0;
      for (const { id } of await payouts.dueForAutoComplete(cutoff, 100)) {
        const o = await deps.orders.findById(id);
        if (!o || (o.status !== 'SHIPPED' && o.status !== 'READY_FOR_PICKUP')) continue;
        const moved = await deps.orders.transition({
          orderId: o.id, from: o.status, to: 'COMPLETED', actorId: null, at: now, note: 'auto-completed', where: { updatedAt: { lte: cutoff } },
          notes: transitionNotes('completed', o, ['buyer', 'producer']),
          ledger: ledgerLines(o, deps.settings.platformFeePercent),
        });
        if (moved) completed++;
      }
      return { completed };
    },
  };
}

export type PayoutService = ReturnType<typeof createPayoutService>;
