// Scenario 5, memory: resident memory of the server process (as `npm start` runs it: the build, WhatsApp off,
// so no Chromium) idle after start-up, then after the chat scenario's workload sent to it over HTTP: every
// buyer's visit through the console operation (/internal/console.turn, menus answered by number as on
// WhatsApp). On the embedded database, and on PostgreSQL too when DATABASE_URL is set (the database server's
// own memory is not the application's). One server life per database and benchmark run; each reading is the
// median of five samples a second apart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localSecret } from '../../server/runtime/data-dir.ts';
import { emptyPostgresDatabase } from '../lib/databases.ts';
import { buyerJourney } from '../lib/buyer-journey.ts';
import { figure, type Figure, type ScenarioResult } from '../lib/figures.ts';
import type { BenchContext } from '../lib/context.ts';
import { consoleDriver } from '../lib/drivers.ts';
import { runLoad } from '../lib/load.ts';
import { startServer, type ServerProcess } from '../lib/server-process.ts';
import { median } from '../lib/stats.ts';

const SAMPLES = 5;

async function readings(server: ServerProcess): Promise<{ server: number; tree: number; peak: number }> {
  const samples: ReturnType<ServerProcess['memory']>[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 1000));
    samples.push(server.memory());
  }
  return { server: median(samples.map((s) => s.serverMb)), tree: median(samples.map((s) => s.treeMb)), peak: Math.max(...samples.map((s) => s.serverPeakMb)) };
}

/**
 * A first start: the server on an empty data folder (and, on PostgreSQL, an empty database), which creates
 * the embedded database, applies every migration and writes the reference data, then idles (issue 29: it
 * stayed at 300 MB, peak 722, while a restart of the same folder idled at 220).
 */
async function firstStart(ctx: BenchContext, kind: 'pglite' | 'postgresql', env: Record<string, string>): Promise<Figure[]> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-bench-first-'));
  try {
    const server = await startServer(dataDir, env);
    try {
      await new Promise((r) => setTimeout(r, 3000));
      const idle = await readings(server);
      ctx.log(`  ${kind} first start on an empty ${kind === 'pglite' ? 'data folder' : 'database'}, idle: server ${Math.round(idle.server)} MB (peak ${Math.round(idle.peak)} MB)`);
      return [
        figure(`memory.${kind}.firstStart.serverMb`, `${kind}: server RSS idle after a first start on an empty database`, 'MB', [idle.server], { op: '<=', value: 250 }),
        figure(`memory.${kind}.firstStart.serverPeakMb`, `${kind}: server peak RSS (VmHWM) of that first start`, 'MB', [idle.peak]),
      ];
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function measure(ctx: BenchContext, kind: 'pglite' | 'postgresql', dataDir: string, env: Record<string, string>): Promise<Figure[]> {
  const { buyers } = ctx.options;
  const server = await startServer(dataDir, { API_RATE_LIMIT_PER_MINUTE: '1000000000', ...env });
  try {
    await new Promise((r) => setTimeout(r, 3000)); // start-up work (seeds, first timers) settles
    const idle = await readings(server);
    ctx.log(`  ${kind} idle: server ${Math.round(idle.server)} MB (tree ${Math.round(idle.tree)} MB)`);
    const secret = localSecret(dataDir);
    const load = await runLoad((n, pause, latencies) => buyerJourney(consoleDriver(server.port, secret, `mem-${n}`, { latencies }), n, pause), { buyers });
    if (load.failed > 0) ctx.log(`  ${load.failed} journeys failed, first: ${load.firstError}\n  the server said, last:\n${server.log().split('\n').slice(-15).join('\n')}`);
    const after = await readings(server);
    ctx.log(`  ${kind} after ${load.events} events (${Math.round(load.eventsPerSecond)} ev/s over HTTP): server ${Math.round(after.server)} MB (tree ${Math.round(after.tree)} MB, peak ${Math.round(after.peak)} MB)`);
    const k = `memory.${kind}`;
    return [
      figure(`${k}.idle.serverMb`, `${kind}: server RSS idle`, 'MB', [idle.server]),
      figure(`${k}.idle.treeMb`, `${kind}: server process tree RSS idle`, 'MB', [idle.tree]),
      figure(`${k}.after.serverMb`, `${kind}: server RSS after ${buyers} buyers' visits`, 'MB', [after.server], { op: '<=', value: 300 }),
      figure(`${k}.after.treeMb`, `${kind}: server process tree RSS after the visits`, 'MB', [after.tree]),
      figure(`${k}.after.serverPeakMb`, `${kind}: server peak RSS (VmHWM)`, 'MB', [after.peak]),
      figure(`${k}.workload.eventsPerSecond`, `${kind}: the visits over HTTP, events/s`, 'ev/s', [load.eventsPerSecond]),
      figure(`${k}.workload.failedJourneys`, `${kind}: buyers whose visit failed`, 'buyers', [load.failed], { op: '<=', value: 0 }),
    ];
  } finally {
    await server.stop();
  }
}

export async function memoryScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const { quick, buyers, databaseUrl } = ctx.options;
  const products = quick ? 300 : 10_000;
  const figures = await firstStart(ctx, 'pglite', {});
  figures.push(...(await measure(ctx, 'pglite', await ctx.fixtures.serverDataDir(products), {})));
  const notes = [`one server life per database and benchmark run (each reading the median of ${SAMPLES} samples a second apart), not a median of repeated runs`];
  if (databaseUrl) {
    const empty = await emptyPostgresDatabase(databaseUrl);
    try {
      figures.push(...(await firstStart(ctx, 'postgresql', { DATABASE_URL: empty.url, SESSION_SECRET: 'bench-memory-session-secret-0123456789' })));
    } finally {
      await empty.drop();
    }
    const database = await (await ctx.fixtures.postgresCatalogue(databaseUrl, products)).forkUrl();
    try {
      figures.push(...(await measure(ctx, 'postgresql', await ctx.fixtures.serverDataDir(products), { DATABASE_URL: database.url, SESSION_SECRET: 'bench-memory-session-secret-0123456789' })));
    } finally {
      await database.drop();
    }
  } else {
    notes.push('PostgreSQL not measured: set DATABASE_URL to add the server on PostgreSQL (no embedded database in the process).');
  }
  return {
    id: 'memory',
    title: 'Memory',
    workload:
      `The server process as \`npm start\` runs it (its prestart builds dist/; its start script: glibc's malloc settings, node with its heap limits, scripts/start.mjs loading dist/main.js; the embedded database in its own thread; Telegram and WhatsApp off so no Chromium; the demo plus ${products.toLocaleString('en-US')} generated products), resident memory (VmRSS) of the server's node process; "tree" adds any child process. ` +
      `First start: the server on an empty data folder (PostgreSQL: an empty database), idle 3 s after /health answers. Idle: 3 s after /health answers. After: once ${buyers} buyers (closed loop) have each made the chat scenario's 17-message visit through /internal/console.turn.`,
    repeats: 1,
    figures,
    notes,
  };
}
