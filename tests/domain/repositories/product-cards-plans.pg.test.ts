// The card statements on PostgreSQL (product-cards.ts): planned once per connection, not on every call.
// Only the postgres project runs this file (*.pg.test.ts), on the demo catalogue.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { cardsByIds, listPublicCards } from '../../../domain/repositories/product-cards.ts';
import { createDemoDatabase } from '../../helpers/test-database.ts';

let db: Database;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'cards-plans-'));
  db = await createDemoDatabase(dataDir);
}, 120_000);
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

// PostgreSQL plans a prepared statement once (its generic plan) unless that plan looks dearer than one made
// for the values of each call; the cards by ids and a category's page were planned again on every call (the
// count of ids or rows a parameter), ~0.5 ms of the server's CPU each (issue 29). Each statement's own text,
// prepared on one connection and run as often as the server needs to decide, must settle on the generic plan.
it('reads cards with statements PostgreSQL plans once, not on every call', async () => {
  const ids = (await db.prisma.product.findMany({ where: { status: 'APPROVED' }, select: { id: true }, take: 3 })).map((p) => p.id);
  const category = (await db.prisma.product.findFirstOrThrow({ where: { status: 'APPROVED' }, select: { categoryId: true } })).categoryId;
  const sent: string[] = [];
  db.onQuery((s) => sent.push(s.query));
  await cardsByIds(db.prisma, ids);
  await listPublicCards(db.prisma, { categoryId: category }, 7);
  const [byIds, page] = sent.slice(-2);
  expect(byIds).toContain('ANY($1::text[])');
  expect(page).toContain('"categoryId" = $1');
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${await databaseName()}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    for (const [name, text, values] of [['by_ids', byIds!, [ids]], ['page', page!, [category]]] as const) {
      for (let i = 0; i < 12; i++) await client.query({ name, text, values: [...values] });
    }
    const plans = await client.query<{ name: string; generic_plans: string; custom_plans: string }>('SELECT name, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name');
    expect(plans.rows.map((r) => ({ name: r.name, generic: Number(r.generic_plans) > 0, custom: Number(r.custom_plans) }))).toEqual([
      { name: 'by_ids', generic: true, custom: 5 },
      { name: 'page', generic: true, custom: 5 },
    ]);
  } finally {
    await client.end();
  }
});

async function databaseName(): Promise<string> {
  const [row] = await db.prisma.$queryRawUnsafe<{ name: string }[]>('SELECT current_database() AS name');
  return row!.name;
}
