// The application's Prisma client counts every statement it sends (the benchmark's statements per event)
// and, once asked, reports each with its time (bench/tools/profile-chat.ts), transactions included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';

let db: Database;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.close();
});

describe('statement counter', () => {
  it('counts each statement once, in and out of transactions', async () => {
    const before = db.queryCount();
    await db.prisma.$queryRaw`SELECT 1 AS probe_one`;
    expect(db.queryCount() - before).toBe(1);
    await db.prisma.user.findMany({ where: { displayName: 'nobody' } });
    expect(db.queryCount() - before).toBe(2);
    const seen: string[] = [];
    db.onQuery((s) => {
      expect(s.ms).toBeGreaterThanOrEqual(0);
      seen.push(s.query);
    });
    await db.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 2 AS probe_two`;
      await tx.$queryRaw`SELECT 3 AS probe_three`;
    });
    expect(seen.filter((q) => /probe_(two|three)/.test(q))).toHaveLength(2);
    expect(db.queryCount() - before).toBe(2 + seen.length);
  });

  it('reports a failed statement too', async () => {
    const seen: string[] = [];
    db.onQuery((s) => seen.push(s.query));
    const before = db.queryCount();
    await expect(db.prisma.$queryRawUnsafe('SELECT * FROM no_such_table_probe')).rejects.toThrow();
    expect(db.queryCount() - before).toBe(1);
    expect(seen).toEqual(['SELECT * FROM no_such_table_probe']);
  });
});
