// npx tsx bench/tools/probe-search.ts [products=100000]
// The catalogue scenario's searches against the API on a generated catalogue: each one's time and first
// results (to see that a speed-up kept the ranking), then every statement of three of them with its time.
import { createFixtures } from '../lib/fixtures.ts';
import { createApp } from '../../api/app.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import { SEARCHES } from '../scenarios/catalogue.ts';
import { summarize } from '../lib/stats.ts';
const fixtures = await createFixtures((l) => process.stderr.write(l + '\n'));
const n = Number(process.argv[2] ?? 100000);
const db = await (await fixtures.catalogue(n)).fork();
const rig = createChatRig(db, fixtures.mediaStore);
const app = createApp({ services: rig.services, logger: silentLogger, rateLimitPerMinute: 1e9, health: { databaseKind: db.kind, pingDatabase: () => db.ping() } });
const all: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const q of SEARCHES) {
    const t = performance.now();
    const res = await app.request(`/api/v1/products?q=${encodeURIComponent(q)}&limit=20`);
    const body = (await res.json()) as { items: { name: unknown }[] };
    const ms = performance.now() - t;
    if (round > 0) all.push(ms);
    if (round === 2) console.log(ms.toFixed(1).padStart(7), q.padEnd(18), body.items.slice(0, 4).map((i) => JSON.stringify(i.name).slice(0, 40)).join(" | "));
  }
}
const log: string[] = [];
db.onQuery((e) => log.push(`${e.ms.toFixed(2)} ms ${e.query.replace(/\s+/g, ' ').slice(0, 250)}`));
for (const q of ['kopi arabka', 'kopi', 'madu hutan']) { log.length = 0; const t = performance.now(); await app.request(`/api/v1/products?q=${encodeURIComponent(q)}&limit=20`); console.log(q, (performance.now() - t).toFixed(1)); console.log(log.join('\n')); }
const s = summarize(all);
console.log('p50', s.p50.toFixed(1), 'p99', s.p99.toFixed(1));
await db.close();
await fixtures.close();
