// The embedded database's own thread: PGlite (Postgres compiled to WebAssembly) and the Prisma adapter over
// it run here, so the database's work uses the second core while the application thread runs the bots,
// the services and the Prisma client. Requests arrive as messages (protocol.ts) and are answered in turn;
// PGlite's own locks keep a transaction's statements apart from everything else, as in one thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import { openPglite, pgliteAdapterFactory } from '../pglite.ts';
import type { Answer, Envelope, Request, WireError, WorkerInit, WorkerMessage } from './protocol.ts';

const port = parentPort!;
const init = workerData as WorkerInit;

function toWire(error: unknown): WireError {
  if (error instanceof Error) {
    const e = error as Error & { code?: unknown; cause?: unknown };
    return {
      message: e.message,
      name: e.name,
      code: typeof e.code === 'string' ? e.code : undefined,
      driverCause: e.name === 'DriverAdapterError' ? e.cause : undefined,
    };
  }
  return { message: String(error), name: 'Error' };
}

const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

try {
  const pglite = await openPglite(init.dataDir, init.load ? new Blob([init.load]) : undefined);
  const connections: Record<'plain' | 'prepared', SqlDriverAdapter> = {
    plain: await pgliteAdapterFactory(pglite).connect(),
    prepared: await pgliteAdapterFactory(pglite, { preparedStatements: true }).connect(),
  };
  const transactions = new Map<number, Transaction>();
  let nextTx = 0;

  const transaction = (id: number): Transaction => {
    const tx = transactions.get(id);
    if (!tx) throw new Error(`Transaction ${id} is closed`);
    return tx;
  };

  async function handle(request: Request): Promise<Answer> {
    switch (request.op) {
      case 'queryRaw':
        return (request.tx === undefined ? connections[request.connection] : transaction(request.tx)).queryRaw(request.query);
      case 'executeRaw':
        return (request.tx === undefined ? connections[request.connection] : transaction(request.tx)).executeRaw(request.query);
      case 'executeScript':
        await connections[request.connection].executeScript(request.script);
        return null;
      case 'startTransaction': {
        const tx = await connections[request.connection].startTransaction(request.isolationLevel);
        const id = ++nextTx;
        transactions.set(id, tx);
        return { tx: id, options: tx.options };
      }
      case 'commit':
      case 'rollback': {
        const tx = transaction(request.tx);
        transactions.delete(request.tx);
        await (request.op === 'commit' ? tx.commit() : tx.rollback());
        return null;
      }
      case 'dump': {
        const blob = await pglite.dumpDataDir(request.compression);
        return await blob.arrayBuffer();
      }
      case 'close':
        if (!pglite.closed) await pglite.close();
        return null;
    }
  }

  // PGLITE_SLOW_STATEMENT_MS (pglite-prepared.ts logs the statements): a transaction open longer is written
  // to stderr too; while it is open no other conversation's statement runs
  const slowMs = Number(process.env.PGLITE_SLOW_STATEMENT_MS ?? 0);
  const opened = new Map<number, number>();
  const run = async (request: Request): Promise<Answer> => {
    const answer = await handle(request);
    if (request.op === 'startTransaction') opened.set((answer as { tx: number }).tx, performance.now());
    if (request.op === 'commit' || request.op === 'rollback') {
      const ms = performance.now() - (opened.get(request.tx) ?? performance.now());
      opened.delete(request.tx);
      if (ms >= slowMs) process.stderr.write(`pglite slow transaction ${ms.toFixed(1)} ms open\n`);
    }
    return answer;
  };

  port.on('message', (envelope: Envelope) => {
    (slowMs > 0 ? run : handle)(envelope).then(
      (value) => send({ kind: 'answer', id: envelope.id, ok: true, value }, value instanceof ArrayBuffer ? [value] : []),
      (error: unknown) => send({ kind: 'answer', id: envelope.id, ok: false, error: toWire(error) }),
    );
  });
  send({ kind: 'ready' });
} catch (error) {
  send({ kind: 'failed', error: toWire(error) });
}

