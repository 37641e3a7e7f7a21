// The orders feature in the chat: checkout, the buyer's orders, the producer's incoming orders, ratings,
// the order buttons ("!order.*") and /orders.
import type { FlowModule } from '../../core/registry.ts';
import { BUYER_ORDERS_FLOW, buyerOrdersFlow } from './buyer-orders.flow.ts';
import { checkoutFlow } from './checkout.flow.ts';
import { orderActions } from './order-actions.ts';
import { ratingFlow } from './rating.flow.ts';
import { SELLER_ORDERS_FLOW, sellerOrdersFlow } from './seller-orders.flow.ts';

export const ordersModule: FlowModule = {
  flows: [checkoutFlow, buyerOrdersFlow, sellerOrdersFlow, ratingFlow],
  actions: orderActions,
  menu: [
    { id: 'orders.mine', labelKey: 'orders:menu.mine', roles: ['BUYER', 'PRODUCER', 'CURATOR', 'ADMIN'], order: 95, open: { flow: BUYER_ORDERS_FLOW } },
    { id: 'orders.incoming', labelKey: 'orders:menu.incoming', roles: ['PRODUCER'], order: 35, open: { flow: SELLER_ORDERS_FLOW } },
  ],
};
