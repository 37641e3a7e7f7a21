// Buyers of the website: a browser's cookie names a web chat identity (channel WEB), so the storefront's
// cart and the web chat's are one cart, and a buyer is made only when they first put something in it
// (browsing makes no user). A checkout's orders are opened on the web by a private link naming an order
// number: whoever holds the link acts as the order's buyer, and the services still check every step.
import type { Lang } from '../lib/i18n.ts';
import type { OrderRepository } from '../repositories/order.repository.ts';
import type { PaymentRepository } from '../repositories/payment.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';

export interface WebBuyerDeps {
  users: UserRepository;
  orders: OrderRepository;
  payments: PaymentRepository;
}

export interface CheckoutRef {
  buyer: Actor;
  checkoutKey: string;
  /** the checkout's orders, oldest first */
  orderIds: string[];
}

export function createWebBuyerService(deps: WebBuyerDeps) {
  const { users, orders } = deps;

  async function find(chatId: string): Promise<Actor | null> {
    const identity = await users.findIdentity('WEB', chatId);
    return identity ? users.loadActor(identity.userId) : null;
  }

  return {
    /** the buyer behind a browser's web chat id, or null when it never bought or chatted */
    find,

    /** the buyer behind the browser, made (as the web chat would) on the first use */
    async ensure(chatId: string, language: Lang, displayName: string): Promise<Actor> {
      return (await find(chatId)) ?? users.createBuyerForIdentity({ channel: 'WEB', externalId: chatId, chatId, displayName, language });
    },

    /**
     * What the order page's watcher compares with what it shows: the checkout's online payment as the
     * page names it (ready: waiting for the money), from our database alone; the gateway's notification
     * is what moves it.
     */
    async paymentState(ref: CheckoutRef): Promise<'none' | 'ready' | 'paid' | 'closed'> {
      const p = await deps.payments.findByCheckout(ref.buyer.userId, ref.checkoutKey);
      if (!p) return 'none';
      return p.status === 'PENDING' ? 'ready' : p.status === 'PAID' ? 'paid' : 'closed';
    },

    /** a buyer by user id (a signed buyer cookie names it), or null when the user is gone */
    byUserId: (userId: string): Promise<Actor | null> => users.loadActor(userId),

    /**
     * The buyer behind a Telegram user whose Mini App launch data was verified: the same user as in the
     * bot's chat (one cart, one list of orders), made as the chat would make it on first use.
     */
    async telegram(user: { id: number; firstName: string }, language: Lang): Promise<Actor> {
      const externalId = String(user.id);
      const identity = await users.findIdentity('TELEGRAM', externalId);
      const known = identity ? await users.loadActor(identity.userId) : null;
      // a private chat's id is the user's id
      return known ?? users.createBuyerForIdentity({ channel: 'TELEGRAM', externalId, chatId: externalId, displayName: user.firstName.slice(0, 100) || externalId, language });
    },

    /** the checkout an order number belongs to, with its buyer (null: no such order) */
    async checkoutOf(number: string): Promise<CheckoutRef | null> {
      if (!/^[A-Z0-9-]{6,40}$/.test(number)) return null;
      const order = await orders.findIdByNumber(number);
      const buyer = order ? await users.loadActor(order.buyerId) : null;
      if (!order || !buyer) return null;
      return { buyer, checkoutKey: order.checkoutKey, orderIds: await orders.idsByCheckoutKey(order.buyerId, order.checkoutKey) };
    },
  };
}

export type WebBuyerService = ReturnType<typeof createWebBuyerService>;
