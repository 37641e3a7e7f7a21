// "The database is busy": every connection of the pool stayed in use for longer than a statement may wait
// for one (DATABASE_POOL_TIMEOUT_MS). Not an outage: the API answers 503 with Retry-After, the chat asks to
// try again in a moment. Its own module so the HTTP error handler can tell without loading the driver.

/** pg's message when no connection came free within connectionTimeoutMillis */
const POOL_TIMEOUT = /timeout exceeded when trying to connect/i;

/** The pool was exhausted for longer than its wait (the error itself, or a cause a few levels down). */
export function isDatabaseBusy(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (POOL_TIMEOUT.test(String((e as Error).message ?? e))) return true;
  }
  return false;
}

/** seconds a client is asked to wait before trying again (Retry-After) */
export const BUSY_RETRY_AFTER_SECONDS = 2;
