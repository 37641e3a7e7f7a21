// The chat's hot statements (a turn's beginTurn and save) sent straight to the driver adapter, past the
// Prisma client. Why: through the client a raw statement costs about 115 µs of CPU against 32 µs for the
// driver alone (issue 29: the client serialises the parameters, runs its query interpreter and converts every
// value of the result), and every chat event sends these two. The adapter is the application's own (the
// statement counter, named PostgreSQL statements and PGlite's prepared statements all apply) and shares the
// client's connection pool; everything else keeps going through Prisma.
import type { ArgType, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import type { PrismaClient } from '../../prisma/generated/client.ts';

export type SqlValue = string | number | boolean | Date | null;

export interface DirectSql {
  /** the statement's rows as objects keyed by column name; json columns come back as their text */
  rows<T>(text: string, values: readonly unknown[]): Promise<T[]>;
  /** the number of rows the statement changed */
  execute(text: string, values: readonly unknown[]): Promise<number>;
}

const DATETIME: ArgType = { scalarType: 'datetime', arity: 'scalar' };
const OTHER: ArgType = { scalarType: 'unknown', arity: 'scalar' };

/** adapters turn a Date into Postgres's timestamp text only when told it is one; the rest passes as is */
const argTypesOf = (values: readonly unknown[]): ArgType[] => values.map((v) => (v instanceof Date ? DATETIME : OTHER));

function query(text: string, values: readonly unknown[]): SqlQuery {
  return { sql: text, args: values as unknown[], argTypes: argTypesOf(values) };
}

/** Over one adapter of `factory`, connected on first use (the Prisma client connects its own the same way). */
export function adapterSql(factory: SqlDriverAdapterFactory): DirectSql & { dispose(): Promise<void> } {
  let adapter: Promise<SqlDriverAdapter> | undefined;
  const connected = () => (adapter ??= factory.connect());
  return {
    async rows<T>(text: string, values: readonly unknown[]): Promise<T[]> {
      const result = await (await connected()).queryRaw(query(text, values));
      const { columnNames, rows } = result;
      const out = new Array<T>(rows.length);
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!;
        const object: Record<string, unknown> = {};
        for (let c = 0; c < columnNames.length; c++) object[columnNames[c]!] = row[c];
        out[r] = object as T;
      }
      return out;
    },
    execute: async (text, values) => (await connected()).executeRaw(query(text, values)),
    async dispose() {
      if (adapter) await (await adapter).dispose();
    },
  };
}

/** The same through the Prisma client (for a client that openDatabase did not make: some tests, tools). */
function prismaSql(prisma: PrismaClient): DirectSql {
  return {
    rows: <T>(text: string, values: readonly unknown[]) => prisma.$queryRawUnsafe<T[]>(text, ...values),
    execute: (text, values) => prisma.$executeRawUnsafe(text, ...values),
  };
}

const registered = new WeakMap<PrismaClient, DirectSql>();

/** openDatabase registers its client's direct path here, so repositories built on the client find it. */
export function registerDirectSql(prisma: PrismaClient, sql: DirectSql): void {
  registered.set(prisma, sql);
}

/** The direct path of this client's database, or the client itself when it has none. */
export function directSql(prisma: PrismaClient): DirectSql {
  let sql = registered.get(prisma);
  if (!sql) registered.set(prisma, (sql = prismaSql(prisma)));
  return sql;
}

/** A statement built with Prisma.sql (its text and values), sent on the direct path: the same statement. */
export function sqlRows<T>(prisma: PrismaClient, statement: { text: string; values: readonly unknown[] }): Promise<T[]> {
  return directSql(prisma).rows<T>(statement.text, statement.values);
}

/** A json column as the direct path gives it (text) or as the client does (parsed). */
export function jsonColumn(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
