// Scenario 2, catalogue scaling: the same searches and listings on 1,000, then 10,000, then 100,000
// generated products (one database grown in place, statistics refreshed after each step): latency of the
// API (the real Hono app, in-process requests) and of the chat search step (the real engine), and how much
// it grows from the smallest catalogue to the largest.
import { createApp } from '../../api/app.ts';
import { createApiClient } from '../../api/client/client.ts';
import type { paths } from '../../api/client/schema.gen.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { figure, type Figure, type ScenarioResult } from '../lib/figures.ts';
import { analyzeCatalogue, generateCatalogue } from '../lib/catalogue.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import type { BenchContext } from '../lib/context.ts';
import { startAsBuyer } from '../lib/buyer-journey.ts';
import { engineDriver } from '../lib/drivers.ts';
import { growth, median, repeat, summarize } from '../lib/stats.ts';

/** what buyers type: exact words, Indonesian and English, regions, a prefix typo and two real typos */
export const SEARCHES = ['kopi', 'tenun ikat sumba', 'madu hutan', 'coffe flores', 'sei sapi', 'gula lontar rote', 'kain tenun', 'honey', 'kopi bajawa', 'keripik pisang', 'kopi arabka', 'tenn ikat'];
type ProductQuery = NonNullable<paths['/api/v1/products']['get']['parameters']['query']>;
const LISTS: ProductQuery[] = [{ category: 'kopi', limit: 20 }, { region: '53.09', limit: 20 }, { limit: 20 }];
const CHAT_BUYERS = 4;

interface Round {
  apiSearch: number[];
  apiList: number[];
  chatSearch: number[];
}

const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

