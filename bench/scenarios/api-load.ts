// Scenario 3, API under load: autocannon on loopback against the real server process (npm start's entry on
// the demo plus generated products): a text search and a product page, next to /health in the same run
// (the three are interleaved in every repetition, so a noisy moment hits them alike).
import autocannon from 'autocannon';
import { createApiClient, unwrap } from '../../api/client/client.ts';
import { figure, type Figure, type ScenarioResult } from '../lib/figures.ts';
import type { BenchContext } from '../lib/context.ts';
import { repeat } from '../lib/stats.ts';
import { startServer } from '../lib/server-process.ts';

interface Target {
  id: string;
  label: string;
  path: string;
}

interface Shot {
  requestsPerSecond: number;
  p99: number;
  errors: number;
}

async function shoot(url: string, connections: number, seconds: number): Promise<Shot> {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return { requestsPerSecond: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

export async function apiScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const { quick, repeats } = ctx.options;
  const products = quick ? 300 : 10_000;
  const seconds = quick ? 1 : 3; // whole seconds: autocannon sent nothing in a duration of 0.5
  const connections = 20;
  const server = await startServer(await ctx.fixtures.serverDataDir(products), { API_RATE_LIMIT_PER_MINUTE: '1000000000', SCHEDULER_ENABLED: 'false' });
  const figures: Figure[] = [];
  const notes: string[] = [];
  try {
    const demo = unwrap(await createApiClient({ baseUrl: server.url }).GET('/api/v1/products', { params: { query: { q: 'kopi bajawa', limit: 1 } } }));
    const product = demo.items[0];
    if (!product) throw new Error('the demo catalogue has no "kopi bajawa" product');
    const targets: Target[] = [
      { id: 'health', label: 'GET /health', path: '/health' },
      { id: 'search', label: 'GET /api/v1/products?q=kopi arabika', path: `/api/v1/products?q=${encodeURIComponent('kopi arabika')}&limit=20` },
      { id: 'product', label: `GET /api/v1/products/${product.code}`, path: `/api/v1/products/${product.code}` },
    ];
    // the storefront's product page, when this build serves one
    if ((await fetch(`${server.url}/p/${product.slug}`)).status === 200) targets.push({ id: 'page', label: `GET /p/${product.slug} (storefront)`, path: `/p/${product.slug}` });
    else notes.push('the storefront product page (/p/<slug>) is not served by this build; only the API product endpoint was loaded');

    for (const t of targets) await shoot(`${server.url}${t.path}`, connections, 1); // warm-up
    const runs = await repeat(repeats, async () => {
      const shots = new Map<string, Shot>();
      for (const t of targets) shots.set(t.id, await shoot(`${server.url}${t.path}`, connections, seconds));
      ctx.log(`  ${targets.map((t) => `${t.id} ${Math.round(shots.get(t.id)!.requestsPerSecond)} req/s`).join(', ')}`);
      return shots;
    });
    for (const t of targets) {
      const of = (pick: (s: Shot) => number) => runs.map((r) => pick(r.get(t.id)!));
      figures.push(
        figure(`api.${t.id}.requestsPerSecond`, `${t.label}: requests/s`, 'req/s', of((s) => s.requestsPerSecond)),
        figure(`api.${t.id}.p99`, `${t.label}: p99`, 'ms', of((s) => s.p99)),
        figure(`api.${t.id}.errors`, `${t.label}: errors (non-2xx, timeouts)`, 'requests', of((s) => s.errors), { op: '<=', value: 0 }),
      );
    }
  } finally {
    await server.stop();
  }
  return {
    id: 'api',
    title: 'API under load',
    workload:
      `autocannon, ${connections} connections, ${seconds} s per target and run, loopback, against the server process (as npm start runs it, PGlite on disk, the demo plus ${products.toLocaleString('en-US')} generated products, ` +
      `API rate limit raised so the limiter is passed, not hit). Targets interleaved in each run after a 1 s warm-up each.`,
    repeats,
    figures,
    notes,
  };
}
