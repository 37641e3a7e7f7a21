// A notification's action buttons are kept in the chat's session for 24 hours (bot/core/notification-buttons.ts).
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../domain/repositories/conversation.repository.ts';
import { BUTTON_WINDOW_MS, recentButtons, rememberButtons } from '../../bot/core/notification-buttons.ts';

const session = (): SessionRecord => ({ id: 's', channel: 'TELEGRAM', conversationId: 'c', userId: null, language: 'id', flow: null, step: null, data: {}, menu: null, stack: [], version: 0 });

describe('notification buttons in the session', () => {
  it('keeps only action buttons, newest notification first, and forgets them after 24 hours', () => {
    const s = session();
    const t0 = Date.UTC(2026, 11, 7, 8);
    rememberButtons(s, [{ label: '✅ Terima', value: '!accept:O1' }, { label: 'Menu', value: 'menu' }, { label: 'Lihat', url: 'https://x' } as { label: string; value?: string }], t0);
    rememberButtons(s, [{ label: 'Kurasi sekarang', value: '!review:P1' }], t0 + 60_000);
    const sticky = s.data.sticky as Record<string, unknown>;
    expect(recentButtons(sticky, t0 + 120_000).map((b) => b.value)).toEqual(['!review:P1', '!accept:O1']);
    expect(recentButtons(sticky, t0 + BUTTON_WINDOW_MS + 30_000).map((b) => b.value)).toEqual(['!review:P1']);
    // a later notification drops the expired ones from the session itself
    rememberButtons(s, [{ label: '💳 Konfirmasi pembayaran', value: '!paid:O2' }], t0 + BUTTON_WINDOW_MS + 61_000);
    expect((sticky.notificationButtons as unknown[]).length).toBe(1);
  });
});
