// Producers' shipping rates per zone, and the regencies zones are worked out from.
import { Prisma, type PrismaClient, type ShippingZone } from '../../prisma/generated/client.ts';
import { sqlRows } from '../db/direct-sql.ts';
import type { RegionRef } from '../services/shipping-zone.ts';

export interface RateRow {
  producerId: string;
  zone: ShippingZone;
  baseIdr: number;
  perKgIdr: number;
}

export function createShippingRepository(prisma: PrismaClient) {
  let regions: Promise<RegionRef[]> | undefined;
  return {
    /** reference data: read once per process */
    regions: (): Promise<RegionRef[]> => (regions ??= prisma.region.findMany({ select: { code: true, name: true, shortName: true, seat: true } })),
    /** a product card's shipping line reads it (every product a buyer opens): the direct path, past the client */
    ratesOf: async (producerIds: string[]): Promise<RateRow[]> =>
      producerIds.length === 0
        ? []
        : sqlRows<RateRow>(prisma, Prisma.sql`SELECT "producerId", zone::text AS zone, "baseIdr", "perKgIdr" FROM "ShippingRate" WHERE "producerId" IN (${Prisma.join(producerIds)})`),
    /** replaces the producer's whole table (a zone left out has no rate) */
    replaceRates: (producerId: string, rates: Omit<RateRow, 'producerId'>[]) =>
      prisma.$transaction([prisma.shippingRate.deleteMany({ where: { producerId } }), prisma.shippingRate.createMany({ data: rates.map((r) => ({ ...r, producerId })) })]),
    producerRegion: (producerId: string) => prisma.producer.findUnique({ where: { id: producerId }, select: { id: true, regionCode: true, businessName: true } }),
    productsForQuote: (ids: string[]) =>
      prisma.product.findMany({ where: { id: { in: ids } }, select: { id: true, nameId: true, nameEn: true, weightGrams: true, producer: { select: { id: true, businessName: true, regionCode: true } } } }),
    cartForQuote: (userId: string) =>
      prisma.cartItem.findMany({
        where: { cart: { userId } },
        select: { quantity: true, product: { select: { id: true, nameId: true, nameEn: true, weightGrams: true, producer: { select: { id: true, businessName: true, regionCode: true } } } } },
      }),
  };
}

export type ShippingRepository = ReturnType<typeof createShippingRepository>;
