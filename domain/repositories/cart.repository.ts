// A buyer's cart: one Cart per user, one CartItem per product (quantities merge). Rows carry the product's
// current price, stock and state, so the view always shows what checkout will find.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../prisma/generated/client.ts';
import { directSql } from '../db/direct-sql.ts';
import { cartLineOf, cartLinesOf, linesFromJson, linesJson, type CartLineRow } from './cart-lines.ts';

export type { CartLineRow } from './cart-lines.ts';

/** What adding needs to know about a product: is it for sale, how many are left, whose is it. */
export type ProductForCart = { id: string; status: string; paused: boolean; stock: number; producerUserId: string };

/**
 * What an add found and did: the product as it was (null when unknown), the line after the add (null when
 * nothing was added), and what the line held before.
 */
export interface AddOutcome {
  product: ProductForCart | null;
  line: { id: string; quantity: number } | null;
  inCart: number;
  /** the cart's lines as the add left them (read in the same statement), when something was added */
  lines: CartLineRow[] | null;
}

interface AddRow {
  id: string;
  status: string;
  paused: boolean;
  stock: number;
  producerUserId: string;
  lineId: string | null;
  lineQuantity: number | null;
  inCart: number;
  lines: unknown;
}

/**
 * The product checked and the units added in ONE statement (it was two on every add, and before that a
 * six-statement transaction: the add is on every buyer's path, bench/). Only a product for sale (approved,
 * not paused, stock left) and not the buyer's own is added to; the cart is created or touched, the line
 * inserted or, atomically, increased only while it stays within min(stock, `maxPerLine`), so two quick taps
 * cannot both slip past it. The service tells the outcome from the product's row (cart.service.ts). After an
 * add it returns the cart as the add left them (a statement's parts see the tables as they were before it, so
 * the added line comes from the insert's own RETURNING): the "added" answer shows the cart's total without
 * reading it again.
 */
const ADD_SQL = `
  WITH p AS (
    SELECT p.id, p.status::text AS status, p.paused, p.stock, pr."userId" AS "producerUserId", LEAST(p.stock, $4::int) AS max,
      (p.status = 'APPROVED' AND p.paused = false AND p.stock > 0 AND pr."userId" <> $1) AS buyable
    FROM "Product" p JOIN "Producer" pr ON pr.id = p."producerId" WHERE p.id = $2
  ), cart AS (
    INSERT INTO "Cart" (id, "userId", "updatedAt") SELECT $5, $1, $7 FROM p WHERE p.buyable
    ON CONFLICT ("userId") DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
    RETURNING id
  ), line AS (
    INSERT INTO "CartItem" (id, "cartId", "productId", quantity, "addedAt")
    SELECT $6, cart.id, p.id, $3::int, $7 FROM cart, p WHERE $3::int <= p.max
    ON CONFLICT ("cartId", "productId") DO UPDATE SET quantity = "CartItem".quantity + EXCLUDED.quantity
      WHERE "CartItem".quantity + EXCLUDED.quantity <= (SELECT max FROM p)
    RETURNING id, "productId", quantity, "addedAt"
  ), after AS (
    SELECT i.id, i."productId", i.quantity, i."addedAt" FROM "CartItem" i JOIN "Cart" c ON c.id = i."cartId"
    WHERE c."userId" = $1 AND NOT EXISTS (SELECT 1 FROM line WHERE line.id = i.id)
    UNION ALL
    SELECT id, "productId", quantity, "addedAt" FROM line
  )
  SELECT p.id, p.status, p.paused, p.stock, p."producerUserId", line.id AS "lineId", line.quantity AS "lineQuantity",
    COALESCE((SELECT i.quantity FROM "CartItem" i JOIN "Cart" c ON c.id = i."cartId" WHERE c."userId" = $1 AND i."productId" = p.id), 0)::int AS "inCart",
    CASE WHEN line.id IS NULL THEN NULL ELSE ${linesJson('after')} END AS lines
  FROM p LEFT JOIN line ON true`;

export function createCartRepository(prisma: PrismaClient) {
  return {
    /** Adds `quantity` of a product for sale to the user's line of it (created when missing): see ADD_SQL. */
    async addIfBuyable(userId: string, productId: string, quantity: number, maxPerLine: number): Promise<AddOutcome> {
      const [row] = await directSql(prisma).rows<AddRow>(ADD_SQL, [userId, productId, quantity, maxPerLine, randomUUID(), randomUUID(), new Date()]);
      if (!row) return { product: null, line: null, inCart: 0, lines: null };
      const product = { id: row.id, status: row.status, paused: row.paused, stock: row.stock, producerUserId: row.producerUserId };
      const line = row.lineId && row.lineQuantity !== null ? { id: row.lineId, quantity: row.lineQuantity } : null;
      return { product, line, inCart: row.inCart, lines: line ? linesFromJson(row.lines) : null };
    },

    /** the user's lines, oldest first (the order they were added) */
    lines: (userId: string): Promise<CartLineRow[]> => cartLinesOf(prisma, userId),

    /** a line only when it is in this user's cart: someone else's id is simply not found */
    findLine: (userId: string, lineId: string): Promise<CartLineRow | null> => cartLineOf(prisma, userId, lineId),

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
