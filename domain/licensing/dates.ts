// Certificate dates as people write them. A bare date is the start of that day in WITA, so it shows as the
// same day everywhere in the programme; a full ISO timestamp is taken as it is.
import { WITA_OFFSET_MS } from '../lib/time.ts';

/**
 * "25-03-2025", "25/3/2025", "25.03.2025", "2025-03-25" or "2025-03-25T02:00:00Z" → a Date; null for anything
 * else or an impossible date (31-02, year outside 1990-2100).
 */
export function parseDateOnly(text: string): Date | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(t)) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  let y: number, m: number, d: number;
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (ymd) [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else return null;
  const utc = Date.UTC(y, m - 1, d);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d || y < 1990 || y > 2100) return null;
  return new Date(utc - WITA_OFFSET_MS);
}
