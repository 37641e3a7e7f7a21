// Entry of the embedded database's thread when the server runs from its TypeScript sources (tsx, vitest).
// A worker thread does not inherit the TypeScript loader that tsx installed in the main thread, so it is
// registered here before the worker's own module loads. The build (dist/) starts its own bundle instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
