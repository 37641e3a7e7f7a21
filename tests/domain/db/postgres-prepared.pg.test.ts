// Named prepared statements on a real PostgreSQL (runs in the "postgres" project only, where CI starts a
// server): each SQL text is prepared once per connection, and a statement a schema change made unusable is
// prepared again instead of failing from then on.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlDriverAdapter, SqlQuery } from '@prisma/driver-adapter-utils';
import { createPool, preparedPostgresAdapterFactory } from '../../../domain/db/postgres.ts';
import { createPostgresTestDatabase } from '../../helpers/test-database.ts';

let database: { url: string; drop(): Promise<void> };
let adapter: SqlDriverAdapter;
let admin: pg.Client;
let pool: pg.Pool;

const sql = (text: string): SqlQuery => ({ sql: text, args: [], argTypes: [] });
const prepared = async () => (await adapter.queryRaw(sql('SELECT name, statement FROM pg_prepared_statements ORDER BY name'))).rows as [string, string][];

beforeEach(async () => {
  database = await createPostgresTestDatabase();
  const url = database.url;
  pool = createPool(url);
  adapter = await preparedPostgresAdapterFactory(pool).connect();
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('CREATE TABLE probe (id int PRIMARY KEY, a int)');
  await admin.query('INSERT INTO probe VALUES (1, 10)');
});
afterEach(async () => {
  await admin.end();
  await adapter.dispose();
  await pool.end();
  await database.drop();
});

describe('PostgreSQL prepared statements', () => {
  it('prepares each SQL text once under a name and reuses it', async () => {
    const text = 'SELECT a FROM probe WHERE id = 1';
    expect((await adapter.queryRaw(sql(text))).rows).toEqual([[10]]);
    expect((await adapter.queryRaw(sql(text))).rows).toEqual([[10]]);
    const mine = (await prepared()).filter(([, statement]) => statement === text);
    expect(mine).toHaveLength(1);
    expect(mine[0]![0]).toMatch(/^etl_0_\d+$/);
  });

  it('prepares a statement again after a schema change made it unusable', async () => {
    const text = 'SELECT * FROM probe ORDER BY id';
    expect((await adapter.queryRaw(sql(text))).columnNames).toEqual(['id', 'a']);
    await admin.query('ALTER TABLE probe ADD COLUMN b int DEFAULT 7');
    // Postgres answers "cached plan must not change result type" for the old statement: retried fresh
    const again = await adapter.queryRaw(sql(text));
    expect(again.columnNames).toEqual(['id', 'a', 'b']);
    expect(again.rows).toEqual([[1, 10, 7]]);
    expect((await prepared()).some(([name, statement]) => statement === text && name.startsWith('etl_1_'))).toBe(true);
  });

  it('inside a transaction the stale statement fails once, and the next transaction prepares it anew', async () => {
    const text = 'SELECT * FROM probe ORDER BY id';
    const first = await adapter.startTransaction();
    await first.queryRaw(sql(text));
    await first.executeRaw(sql('COMMIT'));
    await first.commit();
    await admin.query('ALTER TABLE probe ADD COLUMN c int DEFAULT 3');
    const second = await adapter.startTransaction();
    await expect(second.queryRaw(sql(text))).rejects.toMatchObject({ cause: { originalCode: '0A000' } });
    await second.executeRaw(sql('ROLLBACK'));
    await second.rollback();
    const third = await adapter.startTransaction();
    expect((await third.queryRaw(sql(text))).columnNames).toEqual(['id', 'a', 'c']);
    await third.executeRaw(sql('COMMIT'));
    await third.commit();
  });
});
