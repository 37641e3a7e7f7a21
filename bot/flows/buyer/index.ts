// The buyer's side of the chat: browse, search, product cards, deep links and the cart. Producers and
// officials may shop too, so the shopping entries appear in their menus as well.
import type { RoleName } from '../../../domain/services/actor.ts';
import type { FlowModule, MenuEntry } from '../../core/registry.ts';
import { buyerActions } from './actions.ts';
import { addToCartFlow } from './add-to-cart.flow.ts';
import { browseFlow } from './browse.flow.ts';
import { cartFlow } from './cart.flow.ts';
import { productDeepLink } from './deep-links.ts';
import { productFlow } from './product.flow.ts';
import { buyerIntents, searchText } from './buyer-intents.ts';
import { searchFlow } from './search.flow.ts';
import { currencyFlow } from './currency.flow.ts';
import { webSignInDeepLink, webSignInFlow } from './web-sign-in.flow.ts';

export { CHECKOUT_FLOW } from './cart.flow.ts';
export { parseStartParam, productLinks, shareUrl, startParam } from '../../../domain/lib/deep-links.ts';
export { showProductCard } from './product-card.ts';

const everyone: RoleName[] = ['BUYER', 'PRODUCER', 'CURATOR', 'ADMIN'];

const menu: MenuEntry[] = [
  { id: 'buyer.search', labelKey: 'buyer:menu.search', roles: everyone, order: 50, open: { flow: 'search' } },
  { id: 'buyer.flagships', labelKey: 'buyer:menu.flagships', roles: everyone, order: 60, open: { flow: 'browse', step: 'flagships' } },
  { id: 'buyer.categories', labelKey: 'buyer:menu.categories', roles: ['BUYER'], order: 70, open: { flow: 'browse', step: 'categories' } },
  { id: 'buyer.regions', labelKey: 'buyer:menu.regions', roles: ['BUYER'], order: 80, open: { flow: 'browse', step: 'island' } },
  { id: 'buyer.cart', labelKey: 'buyer:menu.cart', roles: everyone, order: 90, open: { flow: 'cart' } },
  { id: 'buyer.currency', labelKey: 'buyer:menu.currency', roles: ['BUYER'], order: 950, open: { flow: 'currency' } },
];

export const buyerModule: FlowModule = {
  flows: [browseFlow, searchFlow, productFlow, addToCartFlow, cartFlow, currencyFlow, webSignInFlow],
  actions: buyerActions,
  deepLinks: [productDeepLink, webSignInDeepLink],
  menu,
  intents: buyerIntents,
  searchText,
};
