// The buttons of the notifications a chat was sent in the last 24 hours, kept in its session when the
// notification goes out (delivery.ts), so typed button words ("terima", "kurasi sekarang") are matched
// against them after another menu has followed (understood.ts) without reading the outbox at every turn.
import type { SessionRecord } from '../../domain/repositories/conversation.repository.ts';

export const BUTTON_WINDOW_MS = 24 * 60 * 60_000;
const KEEP = 20;

export interface SentButton {
  label: string;
  value: string;
  /** when the notification went out (ms since the epoch) */
  at: number;
}

function keptIn(sticky: Record<string, unknown>): SentButton[] {
  const list = sticky.notificationButtons;
  return Array.isArray(list) ? (list as SentButton[]).filter((b) => typeof b?.label === 'string' && typeof b?.value === 'string' && typeof b?.at === 'number') : [];
}

/** Adds a delivered notification's action buttons ("!name:args") to the chat's session; older than 24 h go. */
export function rememberButtons(session: SessionRecord, options: { label: string; value?: string }[], now: number): void {
  const sticky = ((session.data.sticky as Record<string, unknown> | undefined) ??= {}) as Record<string, unknown>;
  const added = options.flatMap((o) => (o.value?.startsWith('!') ? [{ label: o.label, value: o.value, at: now }] : []));
  if (added.length === 0) return;
  sticky.notificationButtons = [...added, ...keptIn(sticky).filter((b) => now - b.at < BUTTON_WINDOW_MS)].slice(0, KEEP);
}

/** The buttons still fresh, newest notification first. */
export function recentButtons(sticky: Record<string, unknown>, now: number): SentButton[] {
  return keptIn(sticky).filter((b) => now - b.at < BUTTON_WINDOW_MS);
}
