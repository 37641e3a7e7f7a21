// The Cloud API's throughput limit kept across processes (issue 28): every process sending for one business
// number reserves its start slots on one SendSlot row ("whatsapp-cloud:<phone number id>"), a gap apart on
// the database's clock, as Telegram's shared throttle does (telegram/shared-throttle.ts, whose clock mapping
// and slot lead this reuses). Paced at SHARED_PACE of the limit: the processes wake for their slots with
// different lateness (a busy event loop, a late timer), and Meta counts any one-second window. A 429 holds
// the row off, so every process pauses. One process alone (the embedded database) uses pacer.ts instead.
import { createDatabaseClock, LATE_MS, SLOT_LEAD_MS, type SlotReserver } from '../telegram/shared-throttle.ts';
import type { RatePacer } from './pacer.ts';

export interface SharedSlots extends SlotReserver {
  holdOff(key: string, ms: number): Promise<void>;
}

/** 72 of Meta's 80 a second: room for ~100 ms of the processes' differing lateness within one window */
export const SHARED_PACE = 0.9;
/** the pause after a 429 for throughput without Retry-After: a few slots, for the window to move on */
const THROTTLED_PAUSE_MS = 150;
const MAX_SLOT_RETRIES = 5;

export function createSharedRatePacer(slots: SharedSlots, phoneNumberId: string, perSecond: number, onError: (error: unknown) => void): RatePacer {
  const key = `whatsapp-cloud:${phoneNumberId}`;
  const gapMs = 1000 / (perSecond * SHARED_PACE);
  const clock = createDatabaseClock();
  let calibrated: Promise<void> | undefined;

  /** a few round trips before the first send: the first one (a new connection) is the slowest */
  async function calibrate(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      const sentAt = Date.now();
      const dbNow = await slots.clock();
      clock.sample(dbNow, sentAt, Date.now());
    }
  }

  // a failed statement only loses the pause: the send is retried anyway
  const hold = (ms: number) => slots.holdOff(key, ms).catch(onError);

  return {
    async take() {
      await (calibrated ??= calibrate());
      for (let attempt = 0; ; attempt++) {
        const sentAt = Date.now();
        const { slotAt, dbNow } = await slots.reserve(key, gapMs, SLOT_LEAD_MS);
        clock.sample(dbNow, sentAt, Date.now());
        // woken too late, the send would land right before another process's punctual one: take the next
        const woke = await clock.until(slotAt);
        if (woke.late <= LATE_MS || attempt >= MAX_SLOT_RETRIES) return () => {};
      }
    },
    backOff: (ms) => hold(ms),
    throttled: (retryAfterMs) => hold(retryAfterMs ?? THROTTLED_PAUSE_MS),
  };
}
