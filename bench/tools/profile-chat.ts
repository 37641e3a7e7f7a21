// npx tsx bench/tools/profile-chat.ts [--products 10000] [--visits 5] [--sql] [--cpu-prof file.cpuprofile]
// One buyer at a time through the chat workload (the real engine, services and PGlite in memory): for each
// of the visit's events, the median handling time and the SQL statements it sent, with their time. This is
// what the chat scenario's figures were profiled with (BENCHMARKS.md); run it before and after a change.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { createFixtures } from '../lib/fixtures.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import { buyerJourney, type BuyerDriver } from '../lib/buyer-journey.ts';
import { engineDriver } from '../lib/drivers.ts';
import { median } from '../lib/stats.ts';

const { values } = parseArgs({ options: { products: { type: 'string', default: '10000' }, visits: { type: 'string', default: '5' }, sql: { type: 'boolean', default: false }, 'cpu-prof': { type: 'string' } } });
const products = Number(values.products);
const visits = Number(values.visits);
const log = (line: string) => process.stderr.write(`${line}\n`);

const fixtures = await createFixtures(log);
try {
  const template = await fixtures.catalogue(products);
  const db = await template.fork();
  const rig = createChatRig(db, fixtures.mediaStore);
  let current: { query: string; ms: number }[] = [];
  // every statement Prisma sends, with the time Prisma measured for it (transactions' statements included)
  db.onQuery((statement) => current.push(statement));
  const profiler = values['cpu-prof'] ? await startProfiler() : undefined;
  const steps: { label: string; ms: number[]; statements: { query: string; ms: number }[][] }[] = [];
  for (let v = 0; v < visits; v++) {
    const latencies: number[] = [];
    const inner = engineDriver(rig, `profile-${v}`, { latencies });
    let i = 0;
    const wrap = (label: string, run: () => Promise<void>) => async () => {
      current = [];
      await run();
      const step = (steps[i] ??= { label, ms: [], statements: [] });
      step.ms.push(latencies[latencies.length - 1]!);
      step.statements.push(current);
      i++;
    };
    const driver: BuyerDriver = {
      command: (c) => wrap(`/${c}`, () => inner.command(c))(),
      text: (t) => wrap(`text "${t.slice(0, 20)}"`, () => inner.text(t))(),
      choose: (value, label) => wrap(`choose ${value.slice(0, 24)}`, () => inner.choose(value, label))(),
      pick: (prefix, n, label) => wrap(`pick ${prefix || '(first)'}`, () => inner.pick(prefix, n, label))(),
      lastText: () => inner.lastText(),
    };
    await buyerJourney(driver, v, async () => {});
  }
  if (profiler) await writeFile(values['cpu-prof']!, JSON.stringify(await profiler.stop()));
  let total = 0;
  let statements = 0;
  for (const s of steps) {
    const ms = median(s.ms);
    const last = s.statements[s.statements.length - 1]!;
    total += ms;
    statements += last.length;
    console.log(`${ms.toFixed(1).padStart(7)} ms ${String(last.length).padStart(3)} stmts  ${s.label}`);
    if (values.sql) for (const q of last) console.log(`          ${q.ms.toFixed(2).padStart(6)} ms  ${q.query.replace(/\s+/g, " ").slice(0, Number(process.env.SQL_WIDTH ?? 220))}`);
  }
  console.log(`${total.toFixed(1).padStart(7)} ms ${String(statements).padStart(3)} stmts  whole visit (${steps.length} events, ${(total / steps.length).toFixed(2)} ms/event, ${(statements / steps.length).toFixed(1)} statements/event)`);
  await db.close();
} finally {
  await fixtures.close();
}

/** A V8 CPU profile of the visits only (not of building the catalogue), for --cpu-prof FILE (open in Chrome DevTools). */
async function startProfiler() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      return profile;
    },
  };
}
