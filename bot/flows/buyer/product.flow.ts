// One product card on its own: opened by a deep link, a QR label or the product.open action, with no list
// behind it (Back goes to the main menu).
import type { Flow, StepResult } from '../../core/flow.ts';
import { cardStep } from './product-card.ts';

export const productFlow: Flow = {
  id: 'product',
  start: 'card',
  steps: { card: cardStep(null) },
};

export const openProduct = (productId: string): StepResult => ({ flow: 'product', data: { productId } });
