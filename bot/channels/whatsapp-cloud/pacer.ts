// Keeps the Cloud API's throughput limit (messages per second per business number). Unlike WhatsApp Web's
// serial queue, sends overlap: each one only reserves a start slot 1/rate apart, so a slow answer from
// Meta does not lower the rate. A 429 pauses every slot after it (backOff).
export interface RatePacer {
  /** resolves when this send may start */
  take(): Promise<void>;
  /** no send starts before ms from now */
  backOff(ms: number): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createRatePacer(perSecond: number, now: () => number = Date.now): RatePacer {
  const interval = 1000 / perSecond;
  let nextFree = 0;
  return {
    async take() {
      const slot = Math.max(now(), nextFree);
      nextFree = slot + interval;
      // timers may fire a little early (see whatsapp/send-queue.ts): wait until the clock agrees
      for (let wait = slot - now(); wait > 0; wait = slot - now()) await sleep(wait);
    },
    backOff(ms) {
      nextFree = Math.max(nextFree, now() + ms);
    },
  };
}
