// Times are UTC in the database; the programme's months and the dates people see are in WITA (UTC+8).
export const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2026-11" for the WITA month containing `date`. */
export function witaMonth(date: Date = new Date()): string {
  return new Date(date.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 7);
}

/** "2026-11-29" for the WITA day containing `date`. */
export function witaDay(date: Date = new Date()): string {
  return new Date(date.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Day of month (1-31) in WITA. */
export function witaDayOfMonth(date: Date = new Date()): number {
  return new Date(date.getTime() + WITA_OFFSET_MS).getUTCDate();
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
