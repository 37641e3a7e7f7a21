// Scenario 5, memory: resident memory of the server process (`npm start`'s entry through tsx, WhatsApp off,
// so no Chromium) idle after start-up, then after the chat scenario's workload sent to it over HTTP: every
// buyer's visit through the console operation (/internal/console.turn, menus answered by number as on
// WhatsApp). One server life per benchmark run; each reading is the median of five, a second apart.
import { localSecret } from '../../api/runtime/data-dir.ts';
import { buyerJourney } from '../lib/buyer-journey.ts';
import { figure, type ScenarioResult } from '../lib/figures.ts';
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

export async function memoryScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const { quick, buyers } = ctx.options;
  const products = quick ? 1_000 : 10_000;
  const dataDir = await ctx.fixtures.serverDataDir(products);
  const server = await startServer(dataDir, { API_RATE_LIMIT_PER_MINUTE: '1000000000' });
  try {
    await new Promise((r) => setTimeout(r, 3000)); // start-up work (migrations check, seeds, first timers) settles
    const idle = await readings(server);
    ctx.log(`  idle: server ${Math.round(idle.server)} MB (tree ${Math.round(idle.tree)} MB)`);
    const secret = localSecret(dataDir);
    const load = await runLoad((n, pause, latencies) => buyerJourney(consoleDriver(server.port, secret, `mem-${n}`, { latencies }), n, pause), { buyers });
    if (load.failed > 0) ctx.log(`  ${load.failed} journeys failed, first: ${load.firstError}`);
    ctx.log(`  workload: ${load.events} events at ${Math.round(load.eventsPerSecond)} ev/s over HTTP`);
    const after = await readings(server);
    ctx.log(`  after: server ${Math.round(after.server)} MB (tree ${Math.round(after.tree)} MB, peak ${Math.round(after.peak)} MB)`);
    return {
      id: 'memory',
      title: 'Memory',
      workload:
        `The server process (api/main.ts via tsx, PGlite on disk, the demo plus ${products.toLocaleString('en-US')} generated products, Telegram and WhatsApp off, no Chromium), ` +
        `resident memory (VmRSS) of the server's node process; "tree" adds the tsx launcher. Idle: 3 s after /health answers. After: once ${buyers} buyers (closed loop) have each made the chat scenario's 17-message visit through /internal/console.turn.`,
      repeats: 1,
      figures: [
        figure('memory.idle.serverMb', 'server RSS idle', 'MB', [idle.server]),
        figure('memory.idle.treeMb', 'server + tsx launcher RSS idle', 'MB', [idle.tree]),
        figure('memory.after.serverMb', `server RSS after ${buyers} buyers' visits`, 'MB', [after.server], { op: '<=', value: 300 }),
        figure('memory.after.treeMb', `server + tsx launcher RSS after the visits`, 'MB', [after.tree]),
        figure('memory.after.serverPeakMb', 'server peak RSS (VmHWM)', 'MB', [after.peak]),
        figure('memory.workload.eventsPerSecond', 'the visits over HTTP: events/s', 'ev/s', [load.eventsPerSecond]),
        figure('memory.workload.failedJourneys', 'buyers whose visit failed', 'buyers', [load.failed], { op: '<=', value: 0 }),
      ],
      notes: [`one server life per benchmark run (each reading the median of ${SAMPLES} samples a second apart), not a median of repeated runs`],
    };
  } finally {
    await server.stop();
  }
}
