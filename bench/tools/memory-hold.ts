// Memory after the chat's visits, held for inspection: the memory scenario's "after" (bench/scenarios/memory.ts)
// on one server that stays up, its pid printed, so /proc/<pid>/smaps and heap probes can be read afterwards.
// npx tsx bench/tools/memory-hold.ts [buyers=500] [products=10000]; ends the server on Enter or after 10 min.
// HOLD_NODE_OPTIONS: the server's NODE_OPTIONS (e.g. --import=…/memory-probe.mjs); HOLD_SIGNAL: sent 2 s after the load.
import { createFixtures } from '../lib/fixtures.ts';
import { buyerJourney } from '../lib/buyer-journey.ts';
import { consoleDriver } from '../lib/drivers.ts';
import { runLoad } from '../lib/load.ts';
import { startServer } from '../lib/server-process.ts';
import { localSecret } from '../../server/runtime/data-dir.ts';

const buyers = Number(process.argv[2] ?? 500);
const products = Number(process.argv[3] ?? 10_000);
const fixtures = await createFixtures((line) => process.stderr.write(`${line}\n`));
const dataDir = await fixtures.serverDataDir(products);
const server = await startServer(dataDir, { API_RATE_LIMIT_PER_MINUTE: '1000000000', ...(process.env.HOLD_NODE_OPTIONS ? { NODE_OPTIONS: process.env.HOLD_NODE_OPTIONS } : {}) });
const mb = () => Math.round(server.memory().serverMb);
await new Promise((r) => setTimeout(r, 3000));
console.log(`pid ${server.pid} idle ${mb()} MB`);
const secret = localSecret(dataDir);
const load = await runLoad((n, pause, latencies) => buyerJourney(consoleDriver(server.port, secret, `mem-${n}`, { latencies }), n, pause), { buyers });
// the seconds after the load: how the figure the scenario reads (its median of 5 samples a second apart) moves
const samples: number[] = [];
for (let i = 0; i < 30; i++) {
  if (i === 2 && process.env.HOLD_SIGNAL) process.kill(server.pid, process.env.HOLD_SIGNAL);
  samples.push(mb());
  await new Promise((r) => setTimeout(r, 1000));
}
console.log(`pid ${server.pid} after ${load.events} events (${load.failed} failed, ${Math.round(load.eventsPerSecond)} ev/s), RSS each second: ${samples.join(' ')} MB`);
await Promise.race([new Promise((r) => process.stdin.once('data', r)), new Promise((r) => setTimeout(r, 600_000))]);
await server.stop();
await fixtures.close();
process.exit(0);
