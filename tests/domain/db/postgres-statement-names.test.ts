// The names PostgreSQL statements are prepared under: one per SQL text, none beyond the bound (those run
// unnamed, as node-postgres does by default), fresh ones for every text after a stale statement.
import { describe, expect, it } from 'vitest';
import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import { isStaleStatement, statementNames } from '../../../domain/db/postgres.ts';

describe('PostgreSQL statement names', () => {
  it('gives each SQL text one name, and none beyond the bound', () => {
    const names = statementNames(2);
    const a = names.nameOf('SELECT 1');
    expect(a).toMatch(/^etl_0_\d+$/);
    expect(names.nameOf('SELECT 1')).toBe(a);
    const b = names.nameOf('SELECT 2');
    expect(b).not.toBe(a);
    expect(names.nameOf('SELECT 3')).toBe('');
    expect(names.size()).toBe(2);
    expect(names.nameOf('SELECT 2')).toBe(b);
  });

  it('moves every text to a new name after renew', () => {
    const names = statementNames();
    const before = names.nameOf('SELECT 1');
    names.renew();
    const after = names.nameOf('SELECT 1');
    expect(after).not.toBe(before);
    expect(after).toMatch(/^etl_1_/);
  });

  it('knows the errors of a statement Postgres can no longer use', () => {
    const pg = (originalCode: string) => new DriverAdapterError({ kind: 'postgres', code: originalCode, severity: 'ERROR', message: 'x', detail: undefined, column: undefined, hint: undefined, originalCode, originalMessage: 'x' });
    expect(isStaleStatement(pg('0A000'))).toBe(true);
    expect(isStaleStatement(pg('26000'))).toBe(true);
    expect(isStaleStatement(pg('23505'))).toBe(false);
    expect(isStaleStatement(new Error('cached plan must not change result type'))).toBe(false);
  });
});
