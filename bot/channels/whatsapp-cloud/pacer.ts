// Keeps the Cloud API's throughput limit (messages per second per business number). Unlike WhatsApp Web's
// serial queue, sends overlap: each one only reserves a start slot, so a slow answer from Meta does not lower
// the rate. Meta (and the fake) count the messages that reach them in any one-second window, so two rules
// hold together:
// - slots 1/rate apart (a hair under the limit, PACE), so that sends stay spread out, and
// - a send starts only while fewer than rate − WINDOW_SPARE sends may have reached Meta within the last
//   WINDOW_MS: those still on their way and those answered within it. A send reaches Meta after it starts
//   and before its answer arrives, so whatever the delays in between (a busy event loop that wakes several
//   slots at once, a slow network), Meta never counts more than that in one window. Counting from the starts
//   instead met 17 answers 429 in 2,000 sends on a loaded machine (bench "dispatch-cloud"); 1/rate slots
//   alone, 26; each paused every send for a second.
// A 429 for throughput (130429) pauses until the window has room again, or for Retry-After when Meta says;
// other throttling (app-level 4, 80007) backs off for longer (sender.ts).
export interface RatePacer {
  /** resolves when this send may start, with the function to call when its answer (or failure) arrived */
  take(): Promise<() => void>;
  /** no send starts before ms from now (shared: once the database has it) */
  backOff(ms: number): void | Promise<void>;
  /** a 429 for throughput: no send before the window has room (or before retryAfterMs, when given) */
  throttled(retryAfterMs?: number): void | Promise<void>;
}

/** the share of the limit the slots are spaced at */
export const PACE = 0.99;
export const WINDOW_MS = 1_000;
/** the two clocks (ours, Meta's) and the millisecond rounding of both */
export const WINDOW_GUARD_MS = 5;
export const WINDOW_SPARE = 1;
/** the shortest pause after a 429 (the window may be full because of another sender on the number) */
const MIN_THROTTLED_PAUSE_MS = 20;
/** with every counted send still on its way, look again this often */
const IN_FLIGHT_POLL_MS = 5;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createRatePacer(perSecond: number, now: () => number = Date.now): RatePacer {
  const interval = 1000 / (perSecond * PACE);
  const inWindow = Math.max(1, Math.floor(perSecond) - WINDOW_SPARE);
  // sends that may count in Meta's window: when each was answered (Infinity while on its way)
  const counted: { answeredAt: number }[] = [];
  let nextFree = 0;

  /** 0 when a send may start now, else how long until one may */
  function windowWait(): number {
    const t = now();
    const horizon = t - WINDOW_MS - WINDOW_GUARD_MS;
    for (let i = counted.length - 1; i >= 0; i--) if (counted[i]!.answeredAt <= horizon) counted.splice(i, 1);
    if (counted.length < inWindow) return 0;
    const firstOut = Math.min(...counted.map((c) => c.answeredAt));
    return Number.isFinite(firstOut) ? Math.max(1, firstOut - horizon) : IN_FLIGHT_POLL_MS;
  }

  return {
    async take() {
      const slot = Math.max(now(), nextFree);
      nextFree = slot + interval;
      // timers may fire a little early (see whatsapp/send-queue.ts): wait until the clock agrees
      for (let wait = slot - now(); wait > 0; wait = slot - now()) await sleep(wait);
      // others woke first (a late timer) or answers are slow: wait for room in the window
      for (let wait = windowWait(); wait > 0; wait = windowWait()) await sleep(wait);
      const entry = { answeredAt: Number.POSITIVE_INFINITY };
      counted.push(entry);
      return () => {
        if (entry.answeredAt === Number.POSITIVE_INFINITY) entry.answeredAt = now();
      };
    },
    backOff(ms) {
      nextFree = Math.max(nextFree, now() + ms);
    },
    throttled(retryAfterMs) {
      nextFree = Math.max(nextFree, now() + (retryAfterMs ?? Math.max(MIN_THROTTLED_PAUSE_MS, windowWait())));
    },
  };
}
