// What staff and officials type: sale and return commands, unit counts, how long a placement runs, months.
import { describe, expect, it } from 'vitest';
import { parseMonth, parseMovementCommand, parseUnits, parseUntil } from '../../../bot/flows/display/command-parse.ts';

describe('display chat parsing', () => {
  it('reads sale and return commands, with or without the point, in both languages', () => {
    expect(parseMovementCommand('jual KBJ01 2')).toEqual({ kind: 'sale', productCode: 'KBJ01', quantity: 2 });
    expect(parseMovementCommand('  Jual kbj01 12 pcs ')).toEqual({ kind: 'sale', productCode: 'KBJ01', quantity: 12 });
    expect(parseMovementCommand('/retur KBJ01 1 KOE')).toEqual({ kind: 'return', productCode: 'KBJ01', quantity: 1, pointCode: 'KOE' });
    expect(parseMovementCommand('sell KBJ01 3 at pel-tenau')).toEqual({ kind: 'sale', productCode: 'KBJ01', quantity: 3, pointCode: 'PEL-TENAU' });
    expect(parseMovementCommand('jual KBJ01 di KOE')).toBeNull();
    expect(parseMovementCommand('jual KBJ01 0')).toBeNull();
    expect(parseMovementCommand('jual kopi bajawa murah')).toBeNull();
    expect(parseMovementCommand('kopi bajawa')).toBeNull();
  });

  it('reads unit counts, placement ends and months; refuses what does not fit', () => {
    expect(parseUnits('12')).toBe(12);
    expect(parseUnits('12 buah')).toBe(12);
    expect(parseUnits('0')).toBeNull();
    expect(parseUnits('-3')).toBeNull();
    expect(parseUnits('dua belas')).toBeNull();
    expect(parseUntil('30 hari')).toEqual({ days: 30 });
    expect(parseUntil('90 days')).toEqual({ days: 90 });
    expect(parseUntil('2026-12-31')).toEqual({ endsOn: '2026-12-31' });
    expect(parseUntil('31-12-2026')).toEqual({ endsOn: '31-12-2026' });
    expect(parseUntil('Tanpa batas')).toEqual({ open: true });
    expect(parseUntil('31-02-2026')).toBeNull();
    expect(parseUntil('1000 hari')).toBeNull();
    expect(parseMonth('2026-11')).toBe('2026-11');
    expect(parseMonth('2026-13')).toBeNull();
  });
});
