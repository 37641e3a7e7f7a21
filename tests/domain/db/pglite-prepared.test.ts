// The prepared-statement client the application's Prisma client uses on PGlite: it must answer exactly as
// PGlite's own query() does (values, types, errors, transactions), keep one prepared statement per SQL text,
// close the least recently used beyond its limit, and survive a schema change under a prepared statement.
import type { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preparedStatementClient, type PreparedStatementClient } from '../../../domain/db/pglite-prepared.ts';
import { openTestPglite } from '../../helpers/test-database.ts';

let pglite: PGlite;
let client: PreparedStatementClient;

const preparedNames = async () => (await pglite.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name')).rows.map((r) => r.name);

beforeEach(async () => {
  pglite = await openTestPglite('empty'); // a fresh cluster, without initdb's 6 s of CPU per test
  await pglite.exec(`CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL, tags text[], meta jsonb, at timestamptz, price bigint)`);
  client = preparedStatementClient(pglite, 3);
});
afterEach(async () => {
  if (!pglite.closed) await pglite.close();
});

describe('prepared-statement client', () => {
  it('answers like PGlite for every kind of value, in object and array row modes', async () => {
    const insert = 'INSERT INTO item (id, name, tags, meta, at, price) VALUES ($1, $2, $3, $4, $5, $6)';
    const at = new Date('2026-11-29T01:02:03.000Z');
    await client.query(insert, [1, "Se'i sapi", ['a', 'b'], { halal: true, n: 2 }, at, 12_000_000_000]);
    await client.query(insert, [2, 'Kopi', null, null, null, null]);
    const sql = 'SELECT id, name, tags, meta, at, price FROM item WHERE id = ANY($1) ORDER BY id';
    for (const rowMode of ['object', 'array'] as const) {
      const ours = await client.query(sql, [[1, 2]], { rowMode });
      const theirs = await pglite.query(sql, [[1, 2]], { rowMode });
      expect(ours.rows).toEqual(theirs.rows);
      expect(ours.fields).toEqual(theirs.fields);
    }
    const [first] = (await client.query<{ meta: unknown; at: Date; tags: string[] }>(sql, [[1]])).rows;
    expect(first).toMatchObject({ meta: { halal: true, n: 2 }, tags: ['a', 'b'] });
    expect(first!.at.toISOString()).toBe(at.toISOString());
  });

  it('applies the caller’s parsers over the defaults', async () => {
    await client.query('INSERT INTO item (id, name) VALUES ($1, $2)', [1, 'x']);
    const parsers = { 23: (value: string) => `int:${value}` }; // int4
    const r = await client.query<{ id: string }>('SELECT id FROM item', [], { parsers });
    expect(r.rows[0]!.id).toBe('int:1');
    expect((await client.query<{ id: number }>('SELECT id FROM item')).rows[0]!.id).toBe(1);
  });

  it('prepares a SQL text once, and closes the least recently used beyond its limit', async () => {
    const texts = ['SELECT 1 AS n WHERE $1::int > 0', 'SELECT 2 AS n WHERE $1::int > 0', 'SELECT 3 AS n WHERE $1::int > 0', 'SELECT 4 AS n WHERE $1::int > 0'];
    for (const t of texts.slice(0, 3)) await client.query(t, [1]);
    await client.query(texts[0]!, [1]); // the first is used again: the second is now the oldest
    expect(client.preparedCount).toBe(3);
    expect(await preparedNames()).toHaveLength(3);
    await client.query(texts[3]!, [1]); // a fourth: the second is dropped, closed with the next preparation
    expect(client.preparedCount).toBe(3);
    expect(await preparedNames()).toHaveLength(4); // the dropped one is closed with the next preparation
    expect((await client.query<{ n: number }>(texts[1]!, [1])).rows).toEqual([{ n: 2 }]); // prepared again
    expect(await preparedNames()).toHaveLength(4);
    // however many texts come, Postgres holds at most the limit plus the one awaiting its close
    for (let i = 10; i < 40; i++) await client.query(`SELECT ${i} AS n WHERE $1::int > 0`, [1]);
    expect(await preparedNames()).toHaveLength(4);
    expect(client.preparedCount).toBe(3);
  });

  it('reports errors as PGlite does, and keeps working after one', async () => {
    await client.query('INSERT INTO item (id, name) VALUES ($1, $2)', [1, 'x']);
    const duplicate = client.query('INSERT INTO item (id, name) VALUES ($1, $2)', [1, 'y']);
    await expect(duplicate).rejects.toMatchObject({ code: '23505' });
    await expect(client.query('SELECT nope FROM item', [])).rejects.toMatchObject({ code: '42703' });
    expect((await client.query<{ n: number }>('SELECT count(*)::int AS n FROM item')).rows).toEqual([{ n: 1 }]);
  });

  it('runs transactions: committed work stays, a rolled back one leaves nothing, queries outside wait', async () => {
    const insert = 'INSERT INTO item (id, name) VALUES ($1, $2)';
    await client.transaction(async (tx) => {
      await tx.query(insert, [1, 'kept']);
    });
    const outside: Promise<unknown>[] = [];
    await expect(
      client.transaction(async (tx) => {
        await tx.query(insert, [2, 'dropped']);
        // a query from outside the transaction must not run inside it
        outside.push(client.query(insert, [3, 'outside']));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await Promise.all(outside);
    expect((await client.query<{ id: number }>('SELECT id FROM item ORDER BY id')).rows.map((r) => r.id)).toEqual([1, 3]);
  });

  it('prepares again when a schema change makes a prepared statement unusable', async () => {
    const sql = 'SELECT * FROM item WHERE id = $1';
    await client.query('INSERT INTO item (id, name) VALUES ($1, $2)', [1, 'x']);
    expect((await client.query(sql, [1])).fields).toHaveLength(6);
    await pglite.exec('ALTER TABLE item ADD COLUMN extra text');
    const after = await client.query(sql, [1]);
    expect(after.fields.map((f) => f.name)).toContain('extra');
  });

  it('says the database is closed when it is', async () => {
    await pglite.close();
    await expect(client.query('SELECT 1', [])).rejects.toThrow(/closed/);
  });
});
