// The producer's side of the chat: business profile, adding products for curation, managing them. Other
// features (orders as a seller, licensing) add their own menu entries for producers.
import type { FlowModule } from '../../core/registry.ts';
import { myProductsFlow } from './my-products.flow.ts';
import { productAddFlow } from './product-add.flow.ts';
import { profileFlow } from './profile.flow.ts';
import { parseStockCommand } from './quantity-parse.ts';
import { producerMenuWords, sellIntent, sellOrSearchFlow } from './sell-intent.ts';

export const producerModule: FlowModule = {
  flows: [productAddFlow, myProductsFlow, profileFlow, sellOrSearchFlow],
  menu: [
    { id: 'producer.add', labelKey: 'producer:menu.addProduct', roles: ['PRODUCER'], order: 10, open: { flow: 'product-add' } },
    { id: 'producer.products', labelKey: 'producer:menu.myProducts', roles: ['PRODUCER'], order: 20, open: { flow: 'my-products' } },
    { id: 'producer.profile', labelKey: 'producer:menu.profile', roles: ['PRODUCER'], order: 30, open: { flow: 'producer-profile' } },
    // a buyer may become a producer at any time (and continue a registration left half-way)
  ],
  intents: { sell: sellIntent },
  /** plain words at a producer's menu: sell or search? (after commands and intents, before the buyer's search) */
  searchText: producerMenuWords,
  actions: {
    /** opens one of my products from a notification or a card: "!producer.product:<productId>" */
    'producer.product': (ctx, productId) => (ctx.actor.producerId ? { flow: 'my-products', step: 'product', data: { productId } } : { end: true }),
  },
  /** "stok KP7Q2 12" typed at the main menu */
  menuText(ctx, text) {
    if (!ctx.actor.producerId) return null;
    const command = parseStockCommand(text);
    return command?.code ? { flow: 'my-products', step: 'quickStock', data: command } : null;
  },
};
