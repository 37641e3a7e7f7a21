// A courier aggregator behind the ShippingRateProvider port, for producers who keep no rate table of their own.
// Request/response shape: Biteship's documented API (https://biteship.com/id/docs/api):
//   GET  {root}/v1/maps/areas?countries=ID&input=<place>&type=single  -> { success, areas: [{ id, name }] }
//   POST {root}/v1/rates/couriers { origin_area_id, destination_area_id, couriers: "jne,sicepat",
//        items: [{ name, value, weight (grams), quantity }] } -> { success, pricing: [{ courier_code,
//        courier_service_code, price, duration }] }
// with the API key in the `authorization` header. The cheapest service quoted is the estimate. Biteship ships
// within Indonesia only, so an abroad parcel gets null (the producer confirms the cost, as with no rate).
// Any failure (outage, unknown place, bad answer) is null too: checkout must never stall on a courier API.
import { z } from 'zod';
import type { Logger } from '../lib/logger.ts';
import type { ParcelQuery, ShippingRateProvider } from '../services/shipping.service.ts';

export interface BiteshipOptions {
  apiRoot: string;
  apiKey: string;
  /** comma-separated courier codes asked for a price */
  couriers: string;
  timeoutMs?: number;
  logger?: Logger;
  fetch?: typeof fetch;
}

const areasAnswer = z.object({ success: z.boolean(), areas: z.array(z.object({ id: z.string(), name: z.string() })).default([]) });
const ratesAnswer = z.object({
  success: z.boolean(),
  pricing: z.array(z.object({ courier_code: z.string(), courier_service_code: z.string().optional(), price: z.number().int().nonnegative() })).default([]),
});

export function createBiteshipRateProvider(options: BiteshipOptions): ShippingRateProvider {
  const root = options.apiRoot.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 8000;
  // area ids change rarely: one lookup per place per process
  const areas = new Map<string, Promise<string | null>>();

  async function call<T>(path: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T | null> {
    const res = await doFetch(`${root}${path}`, {
      ...init,
      headers: { authorization: options.apiKey, 'content-type': 'application/json', accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body: unknown = await res.json().catch(() => null);
    const parsed = schema.safeParse(body);
    if (!res.ok || !parsed.success) {
      // the status only: the key is never logged
      options.logger?.warn({ status: res.status, path: path.split('?')[0] }, 'rate provider refused a request');
      return null;
    }
    return parsed.data;
  }

  function areaOf(place: string): Promise<string | null> {
    const key = place.toLowerCase();
    let found = areas.get(key);
    if (!found) {
      found = call(`/v1/maps/areas?${new URLSearchParams({ countries: 'ID', input: place, type: 'single' })}`, areasAnswer).then((a) => (a?.success ? (a.areas[0]?.id ?? null) : null));
      // a failed lookup is not remembered, so the next quote tries again
      found.then((id) => id ?? areas.delete(key), () => areas.delete(key));
      areas.set(key, found);
    }
    return found;
  }

  return {
    async quote(q: ParcelQuery) {
      if (q.zone === 'ABROAD' || !q.originName) return null;
      const destination = [q.destination.city, q.destination.province].filter(Boolean).join(', ');
      if (!destination) return null;
      try {
        const [origin, dest] = await Promise.all([areaOf(`${q.originName}, Nusa Tenggara Timur`), areaOf(destination)]);
        if (!origin || !dest) return null;
        const rates = await call('/v1/rates/couriers', ratesAnswer, {
          method: 'POST',
          body: JSON.stringify({
            origin_area_id: origin,
            destination_area_id: dest,
            couriers: options.couriers,
            // one parcel of the producer's items: the weight prices it; the value only matters for insurance
            items: [{ name: 'parcel', value: 0, weight: Math.max(1, q.weightGrams), quantity: 1 }],
          }),
        });
        if (!rates?.success || rates.pricing.length === 0) return null;
        return Math.min(...rates.pricing.map((p) => p.price));
      } catch (error) {
        options.logger?.warn({ err: error instanceof Error ? error.message : String(error) }, 'rate provider unreachable');
        return null;
      }
    },
  };
}
