// What display-point staff and officials type: "jual KBJ01 2" (a sale), "retur KBJ01 1" (unsold units back
// to the producer), optionally with the point ("jual KBJ01 2 KOE"); a quantity; and how long a placement
// runs ("2026-12-31", "30 hari", "tanpa batas"). Pure functions.
import { parseDateOnly } from '../../../domain/licensing/dates.ts';

export interface MovementCommand {
  kind: 'sale' | 'return';
  productCode: string;
  quantity: number;
  pointCode?: string;
}

const KINDS: Record<string, MovementCommand['kind']> = { jual: 'sale', terjual: 'sale', sell: 'sale', sold: 'sale', retur: 'return', return: 'return' };
const COMMAND = /^\/?(jual|terjual|sell|sold|retur|return)\s+([a-z0-9]{2,20})\s+(\d{1,5})(?:\s*(?:pcs|unit|buah|x))?(?:\s+(?:di\s+|at\s+|@)?([a-z0-9][a-z0-9-]{1,19}))?\s*$/i;

/** "jual KBJ01 2", "/retur kbj01 1 KOE", "sell KBJ01 3 at KOE" → the command; anything else → null. */
export function parseMovementCommand(text: string): MovementCommand | null {
  const m = COMMAND.exec(text.trim());
  if (!m) return null;
  const quantity = Number(m[3]);
  if (quantity < 1) return null;
  return { kind: KINDS[m[1]!.toLowerCase()]!, productCode: m[2]!.toUpperCase(), quantity, ...(m[4] ? { pointCode: m[4].toUpperCase() } : {}) };
}

/** A count of units, 1..10000: "12", "12 pcs", "12 buah". */
export function parseUnits(text: string): number | null {
  const m = /^(\d{1,5})(?:\s*(?:pcs|unit|units|buah|bungkus|x))?$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 10_000 ? n : null;
}

export type Until = { days: number } | { endsOn: string } | { open: true };

/** "30 hari", "30 days", "30" → days; a date → that last day; "tanpa batas", "no end", "-" → open-ended. */
export function parseUntil(text: string): Until | null {
  const t = text.trim().toLowerCase();
  if (/^(-|tanpa batas|tidak ada|no end|none|open|selamanya)$/.test(t)) return { open: true };
  const days = /^(\d{1,3})\s*(hari|days?|hr|d)?$/.exec(t);
  if (days) {
    const n = Number(days[1]);
    return n >= 1 && n <= 730 ? { days: n } : null;
  }
  return parseDateOnly(t) ? { endsOn: t } : null;
}

/** "2026-11" typed for a report month */
export function parseMonth(text: string): string | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]}` : null;
}
