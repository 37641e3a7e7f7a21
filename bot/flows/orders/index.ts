// The orders feature in the chat: checkout, the buyer's orders, the producer's incoming orders, ratings,
// the order buttons ("!order.*") and /orders.
import type { FlowModule } from '../../core/registry.ts';
import { BUYER_ORDERS_FLOW, buyerOrdersFlow, proofWithoutAsking } from './buyer-orders.flow.ts';
import { checkoutFlow } from './checkout.flow.ts';
import { orderActions } from './order-actions.ts';
import { ratingFlow } from './rating.flow.ts';
import { SELLER_ORDERS_FLOW, sellerOrdersFlow } from './seller-orders.flow.ts';

export const ordersModule: FlowModule = {
  flows: [checkoutFlow, buyerOrdersFlow, sellerOrdersFlow, ratingFlow],
  actions: orderActions,
  // a transfer's proof photo sent without tapping "Kirim bukti bayar" first
  media: proofWithoutAsking,
  intents: {
    // "bayar": the cart to checkout when there is one, else the orders (where an accepted order is paid)
    pay: async (ctx) => ((await ctx.services.cart.view(ctx.actor)).lines.length > 0 ? { flow: 'checkout' } : { flow: BUYER_ORDERS_FLOW }),
    orderStatus: () => ({ flow: BUYER_ORDERS_FLOW }),
    incomingOrders(ctx) {
      if (ctx.actor.producerId) return { flow: SELLER_ORDERS_FLOW };
      ctx.reply({ type: 'text', text: ctx.t('conversation:onlyProducers') });
      return { repeat: true };
    },
  },
  menu: [
    { id: 'orders.mine', labelKey: 'orders:menu.mine', roles: ['BUYER', 'PRODUCER', 'CURATOR', 'ADMIN'], order: 95, open: { flow: BUYER_ORDERS_FLOW } },
    { id: 'orders.incoming', labelKey: 'orders:menu.incoming', roles: ['PRODUCER'], order: 35, open: { flow: SELLER_ORDERS_FLOW } },
  ],
};
