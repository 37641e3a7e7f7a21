// A fake Biteship over real HTTP on loopback: the Maps area search and the courier rates, with the API key
// checked in the `authorization` header the way Biteship does. Prices follow a simple table of destination
// area and weight so a test can tell which parcel was priced; it can fail the next requests (an outage).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeBiteship {
  url: string;
  apiKey: string;
  calls: { method: string; path: string; body?: Record<string, unknown> }[];
  /** the next n requests answer 503 */
  failNext(n: number): void;
  close(): Promise<void>;
}

// the areas the fake knows: a name fragment -> area id; per-kg price to that area (jne is the cheaper courier)
const AREAS: { match: RegExp; id: string; perKg: number }[] = [
  { match: /ngada|bajawa/i, id: 'IDNP21IDNC300', perKg: 0 },
  { match: /kupang/i, id: 'IDNP21IDNC282', perKg: 9_000 },
  { match: /jakarta/i, id: 'IDNP6IDNC148', perKg: 30_000 },
  // any other regency of the province (producers' origins)
  { match: /nusa tenggara timur/i, id: 'IDNP21', perKg: 9_000 },
];

export async function startFakeBiteship(apiKey = 'biteship_test.FAKEKEY'): Promise<FakeBiteship> {
  const calls: FakeBiteship['calls'] = [];
  let failures = 0;
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    calls.push({ method: req.method ?? 'GET', path: url.pathname + url.search, body });
    if (failures > 0) {
      failures--;
      return json(res, 503, { success: false, error: 'Service unavailable' });
    }
    if (req.headers.authorization !== apiKey) return json(res, 401, { success: false, error: 'Authorization failed', code: 40101001 });

    if (req.method === 'GET' && url.pathname === '/v1/maps/areas') {
      const input = url.searchParams.get('input') ?? '';
      const area = AREAS.find((a) => a.match.test(input));
      return json(res, 200, { success: true, areas: area ? [{ id: area.id, name: input, country_name: 'Indonesia', country_code: 'ID' }] : [] });
    }
    if (req.method === 'POST' && url.pathname === '/v1/rates/couriers') {
      const dest = AREAS.find((a) => a.id === body?.destination_area_id);
      const items = (body?.items ?? []) as { weight: number; quantity: number }[];
      if (!dest || !body?.origin_area_id || items.length === 0) return json(res, 400, { success: false, error: 'Invalid area or items' });
      const grams = items.reduce((g, i) => g + i.weight * i.quantity, 0);
      const kg = Math.max(1, Math.ceil(grams / 1000));
      const base = 10_000 + dest.perKg * kg;
      return json(res, 200, {
        success: true,
        object: 'courier_pricing',
        pricing: [
          { courier_name: 'SiCepat', courier_code: 'sicepat', courier_service_code: 'reg', price: base + 2_000, duration: '2 - 3 days' },
          { courier_name: 'JNE', courier_code: 'jne', courier_service_code: 'reg', price: base, duration: '3 - 4 days' },
        ],
      });
    }
    json(res, 404, { success: false, error: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    calls,
    failNext: (n) => void (failures = n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
