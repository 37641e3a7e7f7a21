// Test data for the orders feature, written directly with Prisma: buyers, producers with payment details,
// approved products with stock, and cart lines (the cart service is another feature's).
import sharp from 'sharp';
import type { PrismaClient } from '../../../prisma/generated/client.ts';
import { buildSearchText } from '../../../domain/search/search-text.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import type { Services } from '../../../domain/services/services.ts';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(++seq).toString(36)}`;

/** A small real JPEG, different per call. */
export async function jpeg(): Promise<Buffer> {
  const shade = (++seq * 37) % 200;
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 40, g: shade, b: 120 } } }).jpeg().toBuffer();
}

export async function actorOf(services: Services, userId: string): Promise<Actor> {
  const actor = await services.repos.users.loadActor(userId);
  if (!actor) throw new Error(`no user ${userId}`);
  return actor;
}

export async function makeBuyer(services: Services, prisma: PrismaClient, role: 'BUYER' | 'ADMIN' = 'BUYER'): Promise<Actor> {
  const user = await prisma.user.create({ data: { displayName: `buyer-${next()}`, role, onboardedAt: new Date() } });
  return actorOf(services, user.id);
}

export interface ProducerOptions {
  businessName?: string;
  allowsCashOnPickup?: boolean;
  qrisMediaId?: string | null;
  bank?: boolean;
  regionCode?: string;
}

export async function makeProducer(services: Services, prisma: PrismaClient, o: ProducerOptions = {}): Promise<Actor> {
  const user = await prisma.user.create({ data: { displayName: `producer-${next()}`, role: 'PRODUCER', onboardedAt: new Date() } });
  await prisma.producer.create({
    data: {
      userId: user.id,
      businessName: o.businessName ?? `Usaha ${next()}`,
      ownerName: 'Mama Ros',
      phone: '6281234567890',
      regionCode: o.regionCode ?? '53.09',
      district: 'Bajawa',
      village: 'Beiposo',
      allowsCashOnPickup: o.allowsCashOnPickup ?? false,
      qrisMediaId: o.qrisMediaId ?? null,
      ...(o.bank === false ? {} : { bankName: 'BRI', bankAccount: '0123-01-000123-50-1', bankHolder: 'Rosalia Dhey' }),
    },
  });
  return actorOf(services, user.id);
}

export async function makeProduct(prisma: PrismaClient, producer: Actor, o: { name?: string; priceIdr?: number; stock?: number; unit?: string } = {}) {
  const nameId = o.name ?? `Kopi Arabika ${next()}`;
  const code = `T${next().toUpperCase().slice(-6)}`;
  return prisma.product.create({
    data: {
      code,
      slug: `p-${code.toLowerCase()}`,
      producerId: producer.producerId!,
      categoryId: 'kopi',
      nameId,
      descriptionId: 'Kopi dari lereng Inerie.',
      priceIdr: o.priceIdr ?? 75_000,
      unit: o.unit ?? '250 g',
      weightGrams: 250,
      stock: o.stock ?? 10,
      status: 'APPROVED',
      approvedAt: new Date(),
      searchText: buildSearchText({ nameId, descriptionId: 'Kopi dari lereng Inerie.' }),
    },
  });
}

export async function putInCart(prisma: PrismaClient, buyer: Actor, productId: string, quantity: number): Promise<void> {
  const cart = await prisma.cart.upsert({ where: { userId: buyer.userId }, create: { userId: buyer.userId }, update: {} });
  await prisma.cartItem.upsert({ where: { cartId_productId: { cartId: cart.id, productId } }, create: { cartId: cart.id, productId, quantity }, update: { quantity } });
}

export const courierInput = (checkoutKey: string) => ({
  checkoutKey,
  recipientName: 'Maria Goreti',
  recipientPhone: '0812 3456 7890',
  deliveryMethod: 'COURIER' as const,
  paymentMethod: 'BANK_TRANSFER' as const,
  addressLine: 'Jl. El Tari No. 5, Oebobo',
  city: 'Kota Kupang',
  province: 'Nusa Tenggara Timur',
  postalCode: '85111',
});

export const pickupInput = (checkoutKey: string, paymentMethod: 'BANK_TRANSFER' | 'CASH_ON_PICKUP' = 'BANK_TRANSFER') => ({
  checkoutKey,
  recipientName: 'Maria Goreti',
  recipientPhone: '081234567890',
  deliveryMethod: 'PICKUP_PRODUCER' as const,
  paymentMethod,
});
