// A buyer's cart: one Cart per user, one CartItem per product (quantities merge). Rows carry the product's
// current price, stock and state, so the view always shows what checkout will find.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts';

export const cartLineInclude = {
  product: {
    select: {
      id: true,
      code: true,
      slug: true,
      nameId: true,
      nameEn: true,
      unit: true,
      priceIdr: true,
      weightGrams: true,
      stock: true,
      status: true,
      paused: true,
      producer: { select: { id: true, userId: true, businessName: true, region: { select: { code: true, shortName: true, island: true } } } },
    },
  },
} satisfies Prisma.CartItemInclude;

export type CartLineRow = Prisma.CartItemGetPayload<{ include: typeof cartLineInclude }>;

/** What adding needs to know about a product: is it for sale, how many are left, whose is it. */
export type ProductForCart = { id: string; status: string; paused: boolean; stock: number; producerUserId: string };

export type AddLineOutcome = { ok: true; line: { id: string; quantity: number } } | { ok: false; inCart: number };

export function createCartRepository(prisma: PrismaClient) {
  return {
    async findProduct(productId: string): Promise<ProductForCart | null> {
      const p = await prisma.product.findUnique({
        where: { id: productId },
        select: { id: true, status: true, paused: true, stock: true, producer: { select: { userId: true } } },
      });
      return p ? { id: p.id, status: p.status, paused: p.paused, stock: p.stock, producerUserId: p.producer.userId } : null;
    },

    /** the user's lines, oldest first (the order they were added) */
    lines: (userId: string): Promise<CartLineRow[]> =>
      prisma.cartItem.findMany({ where: { cart: { userId } }, include: cartLineInclude, orderBy: [{ addedAt: 'asc' }, { id: 'asc' }] }),

    /** a line only when it is in this user's cart: someone else's id is simply not found */
    findLine: (userId: string, lineId: string): Promise<CartLineRow | null> =>
      prisma.cartItem.findFirst({ where: { id: lineId, cart: { userId } }, include: cartLineInclude }),

    /**
     * Adds `quantity` to the product's line (created when missing) unless the total would pass `maxTotal`;
     * read and write happen in one transaction so two quick taps cannot both slip past the limit.
     */
    addToLine: (userId: string, productId: string, quantity: number, maxTotal: number): Promise<AddLineOutcome> =>
      prisma.$transaction(async (tx) => {
        const cart = await tx.cart.upsert({ where: { userId }, create: { userId }, update: {}, select: { id: true } });
        const existing = await tx.cartItem.findUnique({ where: { cartId_productId: { cartId: cart.id, productId } }, select: { id: true, quantity: true } });
        const inCart = existing?.quantity ?? 0;
        if (inCart + quantity > maxTotal) return { ok: false, inCart } as const;
        const line = existing
          ? await tx.cartItem.update({ where: { id: existing.id }, data: { quantity: inCart + quantity }, select: { id: true, quantity: true } })
          : await tx.cartItem.create({ data: { cartId: cart.id, productId, quantity }, select: { id: true, quantity: true } });
        await tx.cart.update({ where: { id: cart.id }, data: { updatedAt: new Date() } });
        return { ok: true, line } as const;
      }),

    setQuantity: (lineId: string, quantity: number) => prisma.cartItem.update({ where: { id: lineId }, data: { quantity }, select: { id: true, quantity: true } }),

    removeLine: async (lineId: string): Promise<void> => {
      await prisma.cartItem.deleteMany({ where: { id: lineId } });
    },

    /** empties the cart; returns how many lines went */
    clear: async (userId: string): Promise<number> => (await prisma.cartItem.deleteMany({ where: { cart: { userId } } })).count,
  };
}

export type CartRepository = ReturnType<typeof createCartRepository>;
