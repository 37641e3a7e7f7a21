// Entry of the embedded database's thread. A worker thread does not inherit the TypeScript loader that
// `tsx` installed in the main thread, so it is registered here before the worker's own module loads.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
