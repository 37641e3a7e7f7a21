// A preload for reading where a server's memory is (BENCHMARKS.md, "Tenth session, issue 29 memory"):
// node --import=./bench/tools/memory-probe.mjs … (or NODE_OPTIONS=--import=…, as bench/tools/memory-hold.ts's
// HOLD_NODE_OPTIONS). On SIGUSR2 every thread (the database's too: the preload runs in workers) appends its
// V8 heap figures to MEMORY_PROBE_OUT (default /tmp/memory-probe.out); on SIGWINCH the main thread writes a
// heap snapshot next to it.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { isMainThread, threadId } from 'node:worker_threads';

const out = process.env.MEMORY_PROBE_OUT ?? '/tmp/memory-probe.out';
const mb = (n) => (n / 1048576).toFixed(1);
const channel = new BroadcastChannel('memory-probe');
channel.unref?.();
const report = () => {
  const h = v8.getHeapStatistics();
  const spaces = v8
    .getHeapSpaceStatistics()
    .map((s) => `${s.space_name.replace('_space', '')}=${mb(s.space_size)}/${mb(s.space_used_size)}`)
    .join(' ');
  appendFileSync(out, `[thread ${threadId}] rss ${mb(process.memoryUsage().rss)} heap ${mb(h.total_heap_size)} committed / ${mb(h.used_heap_size)} used, external ${mb(h.external_memory)}\n  ${spaces}\n`);
};
channel.onmessage = report;
if (isMainThread) {
  process.on('SIGUSR2', () => {
    report();
    channel.postMessage('report');
  });
  process.on('SIGWINCH', () => appendFileSync(out, `snapshot ${v8.writeHeapSnapshot(path.join(path.dirname(out), `main-${Date.now()}.heapsnapshot`))}\n`));
}
