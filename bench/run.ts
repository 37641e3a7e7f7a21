// npm run bench [-- --quick: a smoke run of every scenario at a tiny size, for CI (.ci/run)] [-- --only chat,catalogue] [-- --buyers 500] [-- --repeats 3]
// Runs the scenarios one after the other, prints one table (stdout; progress goes to stderr) and writes
// bench/results/latest.json for a full run, bench/results/<quick|only-...>.json otherwise.
import { parseArgs } from 'node:util';
import os from 'node:os';
import type { BenchContext, BenchOptions } from './lib/context.ts';
import type { ScenarioResult } from './lib/figures.ts';
import { createFixtures } from './lib/fixtures.ts';
import { machineInfo } from './lib/machine.ts';
import { writeResults } from './lib/results.ts';
import { renderTable, renderWorkloads } from './lib/table.ts';
import { apiScenario } from './scenarios/api-load.ts';
import { catalogueScenario } from './scenarios/catalogue.ts';
import { chatScenario } from './scenarios/chat.ts';
import { dispatchScenario } from './scenarios/dispatch.ts';
import { dispatchCloudScenario } from './scenarios/dispatch-cloud.ts';
import { hostileScenario } from './scenarios/hostile.ts';
import { memoryScenario } from './scenarios/memory.ts';
import { multiProcessScenario } from './scenarios/multi-process.ts';

type Scenario = (ctx: BenchContext) => Promise<Omit<ScenarioResult, 'seconds'>>;

const scenarios: { id: string; run: Scenario }[] = [
  { id: 'chat', run: chatScenario },
  { id: 'catalogue', run: catalogueScenario },
  { id: 'api', run: apiScenario },
  { id: 'dispatch', run: dispatchScenario },
  { id: 'dispatch-cloud', run: dispatchCloudScenario },
  { id: 'memory', run: memoryScenario },
  { id: 'multi-process', run: multiProcessScenario },
  { id: 'hostile', run: hostileScenario },
];

function options(): { bench: BenchOptions; only: string[] } {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      buyers: { type: 'string' },
      repeats: { type: 'string' },
    },
  });
  const quick = values.quick ?? false;
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const unknown = only.filter((id) => !scenarios.some((s) => s.id === id));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; choose from ${scenarios.map((s) => s.id).join(', ')}`);
  const positive = (raw: string | undefined, fallback: number) => {
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive whole number, got ${raw}`);
    return n;
  };
  return {
    bench: {
      quick,
      repeats: positive(values.repeats, quick ? 1 : 3),
      buyers: positive(values.buyers, quick ? 10 : 500),
      databaseUrl: process.env.DATABASE_URL || undefined,
    },
    only,
  };
}

async function main(): Promise<void> {
  const { bench, only } = options();
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const machine = machineInfo();
  const fixtures = await createFixtures(log);
  const ctx: BenchContext = { options: bench, fixtures, machine, log };
  const results: ScenarioResult[] = [];
  let failures = 0;
  try {
    for (const s of scenarios.filter((x) => only.length === 0 || only.includes(x.id))) {
      log(`\n▶ ${s.id}`);
      const t0 = performance.now();
      try {
        const r = await s.run(ctx);
        results.push({ ...r, seconds: (performance.now() - t0) / 1000 });
      } catch (error) {
        failures++;
        log(`✖ ${s.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      log(`  ${s.id} took ${Math.round((performance.now() - t0) / 1000)} s`);
    }
  } finally {
    await fixtures.close();
  }
  machine.loadAtEnd = Math.round(os.loadavg()[0]! * 100) / 100;
  const seconds = (performance.now() - started) / 1000;
  const name = bench.quick ? 'quick' : only.length ? `only-${only.join('-')}` : 'latest';
  const file = await writeResults({ date: new Date().toISOString(), command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`, quick: bench.quick, seconds, machine, scenarios: results }, name);
  process.stdout.write(`\n${renderTable(results)}\n\n${renderWorkloads(results)}\n\n`);
  process.stdout.write(
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, node ${machine.node}, PGlite ${machine.pglite}${machine.postgresql ? `, PostgreSQL ${machine.postgresql}` : ''}; load ${machine.loadAtStart} → ${machine.loadAtEnd}\n`,
  );
  process.stdout.write(`${Math.round(seconds)} s in all; figures written to ${file}\n`);
  // PGlite and HTTP agents may keep handles open; the figures are written, so leave now
  process.exit(failures > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
