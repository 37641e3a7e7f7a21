// The currency rates table: rupiah per unit of each currency shown beside prices.
import type { PrismaClient } from '../../prisma/generated/client.ts';

export interface CurrencyRateRow {
  currency: string;
  idrPerUnit: number;
  updatedAt: Date;
}

export function createCurrencyRepository(prisma: PrismaClient) {
  return {
    list: (): Promise<CurrencyRateRow[]> => prisma.currencyRate.findMany({ select: { currency: true, idrPerUnit: true, updatedAt: true }, orderBy: { currency: 'asc' } }),
    set: (currency: string, idrPerUnit: number, at: Date, byId: string | null) =>
      prisma.currencyRate.upsert({ where: { currency }, create: { currency, idrPerUnit, updatedAt: at, updatedById: byId }, update: { idrPerUnit, updatedAt: at, updatedById: byId } }),
  };
}

export type CurrencyRepository = ReturnType<typeof createCurrencyRepository>;
