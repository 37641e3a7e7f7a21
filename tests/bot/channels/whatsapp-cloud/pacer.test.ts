// The Cloud transport's pacer against Meta's one-second window: sends spread at about the limit, and never
// more than the limit less one that may reach Meta within any window (counted from start to answer), even
// when the event loop stalls and wakes several slots at once or answers are slow; a 429 for throughput
// pauses until the window has room (well under the second the old doubling backoff paused), or Retry-After.
import { describe, expect, it } from 'vitest';
import { createRatePacer, WINDOW_GUARD_MS, WINDOW_MS, WINDOW_SPARE } from '../../../../bot/channels/whatsapp-cloud/pacer.ts';

/** the most sends whose [start, answer] span could put them in one window of Meta's */
function mostInWindow(spans: { start: number; end: number }[], windowMs: number): number {
  let most = 0;
  // a window ending at a start: every send started before it and answered after it minus the window
  for (const s of spans) most = Math.max(most, spans.filter((o) => o.start <= s.start && o.end > s.start - windowMs).length);
  return most;
}

const block = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until);
};

describe('Cloud rate pacer', () => {
  it('keeps the window below the limit through event-loop stalls and slow answers, at close to the full rate', async () => {
    const perSecond = 80;
    const pacer = createRatePacer(perSecond);
    const spans: { start: number; end: number }[] = [];
    const first = Date.now();
    await Promise.all(
      Array.from({ length: 240 }, async (_, i) => {
        const answered = await pacer.take();
        const start = Date.now();
        // a stall now and then, as a busy process has: every slot due meanwhile wakes at once
        if (i % 60 === 30) block(120);
        // answers take 5 ms, some 300 ms
        await new Promise((r) => setTimeout(r, i % 40 === 7 ? 300 : 5));
        answered();
        spans.push({ start, end: Date.now() });
      }),
    );
    const seconds = (Date.now() - first) / 1000;
    expect(mostInWindow(spans, WINDOW_MS)).toBeLessThanOrEqual(perSecond - WINDOW_SPARE);
    // 240 sends at 80/s take 3 s; the pacer stays within 10 % of it (plus the stalls)
    expect(seconds).toBeLessThan((240 / perSecond) * 1.1 + 0.5);
  });

  it('a 429 for throughput pauses until the window has room, or for Retry-After', async () => {
    const pacer = createRatePacer(20);
    const starts: number[] = [];
    // nineteen sends (20 − 1) fill the window
    for (let i = 0; i < 19; i++) {
      (await pacer.take())();
      starts.push(Date.now());
    }
    await pacer.throttled();
    await pacer.take();
    const resumed = Date.now();
    // it waited for the first send to leave the window (its second plus the guard), and not much longer
    expect(resumed).toBeGreaterThanOrEqual(starts[0]! + WINDOW_MS + WINDOW_GUARD_MS);
    expect(resumed - starts.at(-1)!).toBeLessThan(WINDOW_MS / 2);

    const other = createRatePacer(20);
    (await other.take())();
    const before = Date.now();
    await other.throttled(600);
    await other.take();
    expect(Date.now() - before).toBeGreaterThanOrEqual(600);
  });
});
