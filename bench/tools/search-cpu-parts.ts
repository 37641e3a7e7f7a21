// npx tsx bench/tools/search-cpu-parts.ts [products=1000]
// CPU of each part of an API search, 300 calls each after 30 to warm up: the application thread's own CPU
// (/proc/self/task/<pid>/stat), the whole process's (the database thread included) and the wall time; a
// Prisma and a direct SELECT 1, the search's statements, the cards of a page, the service, the whole request.
import { createFixtures } from '../lib/fixtures.ts';
import { createApp } from '../../api/app.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import { mainThreadCpuSeconds, processCpuSeconds } from '../lib/cpu.ts';
import { createProductQueryRepository } from '../../domain/repositories/product-query.repository.ts';
const fixtures = await createFixtures(() => {});
const db = await (await fixtures.catalogue(Number(process.argv[2] ?? 1000))).fork();
const rig = createChatRig(db, fixtures.mediaStore);
const app = createApp({ services: rig.services, logger: silentLogger, rateLimitPerMinute: 1e9, health: { databaseKind: db.kind, pingDatabase: () => db.ping() } });
const repo = createProductQueryRepository(db.prisma);
const { ids } = await repo.searchPublic('kopi', {}, 21, 0);
const page = ids.slice(0, 20);
const N = 300;
async function measure(label: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 30; i++) await f();
  const m0 = mainThreadCpuSeconds(), p0 = processCpuSeconds(), t0 = performance.now();
  for (let i = 0; i < N; i++) await f();
  console.log(label.padEnd(28), 'app thread', ((mainThreadCpuSeconds() - m0) * 1000 / N).toFixed(2), 'ms; process', ((processCpuSeconds() - p0) * 1000 / N).toFixed(2), 'ms; wall', ((performance.now() - t0) / N).toFixed(2));
}
for (let k = 0; k < 2; k++) {
await measure('SELECT 1 prisma', () => db.prisma.$queryRaw`SELECT 1`);
await measure('SELECT 1 direct', () => db.sql.rows('SELECT 1', []));
await measure('searchPublic kopi', () => repo.searchPublic('kopi', {}, 21, 0));
await measure('searchPublic kopi bajawa', () => repo.searchPublic('kopi bajawa', {}, 21, 0));
await measure('findCardsByIds 20', () => repo.findCardsByIds(page));
await measure('service listProducts', () => rig.services.catalog.listProducts({ q: 'kopi', limit: 20 } as never));
await measure('API /products?q=kopi', async () => (await app.request('/api/v1/products?q=kopi&limit=20')).text());
}
console.log('load', (await import('node:os')).loadavg()[0]);
await db.close(); await fixtures.close();
