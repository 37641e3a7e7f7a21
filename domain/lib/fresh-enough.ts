// A figure read from the database at most once per `maxAgeMs`, however often it is asked for: /health and
// /metrics answer from the last reading and refresh it in the background (issue 29: /health sent two
// statements per request, 1.24 ms of CPU each, 78 × Hono's floor). A reading older than `maxAgeMs` is
// still answered while a new one is made; one older than five times that (nobody asked for a while) is
// waited for, so a monitor that polls rarely never hears a long-stale answer.

export interface FreshEnough<T> {
  get(): Promise<T>;
}

export function freshEnough<T>(read: () => Promise<T>, maxAgeMs: number, now: () => number = Date.now): FreshEnough<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  let refreshing: Promise<T> | undefined;

  function refresh(): Promise<T> {
    refreshing ??= (async () => {
      const value = read();
      // a failure is an answer too (the database is down): kept like a value, so it is not asked again at once
      await value.then(
        () => undefined,
        () => undefined,
      );
      last = { at: now(), value };
      refreshing = undefined;
      return value;
    })();
    return refreshing;
  }

  return {
    get(): Promise<T> {
      const age = last ? now() - last.at : Infinity;
      if (age <= maxAgeMs) return last!.value;
      const next = refresh();
      if (age > 5 * maxAgeMs) return next;
      next.catch(() => {}); // its failure is kept in `last` for the next request; nobody waits for it here
      return last!.value;
    },
  };
}
