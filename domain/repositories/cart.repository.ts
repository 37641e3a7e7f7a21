// A buyer's cart: one Cart per user, one CartItem per product (quantities merge). Rows carry the product's
// current price, stock and state, so the view always shows what checkout will find.
import { randomUUID } from 'node:crypto';
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
     * Adds `quantity` to the product's line (created when missing) unless the total would pass `maxTotal`.
     * One statement (it was a six-statement transaction: the add is on every buyer's path, bench/): the cart
     * is created or touched, the line inserted or, atomically, increased only while it stays within the limit,
     * so two quick taps cannot both slip past it; `inCart` is what the line held before.
     */
    async addToLine(userId: string, productId: string, quantity: number, maxTotal: number): Promise<AddLineOutcome> {
      const now = new Date();
      const [row] = await prisma.$queryRaw<{ id: string | null; quantity: number | null; inCart: number }[]>`
        WITH cart AS (
          INSERT INTO "Cart" (id, "userId", "updatedAt") VALUES (${randomUUID()}, ${userId}, ${now})
          ON CONFLICT ("userId") DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
          RETURNING id
        ), line AS (
          INSERT INTO "CartItem" (id, "cartId", "productId", quantity, "addedAt")
          SELECT ${randomUUID()}, cart.id, ${productId}, ${quantity}::int, ${now} FROM cart WHERE ${quantity}::int <= ${maxTotal}::int
          ON CONFLICT ("cartId", "productId") DO UPDATE SET quantity = "CartItem".quantity + EXCLUDED.quantity
            WHERE "CartItem".quantity + EXCLUDED.quantity <= ${maxTotal}::int
          RETURNING id, quantity
        )
        SELECT line.id, line.quantity,
          COALESCE((SELECT i.quantity FROM "CartItem" i JOIN "Cart" c ON c.id = i."cartId" WHERE c."userId" = ${userId} AND i."productId" = ${productId}), 0)::int AS "inCart"
        FROM (SELECT 1) AS one LEFT JOIN line ON true`;
      if (!row?.id || row.quantity === null) return { ok: false, inCart: row?.inCart ?? 0 };
      return { ok: true, line: { id: row.id, quantity: row.quantity } };
    },

    setQuantity: (lineId: string, quantity: number) => prisma.cartItem.update({ where: { id: lineId }, data: { quantity }, select: { id: true, quantity: true } }),

    removeLine: async (lineId: string): Promise<void> => {
      await prisma.cartItem.deleteMany({ where: { id: lineId } });
    },

    /**
     * A guest's cart into a signed-in user's, in one transaction: each line added to the user's line of that
     * product (one line per product: quantities add) up to its cap, the guest's lines removed; and, when
     * `webChatId` is given, the browser's web chat identity moves to the user too, so the web chat and the
     * shop keep showing one cart. Returns each product's quantity after the merge.
     */
    async mergeInto(input: { fromUserId: string; toUserId: string; lines: { productId: string; quantity: number; cap: number }[]; webChatId: string | null }): Promise<Map<string, number>> {
      const now = new Date();
      return prisma.$transaction(async (tx) => {
        const after = new Map<string, number>();
        if (input.lines.length > 0) {
          const cart = await tx.cart.upsert({ where: { userId: input.toUserId }, create: { userId: input.toUserId }, update: { updatedAt: now }, select: { id: true } });
          for (const line of input.lines) {
            const [row] = await tx.$queryRaw<{ quantity: number }[]>`
              INSERT INTO "CartItem" (id, "cartId", "productId", quantity, "addedAt")
              VALUES (${randomUUID()}, ${cart.id}, ${line.productId}, LEAST(${line.quantity}::int, ${line.cap}::int), ${now})
              ON CONFLICT ("cartId", "productId") DO UPDATE SET quantity = GREATEST("CartItem".quantity, LEAST("CartItem".quantity + EXCLUDED.quantity, ${line.cap}::int))
              RETURNING quantity`;
            after.set(line.productId, row!.quantity);
          }
        }
        await tx.cartItem.deleteMany({ where: { cart: { userId: input.fromUserId } } });
        if (input.webChatId) await tx.channelIdentity.updateMany({ where: { channel: 'WEB', externalId: input.webChatId, userId: input.fromUserId }, data: { userId: input.toUserId } });
        return after;
      });
    },

    /** empties the cart; returns how many lines went */
    clear: async (userId: string): Promise<number> => (await prisma.cartItem.deleteMany({ where: { cart: { userId } } })).count,
  };
}

export type CartRepository = ReturnType<typeof createCartRepository>;
