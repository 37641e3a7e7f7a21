// The buyer's cart, kept in the database (it survives restarts and follows the user across channels).
// Anyone may buy, producers and officials too, but not their own products. Checkout (another service) reads
// the lines and makes one order per producer.
import { z } from 'zod';
import { forbidden, invalid, notFound, unprocessable } from '../lib/errors.ts';
import type { CartRepository, ProductForCart } from '../repositories/cart.repository.ts';
import type { Actor } from './actor.ts';
import { toCartView, type CartView } from './cart-view.ts';

export type { CartLineView, CartProducerGroup, CartView, CartWarning, CartWarningKind } from './cart-view.ts';

export interface CartDeps {
  carts: CartRepository;
}

/** A sanity cap on top of the stock: nobody orders a thousand of a village product by chat. */
export const MAX_LINE_QUANTITY = 999;

const idSchema = z.string().trim().min(1).max(64);
const quantitySchema = z.number().int().min(1).max(MAX_LINE_QUANTITY);
export const cartAddSchema = z.object({ productId: idSchema, quantity: quantitySchema });
export const cartSetQuantitySchema = z.object({ lineId: idSchema, quantity: quantitySchema });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), 'buyer:errors.badQuantity', { max: MAX_LINE_QUANTITY });
  return result.data;
}

/** The product must be published with stock left, and not the actor's own. */
function requireBuyable(actor: Actor, product: ProductForCart | null): ProductForCart {
  if (!product || product.status !== 'APPROVED' || product.paused) throw notFound('product', 'buyer:errors.productUnavailable');
  if (product.producerUserId === actor.userId) throw forbidden('own product', 'buyer:errors.ownProduct');
  if (product.stock <= 0) throw unprocessable('sold out', 'buyer:errors.soldOut');
  return product;
}

export function createCartService(deps: CartDeps) {
  const { carts } = deps;

  async function requireLine(actor: Actor, lineId: string) {
    const line = await carts.findLine(actor.userId, parse(idSchema, lineId));
    if (!line) throw notFound('cart line', 'buyer:errors.lineNotFound');
    return line;
  }

  return {
    async view(actor: Actor): Promise<CartView> {
      return toCartView(await carts.lines(actor.userId));
    },

    /** Adds to the product's line (merging with what is already there); the total stays within the stock. */
    async add(actor: Actor, input: z.input<typeof cartAddSchema>): Promise<{ lineId: string; quantity: number; cart: CartView }> {
      const data = parse(cartAddSchema, input);
      // checked and added in one statement, which adds only to a product requireBuyable accepts
      const outcome = await carts.addIfBuyable(actor.userId, data.productId, data.quantity, MAX_LINE_QUANTITY);
      const product = requireBuyable(actor, outcome.product);
      if (!outcome.line) {
        const max = Math.min(product.stock, MAX_LINE_QUANTITY);
        const key = outcome.inCart > 0 ? 'buyer:errors.aboveStockWithCart' : 'buyer:errors.aboveStock';
        throw unprocessable('above stock', key, { stock: product.stock, inCart: outcome.inCart, canAdd: Math.max(0, max - outcome.inCart) });
      }
      return { lineId: outcome.line.id, quantity: outcome.line.quantity, cart: toCartView(outcome.lines ?? []) };
    },

    async setQuantity(actor: Actor, input: z.input<typeof cartSetQuantitySchema>): Promise<{ lineId: string; quantity: number }> {
      const data = parse(cartSetQuantitySchema, input);
      const line = await requireLine(actor, data.lineId);
      const p = line.product;
      if (p.status !== 'APPROVED' || p.paused) throw unprocessable('unavailable', 'buyer:errors.productUnavailable');
      if (p.stock <= 0) throw unprocessable('sold out', 'buyer:errors.soldOut');
      if (data.quantity > Math.min(p.stock, MAX_LINE_QUANTITY)) throw unprocessable('above stock', 'buyer:errors.aboveStock', { stock: p.stock, inCart: line.quantity, canAdd: p.stock });
      const saved = await carts.setQuantity(line.id, data.quantity);
      return { lineId: saved.id, quantity: saved.quantity };
    },

    async remove(actor: Actor, lineId: string): Promise<void> {
      const line = await requireLine(actor, lineId);
      await carts.removeLine(line.id);
    },

    /**
     * A guest browser signs in (the Mini App, a WhatsApp or Telegram sign-in): what its cart holds joins the
     * user's cart. Quantities of a product both hold are added, never past the stock (nor the line cap);
     * what can no longer be bought (gone, paused, sold out, the user's own product) is dropped. A plain
     * guest buyer's web chat identity moves with it (webChatId), so the web chat shows the same cart.
     */
    async mergeGuest(guest: Actor, into: Actor, webChatId: string | null): Promise<{ moved: number; capped: number; dropped: number }> {
      if (guest.userId === into.userId) return { moved: 0, capped: 0, dropped: 0 };
      const [theirs, mine] = await Promise.all([carts.lines(guest.userId), carts.lines(into.userId)]);
      const buyable = theirs.filter((l) => l.product.status === 'APPROVED' && !l.product.paused && l.product.stock > 0 && l.product.producer.userId !== into.userId);
      const lines = buyable.map((l) => ({ productId: l.product.id, quantity: l.quantity, cap: Math.min(l.product.stock, MAX_LINE_QUANTITY) }));
      // only a plain guest's identity moves: a producer or an official keeps their own web chat
      const plainGuest = guest.role === 'BUYER' && !guest.producerId;
      const after = await carts.mergeInto({ fromUserId: guest.userId, toUserId: into.userId, lines, webChatId: plainGuest ? webChatId : null });
      const had = new Map(mine.map((l) => [l.product.id, l.quantity]));
      const capped = lines.filter((l) => (after.get(l.productId) ?? 0) < (had.get(l.productId) ?? 0) + l.quantity).length;
      return { moved: lines.length, capped, dropped: theirs.length - lines.length };
    },

    /** Empties the cart; returns how many lines were removed. */
    clear: (actor: Actor): Promise<number> => carts.clear(actor.userId),

    /** One line of the actor's cart (for the chat's "change quantity" step). */
    async line(actor: Actor, lineId: string) {
      const line = await requireLine(actor, lineId);
      return toCartView([line]).lines[0]!;
    },
  };
}

export type CartService = ReturnType<typeof createCartService>;
