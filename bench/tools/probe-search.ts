// npx tsx bench/tools/probe-search.ts [products=100000] [--rounds 10] [--cpu-prof out.cpuprofile]
// The catalogue scenario's searches against the API on a generated catalogue: each one's time and first
// results (to see that a speed-up kept the ranking), the CPU each API search costs (the whole process, the
// application's thread alone, and the statements' time in the database thread), then every statement of
// three of them with its time.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { createFixtures } from '../lib/fixtures.ts';
import { createApp } from '../../api/app.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import { SEARCHES } from '../scenarios/catalogue.ts';
import { summarize } from '../lib/stats.ts';
import { mainThreadCpuSeconds, processCpuSeconds } from '../lib/cpu.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '10' }, 'cpu-prof': { type: 'string' } } });
const fixtures = await createFixtures((l) => process.stderr.write(l + '\n'));
const n = Number(positionals[0] ?? 100000);
const db = await (await fixtures.catalogue(n)).fork();
const rig = createChatRig(db, fixtures.mediaStore);
const app = createApp({ services: rig.services, logger: silentLogger, rateLimitPerMinute: 1e9, health: { databaseKind: db.kind, pingDatabase: () => db.ping() } });
const search = async (q: string) => {
  const res = await app.request(`/api/v1/products?q=${encodeURIComponent(q)}&limit=20`);
  return (await res.json()) as { items: { name: unknown }[] };
};
const all: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const q of SEARCHES) {
    const t = performance.now();
    const body = await search(q);
    const ms = performance.now() - t;
    if (round > 0) all.push(ms);
    if (round === 2) console.log(ms.toFixed(1).padStart(7), q.padEnd(18), body.items.slice(0, 4).map((i) => JSON.stringify(i.name).slice(0, 40)).join(' | '));
  }
}
const s = summarize(all);
console.log('p50', s.p50.toFixed(1), 'p99', s.p99.toFixed(1));

// CPU per API search: one request at a time, as the catalogue scenario sends them
let statementMs = 0;
let statements = 0;
db.onQuery((e) => {
  statementMs += e.ms;
  statements++;
});
const rounds = Number(values.rounds);
const profiler = values['cpu-prof'] ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}
const cpu0 = processCpuSeconds();
const main0 = mainThreadCpuSeconds();
const t0 = performance.now();
for (let round = 0; round < rounds; round++) for (const q of SEARCHES) await search(q);
const requests = rounds * SEARCHES.length;
const perRequest = (seconds: number) => ((seconds * 1000) / requests).toFixed(2);
console.log(
  `${requests} searches in ${((performance.now() - t0) / 1000).toFixed(1)} s (load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}): ` +
    `CPU per request, process ${perRequest(processCpuSeconds() - cpu0)} ms, application thread ${perRequest(mainThreadCpuSeconds() - main0)} ms; ` +
    `statements ${(statements / requests).toFixed(1)} a request, ${(statementMs / requests).toFixed(2)} ms a request (round trip)`,
);
if (profiler) {
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(values['cpu-prof']!, JSON.stringify(profile));
  console.log(`profile written to ${values['cpu-prof']}`);
}

const log: string[] = [];
db.onQuery((e) => log.push(`${e.ms.toFixed(2)} ms ${e.query.replace(/\s+/g, ' ').slice(0, 250)}`));
for (const q of ['kopi arabka', 'kopi', 'madu hutan']) {
  log.length = 0;
  const t = performance.now();
  await search(q);
  console.log(q, (performance.now() - t).toFixed(1));
  console.log(log.join('\n'));
}
await db.close();
await fixtures.close();
