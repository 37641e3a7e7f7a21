// Entry of the embedded database's thread, and of its initialisation's process (initialise-apart.ts), when the
// server runs from its TypeScript sources (tsx, vitest). A worker thread does not inherit the TypeScript
// loader that tsx installed in the main thread, nor does a child process, so it is registered here before
// the module itself loads: the thread's from workerData, the process's from its first argument. The build
// (dist/) starts its own bundles instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.entry ?? process.argv[2]);
