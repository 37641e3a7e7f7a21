// Fixed one-minute windows per chat and per client address, in memory. The address limit is a multiple of
// the chat limit: several people may share one address (a school, a mobile carrier's NAT), but dropping the
// cookie to get a fresh chat id must not lift the limit.
export interface RateDecision {
  allowed: boolean;
  /** seconds until the window resets, when refused */
  retryAfter: number;
}

export interface ChatRateLimiter {
  check(keys: string[]): RateDecision;
}

export function createChatRateLimiter(options: { perMinute: number; addressMultiplier?: number; now?: () => number }): ChatRateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = 0;

  function limitOf(key: string): number {
    return key.startsWith('ip:') ? options.perMinute * (options.addressMultiplier ?? 4) : options.perMinute;
  }

  function sweep(at: number) {
    if (at < nextSweep) return;
    nextSweep = at + 60_000;
    for (const [key, w] of windows) if (w.resetAt <= at) windows.delete(key);
  }

  return {
    /** counts one message against every key; refused when any key is over its limit */
    check(keys) {
      const at = now();
      sweep(at);
      let retryAfter = 0;
      for (const key of keys) {
        let w = windows.get(key);
        if (!w || w.resetAt <= at) {
          w = { count: 0, resetAt: at + 60_000 };
          windows.set(key, w);
        }
        w.count += 1;
        if (w.count > limitOf(key)) retryAfter = Math.max(retryAfter, Math.ceil((w.resetAt - at) / 1000));
      }
      return { allowed: retryAfter === 0, retryAfter };
    },
  };
}