export async function catalogueScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const { quick, repeats } = ctx.options;
  const sizes = quick ? [300] : [1_000, 10_000, 100_000];
  const rounds = quick ? 1 : 4;
  const db = await (await ctx.fixtures.demo()).fork();
  const figures: Figure[] = [];
  try {
    const rig = createChatRig(db, ctx.fixtures.mediaStore);
    const app = createApp({ services: rig.services, logger: silentLogger, rateLimitPerMinute: 1_000_000_000, health: { databaseKind: db.kind, pingDatabase: () => db.ping() } });
    const chat: number[] = [];
    const buyers = Array.from({ length: CHAT_BUYERS }, (_, i) => engineDriver(rig, `cat-buyer-${i}`, { latencies: chat }));
    for (const b of buyers) await startAsBuyer(b);

    // the generated client over the in-process app: the same requests a partner system sends
    const api = createApiClient({ baseUrl: 'http://bench.local', fetch: (request) => Promise.resolve(app.fetch(request)) });
    const get = async (query: ProductQuery, into: number[]) => {
      const started = performance.now();
      const answer = await api.GET('/api/v1/products', { params: { query } });
      if (answer.response.status !== 200) throw new Error(`GET /api/v1/products ${JSON.stringify(query)} answered ${answer.response.status}: ${JSON.stringify(answer.error)}`);
      into.push(performance.now() - started);
    };
    const round = async (): Promise<Round> => {
      const r: Round = { apiSearch: [], apiList: [], chatSearch: [] };
      for (let i = 0; i < rounds; i++) {
        for (const [k, q] of SEARCHES.entries()) {
          await get({ q, limit: 20 }, r.apiSearch);
          chat.length = 0;
          await buyers[k % buyers.length]!.text(q);
          r.chatSearch.push(chat[0]!);
        }
        for (const query of LISTS) await get(query, r.apiList);
      }
      return r;
    };

    const batches = ['A', 'B', 'C', 'D'];
    let have = 0;
    const p50 = new Map<number, { apiSearch: number; apiList: number; chatSearch: number; apiSearch99: number; apiList99: number; chatSearch99: number }>();
    for (const [i, size] of sizes.entries()) {
      const generated = await generateCatalogue(db.prisma, size - have, batches[i]!);
      await analyzeCatalogue(db.prisma);
      have = size;
      ctx.log(`  ${label(size)}: generated ${generated.products} products in ${Math.round(generated.ms)} ms`);
      await round(); // warm-up: caches, plans
      const runs = await repeat(repeats, round);
      const sum = (pick: (r: Round) => number[], p: 'p50' | 'p99') => runs.map((r) => summarize(pick(r))[p]);
      const n = label(size);
      const target = size === 100_000 ? { op: '<=' as const, value: 50 } : undefined;
      figures.push(
        figure(`catalogue.${n}.apiSearch.p50`, `${n} products: API search p50`, 'ms', sum((r) => r.apiSearch, 'p50')),
        figure(`catalogue.${n}.apiSearch.p99`, `${n} products: API search p99`, 'ms', sum((r) => r.apiSearch, 'p99'), target),
        figure(`catalogue.${n}.apiList.p50`, `${n} products: API list p50`, 'ms', sum((r) => r.apiList, 'p50')),
        figure(`catalogue.${n}.apiList.p99`, `${n} products: API list p99`, 'ms', sum((r) => r.apiList, 'p99')),
        figure(`catalogue.${n}.chatSearch.p50`, `${n} products: chat search step p50`, 'ms', sum((r) => r.chatSearch, 'p50')),
        figure(`catalogue.${n}.chatSearch.p99`, `${n} products: chat search step p99`, 'ms', sum((r) => r.chatSearch, 'p99'), target),
      );
      p50.set(size, {
        apiSearch: median(sum((r) => r.apiSearch, 'p50')),
        apiList: median(sum((r) => r.apiList, 'p50')),
        chatSearch: median(sum((r) => r.chatSearch, 'p50')),
        apiSearch99: median(sum((r) => r.apiSearch, 'p99')),
        apiList99: median(sum((r) => r.apiList, 'p99')),
        chatSearch99: median(sum((r) => r.chatSearch, 'p99')),
      });
      ctx.log(`  ${n}: API search p99 ${Math.round(p50.get(size)!.apiSearch99)} ms, chat search p99 ${Math.round(p50.get(size)!.chatSearch99)} ms`);
    }
    const first = p50.get(sizes[0]!)!;
    const last = p50.get(sizes[sizes.length - 1]!)!;
    const span = `${label(sizes[0]!)}→${label(sizes[sizes.length - 1]!)}`;
    figures.push(
      figure('catalogue.growth.apiSearch.p50', `growth ${span}: API search p50`, '×', [growth(first.apiSearch, last.apiSearch)]),
      figure('catalogue.growth.apiSearch.p99', `growth ${span}: API search p99`, '×', [growth(first.apiSearch99, last.apiSearch99)]),
      figure('catalogue.growth.apiList.p50', `growth ${span}: API list p50`, '×', [growth(first.apiList, last.apiList)]),
      figure('catalogue.growth.chatSearch.p50', `growth ${span}: chat search p50`, '×', [growth(first.chatSearch, last.chatSearch)]),
      figure('catalogue.growth.chatSearch.p99', `growth ${span}: chat search p99`, '×', [growth(first.chatSearch99, last.chatSearch99)]),
    );
  } finally {
    await db.close();
  }
  return {
    id: 'catalogue',
    title: 'Catalogue scaling',
    workload:
      `PGlite in memory, the demo plus generated products grown to ${sizes.map(label).join(', ')} (about 100 per producer over the 22 regencies, 1 in 20 awaiting curation, ANALYZE after each step). ` +
      `Per run, ${rounds} rounds of: ${SEARCHES.length} searches (${SEARCHES.map((q) => `"${q}"`).join(', ')}) as GET /api/v1/products?q=…&limit=20 and as a buyer typing them in the chat, ` +
      `and 3 listings (category, regency, newest), one request at a time. Growth: the largest catalogue's median over the smallest's.`,
    repeats,
    figures,
    notes: [],
  };
}
