// The Telegram throttle: never more than the limit in any one-second window overall, a chat's gap counted
// from when its previous call actually left (not from when it joined the queue), one chat's calls in order,
// calls without a chat untouched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pacingFrom, telegramThrottle } from '../../../../bot/channels/telegram/throttle.ts';

type Prev = Parameters<ReturnType<typeof telegramThrottle>>[0];

function recorder() {
  const sent: { chat: string; text: string; at: number }[] = [];
  const prev = (async (_method: string, payload: { chat_id?: number | string; text?: string }) => {
    sent.push({ chat: String(payload?.chat_id), text: payload?.text ?? '', at: performance.now() });
    return { ok: true, result: true };
  }) as unknown as Prev;
  return { sent, prev };
}

const call = (throttle: ReturnType<typeof telegramThrottle>, prev: Prev, chat: number | undefined, text = '') =>
  throttle(prev, 'sendMessage', (chat === undefined ? { text } : { chat_id: chat, text }) as never, undefined);

describe('telegram throttle', () => {
  // Fake timers and a fake performance clock: the spacing is asserted exactly, whatever the machine's load.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never lets more than perSecond calls leave within any one-second window, and keeps the minimum gap', async () => {
    const throttle = telegramThrottle({ perSecond: 4, minGapMs: 20, chatGapMs: 5000, groupGapMs: 5000 });
    const { sent, prev } = recorder();
    const all = Promise.all(Array.from({ length: 9 }, (_, i) => call(throttle, prev, 100 + i)));
    await vi.runAllTimersAsync();
    await all;
    const at = sent.map((s) => s.at);
    for (let i = 4; i < at.length; i++) expect(at[i]! - at[i - 4]!).toBeGreaterThanOrEqual(999);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(19);
    // 9 calls at 4 a second: two full windows waited, not nine gaps of a quarter second
    expect(at[8]! - at[0]!).toBeLessThan(2300);
  });

  it("counts a chat's gap from when its last call left, even after a long wait in the overall queue", async () => {
    const throttle = telegramThrottle({ perSecond: 1000, minGapMs: 40, chatGapMs: 100, groupGapMs: 1000 });
    const { sent, prev } = recorder();
    const others = Array.from({ length: 5 }, (_, i) => call(throttle, prev, 200 + i));
    const first = call(throttle, prev, 1, 'first'); // waits ~200 ms behind the others
    await vi.advanceTimersByTimeAsync(210);
    const second = call(throttle, prev, 1, 'second'); // would be due at once if counted from the queueing
    await vi.runAllTimersAsync();
    await Promise.all([...others, first, second]);
    const a = sent.find((s) => s.text === 'first')!;
    const b = sent.find((s) => s.text === 'second')!;
    expect(b.at - a.at).toBeGreaterThanOrEqual(99);
  });

  it("keeps one chat's calls in order and lets calls without a chat through at once", async () => {
    const throttle = telegramThrottle({ perSecond: 1000, minGapMs: 5, chatGapMs: 15, groupGapMs: 30 });
    const { sent, prev } = recorder();
    const all = Promise.all(['a', 'b', 'c', 'd'].map((t) => call(throttle, prev, 7, t)));
    await vi.runAllTimersAsync();
    await all;
    expect(sent.map((s) => s.text)).toEqual(['a', 'b', 'c', 'd']);
    const started = performance.now();
    await call(throttle, prev, undefined, 'getMe-like');
    expect(performance.now() - started).toBeLessThan(5);
  });

  it('reads the gaps from the throttler-plugin-shaped option and defaults to just under the limits', () => {
    expect(pacingFrom(undefined)).toEqual({ perSecond: 29, minGapMs: 15, chatGapMs: 1050, groupGapMs: 3000 });
    expect(pacingFrom({ out: { minTime: 0 } }).chatGapMs).toBe(0);
  });
});
