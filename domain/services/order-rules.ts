// Who may move an order, and from which status. One table for the whole life cycle, so the chat, the API and
// the expiry job all obey the same rules. Checks run in a fixed order: not a party of the order at all
// (forbidden, "not yours"), a party without the right (forbidden), then a status that does not allow the
// step (conflict). The repository's conditional update settles races between two steps afterwards.
import type { DeliveryMethod, OrderStatus, PaymentMethod } from '../../prisma/generated/client.ts';
import { conflict, forbidden } from '../lib/errors.ts';
import type { Actor } from './actor.ts';

export type OrderParty = 'buyer' | 'producer' | 'admin';
export type OrderStep = 'view' | 'accept' | 'decline' | 'cancel' | 'pay' | 'confirm' | 'ship' | 'complete' | 'rate';

export interface RuleOrder {
  buyerId: string;
  producerId: string;
  status: OrderStatus;
  deliveryMethod: DeliveryMethod;
  paymentMethod: PaymentMethod;
}

/** Statuses in which nothing happens any more. */
export const FINAL_STATUSES: OrderStatus[] = ['COMPLETED', 'DECLINED', 'CANCELLED', 'EXPIRED'];
/** Statuses in which the order still holds stock and awaits someone. */
export const OPEN_STATUSES: OrderStatus[] = ['AWAITING_CONFIRMATION', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED', 'PAID', 'SHIPPED', 'READY_FOR_PICKUP'];

export function partiesOf(actor: Actor, order: Pick<RuleOrder, 'buyerId' | 'producerId'>): Set<OrderParty> {
  const parties = new Set<OrderParty>();
  if (order.buyerId === actor.userId) parties.add('buyer');
  if (actor.producerId && order.producerId === actor.producerId) parties.add('producer');
  if (actor.role === 'ADMIN') parties.add('admin');
  return parties;
}

const isCash = (o: RuleOrder) => o.paymentMethod === 'CASH_ON_PICKUP';
/** paid through the gateway: only its word makes the order paid, and the checkout's one payment covers every order */
const isOnline = (o: RuleOrder) => o.paymentMethod === 'ONLINE_QRIS' || o.paymentMethod === 'VIRTUAL_ACCOUNT' || o.paymentMethod === 'EWALLET';

/** Who may take `step` on `order` as it stands now; an empty list means the status forbids it. */
export function allowedParties(step: OrderStep, o: RuleOrder): OrderParty[] {
  const s = o.status;
  switch (step) {
    case 'view':
      return ['buyer', 'producer', 'admin'];
    case 'accept':
      return s === 'AWAITING_CONFIRMATION' ? ['producer', 'admin'] : [];
    case 'decline':
      // a cash buyer who never comes: the producer may still call the pickup off
      return s === 'AWAITING_CONFIRMATION' || (s === 'READY_FOR_PICKUP' && isCash(o)) ? ['producer', 'admin'] : [];
    case 'cancel':
      // one order out of a checkout's open payment would leave the payment's amount wrong: it expires instead
      if (isOnline(o) && s === 'AWAITING_PAYMENT') return ['admin'];
      return s === 'AWAITING_CONFIRMATION' || s === 'AWAITING_PAYMENT' || (s === 'READY_FOR_PICKUP' && isCash(o)) ? ['buyer', 'admin'] : [];
    case 'pay':
      // a second photo replaces the first until the producer confirms
      return !isCash(o) && (s === 'AWAITING_PAYMENT' || s === 'PAYMENT_SUBMITTED') ? ['buyer'] : [];
    case 'confirm':
      if (isOnline(o)) return [];
      if (isCash(o)) return s === 'READY_FOR_PICKUP' ? ['producer', 'admin'] : [];
      return s === 'PAYMENT_SUBMITTED' || s === 'AWAITING_PAYMENT' ? ['producer', 'admin'] : [];
    case 'ship':
      return s === 'PAID' ? ['producer', 'admin'] : [];
    case 'complete':
      if (s === 'SHIPPED') return ['buyer', 'admin'];
      if (s === 'READY_FOR_PICKUP') return isCash(o) ? ['producer', 'admin'] : ['buyer', 'producer', 'admin'];
      return [];
    case 'rate':
      return s === 'COMPLETED' ? ['buyer'] : [];
  }
}

/** Which parties may ever take a step (whatever the status): tells "not for you" from "not now". */
const everAllowed: Record<OrderStep, OrderParty[]> = {
  view: ['buyer', 'producer', 'admin'],
  accept: ['producer', 'admin'],
  decline: ['producer', 'admin'],
  cancel: ['buyer', 'admin'],
  pay: ['buyer'],
  confirm: ['producer', 'admin'],
  ship: ['producer', 'admin'],
  complete: ['buyer', 'producer', 'admin'],
  rate: ['buyer'],
};

/** 403 unless the actor is a party that may ever take the step (whatever the order's status). */
export function requireParty(actor: Actor, step: OrderStep, order: RuleOrder): Set<OrderParty> {
  const parties = partiesOf(actor, order);
  if (parties.size === 0) throw forbidden('not a party of this order', 'orders:errors.notYours');
  if (!everAllowed[step].some((p) => parties.has(p))) throw forbidden(`${step} is not for this party`, 'orders:errors.notAllowed');
  return parties;
}

/** Throws the DomainError a step deserves; returns the parties the actor acts as. */
export function requireStep(actor: Actor, step: OrderStep, order: RuleOrder & { number: string }): Set<OrderParty> {
  const parties = requireParty(actor, step, order);
  const allowed = allowedParties(step, order);
  if (!allowed.some((p) => parties.has(p))) {
    throw conflict(`${step} not possible in status ${order.status}`, 'orders:errors.illegal', { number: order.number, status: order.status });
  }
  return parties;
}

// the step forward first, the way out (decline, cancel) last
const ACTION_STEPS: OrderStep[] = ['accept', 'pay', 'confirm', 'ship', 'complete', 'rate', 'decline', 'cancel'];

/** The steps the actor can take on the order now: what the chat offers as buttons. */
export function stepsFor(actor: Actor, order: RuleOrder): OrderStep[] {
  const parties = partiesOf(actor, order);
  return ACTION_STEPS.filter((step) => allowedParties(step, order).some((p) => parties.has(p)));
}
