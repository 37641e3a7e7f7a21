// Shipping known before paying: each producer's rates per zone and per kilogram give the cost of a parcel
// to a destination. Rates come through a port (ShippingRateProvider): the producers' own tables here; a
// courier aggregator (Biteship, RajaOngkir) can answer through the same port. No rate: null, and the
// producer confirms the cost as before.
import { z } from 'zod';
import type { ShippingZone } from '../../prisma/generated/client.ts';
import { forbidden } from '../lib/errors.ts';
import type { RateRow, ShippingRepository } from '../repositories/shipping.repository.ts';
import type { Actor } from './actor.ts';
import { parseWith } from './order.service.ts';
import { destinationOfText, priceOf, ZONES, zoneOf, type Destination } from './shipping-zone.ts';

export interface ParcelQuery {
  producerId: string;
  originRegionCode: string;
  /** the producer's regency by name, for providers that locate places by name */
  originName?: string;
  destination: Destination;
  zone: ShippingZone;
  weightGrams: number;
}

/** The port: the cost of one parcel, or null when this provider has no price for it. */
export interface ShippingRateProvider {
  quote(q: ParcelQuery): Promise<number | null>;
}

export function tableRateProvider(shipping: ShippingRepository): ShippingRateProvider {
  return {
    async quote(q) {
      const rate = (await shipping.ratesOf([q.producerId])).find((r) => r.zone === q.zone);
      return rate ? priceOf(rate, q.weightGrams) : null;
    },
  };
}

/** The first provider with a price wins: a producer's own table, then a courier aggregator when one is configured. */
export function firstQuoteOf(...providers: ShippingRateProvider[]): ShippingRateProvider {
  return {
    async quote(q) {
      for (const p of providers) {
        const price = await p.quote(q);
        if (price !== null) return price;
      }
      return null;
    },
  };
}

export const MAX_RATE_IDR = 5_000_000;
const money = z.number().int().min(0).max(MAX_RATE_IDR);
export const ratesSchema = z.object({ rates: z.array(z.object({ zone: z.enum(ZONES as [ShippingZone, ...ShippingZone[]]), baseIdr: money, perKgIdr: money })).max(4) });

export interface ProducerEstimate {
  producerId: string;
  businessName: string;
  zone: ShippingZone;
  weightGrams: number;
  /** null: no rate, the producer confirms the cost */
  shippingIdr: number | null;
}

/** an estimate saying where the parcel leaves from: the producer's regency ("Kabupaten Ngada") */
export interface RegionEstimate extends ProducerEstimate {
  regionName: string;
}

/** provider: replaces the whole port; courier: asked only for producers without their own rate */
const REACH_MS = 60_000;
const REACH_KEEP_MAX = 5_000;

export function createShippingService(deps: { shipping: ShippingRepository; provider?: ShippingRateProvider; courier?: ShippingRateProvider | null }) {
  const { shipping } = deps;
  const table = tableRateProvider(shipping);
  const provider = deps.provider ?? (deps.courier ? firstQuoteOf(table, deps.courier) : table);
  // a producer's rates as product pages and chat cards show them, read at most every REACH_MS per producer
  // (every card of the chat would read them: one statement a view); a producer's own change here forgets
  // them at once, other processes see it within the minute. Checkout always reads them fresh.
  const reachRates = new Map<string, { at: number; rates: Promise<RateRow[]> }>();
  async function ratesForDisplay(producerId: string): Promise<RateRow[]> {
    const now = Date.now();
    const kept = reachRates.get(producerId);
    if (kept && now - kept.at < REACH_MS) return kept.rates;
    if (reachRates.size >= REACH_KEEP_MAX) reachRates.clear();
    const rates = shipping.ratesOf([producerId]);
    reachRates.set(producerId, { at: now, rates });
    rates.catch(() => reachRates.delete(producerId));
    return rates;
  }

  async function estimate(parcels: { producerId: string; businessName: string; regionCode: string; weightGrams: number }[], destination: Destination): Promise<RegionEstimate[]> {
    const regions = await shipping.regions();
    const byProducer = new Map<string, (typeof parcels)[number]>();
    for (const p of parcels) {
      const seen = byProducer.get(p.producerId);
      byProducer.set(p.producerId, seen ? { ...seen, weightGrams: seen.weightGrams + p.weightGrams } : { ...p });
    }
    return Promise.all(
      [...byProducer.values()].map(async (p) => {
        const zone = zoneOf(p.regionCode, destination, regions);
        const originName = regions.find((r) => r.code === p.regionCode)?.name;
        const regionName = originName ?? p.regionCode;
        const shippingIdr = await provider.quote({ producerId: p.producerId, originRegionCode: p.regionCode, originName, destination, zone, weightGrams: p.weightGrams });
        return { producerId: p.producerId, businessName: p.businessName, regionName, zone, weightGrams: p.weightGrams, shippingIdr };
      }),
    );
  }

  return {
    estimate,

    /**
     * Where a producer ships one unit of a product, from their own rates: the cheapest within Indonesia
     * and abroad (null: no rate there; abroad then means the producer does not ship abroad). For the
     * product page, before any address is known.
     */
    async reach(producerId: string, weightGrams: number): Promise<{ indonesiaFromIdr: number | null; abroadIdr: number | null }> {
      const rates = await ratesForDisplay(producerId);
      const domestic = rates.filter((r) => r.zone !== 'ABROAD').map((r) => priceOf(r, weightGrams));
      const abroad = rates.find((r) => r.zone === 'ABROAD');
      return { indonesiaFromIdr: domestic.length > 0 ? Math.min(...domestic) : null, abroadIdr: abroad ? priceOf(abroad, weightGrams) : null };
    },

    /** "brp ongkir ke jakarta": per producer of the product (or of the buyer's cart when no product is named) */
    async estimateText(actor: Actor, productId: string | null, destinationText: string): Promise<RegionEstimate[]> {
      const destination = destinationOfText(destinationText);
      if (productId) {
        const products = await shipping.productsForQuote([productId]);
        return estimate(products.map((p) => ({ producerId: p.producer.id, businessName: p.producer.businessName, regionCode: p.producer.regionCode, weightGrams: p.weightGrams })), destination);
      }
      const lines = await shipping.cartForQuote(actor.userId);
      return estimate(lines.map((l) => ({ producerId: l.product.producer.id, businessName: l.product.producer.businessName, regionCode: l.product.producer.regionCode, weightGrams: l.product.weightGrams * l.quantity })), destination);
    },

    async myRates(actor: Actor): Promise<RateRow[]> {
      if (!actor.producerId) throw forbidden('not a producer', 'orders:errors.notProducer');
      return shipping.ratesOf([actor.producerId]);
    },

    async setMyRates(actor: Actor, input: z.input<typeof ratesSchema>): Promise<RateRow[]> {
      if (!actor.producerId) throw forbidden('not a producer', 'orders:errors.notProducer');
      const { rates } = parseWith(ratesSchema, input, 'payment:errors.badRates');
      const unique = [...new Map(rates.map((r) => [r.zone, r])).values()];
      await shipping.replaceRates(actor.producerId, unique);
      reachRates.delete(actor.producerId);
      return shipping.ratesOf([actor.producerId]);
    },
  };
}

export type ShippingService = ReturnType<typeof createShippingService>;
