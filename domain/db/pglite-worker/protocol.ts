// Messages between the application's thread and the thread that runs the embedded database
// (pglite-worker.ts ↔ worker.ts). Internal to this folder: both ends are ours and move together.
import type { IsolationLevel, SqlQuery, SqlResultSet, TransactionOptions } from '@prisma/driver-adapter-utils';

/** which connection in the worker: `plain` for migrations, `prepared` for the application's client */
export type Connection = 'plain' | 'prepared';

export interface WorkerInit {
  /** the data folder; undefined → in memory */
  dataDir?: string;
  /** a dump (PGlite dumpDataDir) to start from */
  load?: ArrayBuffer;
}

export type Request =
  | { op: 'queryRaw' | 'executeRaw'; connection: Connection; tx?: number; query: SqlQuery }
  | { op: 'executeScript'; connection: Connection; script: string }
  | { op: 'startTransaction'; connection: Connection; isolationLevel?: IsolationLevel }
  | { op: 'commit' | 'rollback'; tx: number }
  | { op: 'dump'; compression: 'none' | 'gzip' }
  | { op: 'close' };

export type Answer = SqlResultSet | number | { tx: number; options: TransactionOptions } | ArrayBuffer | null;

/** an error as it crosses the thread: a driver error keeps Prisma's mapped cause (unique violation → P2002…) */
export interface WireError {
  message: string;
  name: string;
  code?: string;
  driverCause?: unknown;
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'failed'; error: WireError }
  | { kind: 'answer'; id: number; ok: true; value: Answer }
  | { kind: 'answer'; id: number; ok: false; error: WireError };

export type Envelope = Request & { id: number };
