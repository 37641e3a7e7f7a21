// PostgreSQL's driver adapter runs a migration script by splitting it on ';' (executeScript), so a ';'
// inside a comment cut a statement in two: "syntax error at or near …" on PostgreSQL while PGlite, which takes
// the script whole, applied it. Committed migrations keep their semicolons to the ends of statements.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsDir } from '../../../prisma/engine/migrations.ts';

describe('migration scripts', () => {
  const scripts = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: e.name, sql: readFileSync(path.join(migrationsDir, e.name, 'migration.sql'), 'utf8') }));

  it('are read', () => {
    expect(scripts.length).toBeGreaterThan(10);
  });

  it("have no ';' inside a comment", () => {
    const offenders = scripts.flatMap(({ name, sql }) => sql.split('\n').filter((line) => /--.*;/.test(line)).map((line) => `${name}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });
});
