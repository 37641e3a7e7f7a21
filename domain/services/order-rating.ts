// Ratings: after a completed order the buyer gives each product 1 to 5 stars and a comment, once. The
// product's ratingSum / ratingCount move in the same transaction, so the card's average is always current.
import { z } from 'zod';
import { conflict, invalid } from '../lib/errors.ts';
import type { OrderRepository, OrderRow } from '../repositories/order.repository.ts';
import type { Actor } from './actor.ts';
import { requireStep } from './order-rules.ts';
import type { OrderItemView } from './order-view.ts';

export const rateSchema = z.object({
  productId: z.string().trim().min(1).max(64),
  stars: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500).optional(),
});

interface RatingDeps {
  orders: OrderRepository;
  load(id: string): Promise<OrderRow>;
}

export function createOrderRating({ orders, load }: RatingDeps) {
  return {
    /** the items of a completed order the buyer has not rated yet */
    async unratedItems(actor: Actor, orderId: string): Promise<OrderItemView[]> {
      const o = await load(orderId);
      requireStep(actor, 'rate', o);
      const rated = new Set(await orders.ratedProductIds(o.id));
      return o.items
        .filter((i) => !rated.has(i.productId))
        .map((i) => ({ productId: i.productId, name: i.name, unit: i.unit, priceIdr: i.priceIdr, quantity: i.quantity, lineTotalIdr: i.priceIdr * i.quantity }));
    },

    async rate(actor: Actor, orderId: string, input: z.input<typeof rateSchema>): Promise<{ productId: string; stars: number }> {
      const parsed = rateSchema.safeParse(input);
      if (!parsed.success) throw invalid('stars must be 1 to 5', 'orders:errors.badStars');
      const o = await load(orderId);
      requireStep(actor, 'rate', o);
      const { productId, stars, comment } = parsed.data;
      if (!o.items.some((i) => i.productId === productId)) throw invalid('product not in this order', 'orders:errors.notInOrder');
      const saved = await orders.rate({ orderId: o.id, productId, buyerId: actor.userId, stars, comment: comment || null });
      if (!saved) throw conflict('already rated', 'orders:errors.alreadyRated');
      return { productId, stars };
    },
  };
}
