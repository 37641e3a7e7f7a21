// How near a certificate's expiry is: officials start a renewal well before it lapses, so anything within 90
// days is flagged (the page highlights it, the CSV carries the days left).
import type { CaseView } from '../../domain/licensing/case-view.ts';

export const EXPIRY_WARNING_DAYS = 90;

export type ExpiryState = 'none' | 'ok' | 'soon' | 'expired';

export function expiryOf(expiresAt: string | null, now: Date): { days: number | null; state: ExpiryState } {
  if (!expiresAt) return { days: null, state: 'none' };
  const days = Math.floor((new Date(expiresAt).getTime() - now.getTime()) / 86_400_000);
  return { days, state: days < 0 ? 'expired' : days < EXPIRY_WARNING_DAYS ? 'soon' : 'ok' };
}

const isOpen = (c: CaseView) => c.status === 'OPEN' || c.status === 'IN_PROGRESS' || c.status === 'RETURNED';

/** open cases as listed (latest change first), and issued certificates soonest expiry first (no expiry last) */
export function splitCases(cases: CaseView[]): { open: CaseView[]; certificates: CaseView[] } {
  const at = (c: CaseView) => (c.expiresAt ? new Date(c.expiresAt).getTime() : Number.POSITIVE_INFINITY);
  return {
    open: cases.filter(isOpen),
    certificates: cases.filter((c) => c.status === 'ISSUED' && c.certificateNumber).sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id)),
  };
}
