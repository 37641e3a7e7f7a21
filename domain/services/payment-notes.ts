// What a payment's moves tell people, written in the same transaction as the move (outbox): the buyer once
// per payment, each producer once per order (with its items and the button to ship), admins when money
// arrived for a checkout that had already expired.
import { formatIdr } from '../lib/i18n.ts';
import type { NotificationInput } from '../repositories/notification.repository.ts';
import type { OrderRow } from '../repositories/order.repository.ts';
import type { PaymentRow } from '../repositories/payment.repository.ts';
import { itemLines } from './order-view.ts';

const numbersOf = (rows: OrderRow[]) => rows.map((o) => o.number).join(', ');

export function paidNotes(p: PaymentRow, rows: OrderRow[]): NotificationInput[] {
  if (rows.length === 0) return [];
  const buyer: NotificationInput = {
    recipientId: p.buyerId,
    template: 'payment:notify.paid.buyer',
    params: { amount: formatIdr(p.amountIdr), numbers: numbersOf(rows) },
    choices: [{ labelKey: 'payment:buttons.myOrders', value: '!orders:' }],
  };
  const producers = rows.map<NotificationInput>((o) => ({
    recipientId: o.producer.userId,
    template: 'payment:notify.paid.producer',
    params: {
      number: o.number,
      items: itemLines(o.items),
      total: formatIdr(o.totalIdr ?? o.subtotalIdr),
      city: o.city ?? '-',
      delivery: `t:orders:delivery.${o.deliveryMethod}`,
    },
    choices: [
      { labelKey: 'orders:buttons.ship', value: `!order.ship:${o.id}` },
      { labelKey: 'orders:buttons.open', value: `!order.open:${o.id}` },
    ],
  }));
  return [buyer, ...producers];
}

export function expiredNotes(p: PaymentRow, rows: OrderRow[]): NotificationInput[] {
  if (rows.length === 0) return [];
  return [{ recipientId: p.buyerId, template: 'payment:notify.expired.buyer', params: { numbers: numbersOf(rows), amount: formatIdr(p.amountIdr) } }];
}

export function lateNotes(p: PaymentRow, adminIds: string[]): NotificationInput[] {
  const params = { amount: formatIdr(p.amountIdr), reference: p.gatewayOrderId };
  return [
    { recipientId: p.buyerId, template: 'payment:notify.late.buyer', params },
    ...adminIds.map((id) => ({ recipientId: id, template: 'payment:notify.late.admin', params })),
  ];
}
