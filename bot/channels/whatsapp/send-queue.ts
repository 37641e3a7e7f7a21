// WhatsApp Web bans numbers that send in bursts, so every outgoing message goes through one serial queue
// with a minimum interval between sends (global, across chats). On top, each chat has its own chain so
// the messages of one send() call are never interleaved with another call's for the same chat.

export interface PacedQueue {
  /** Runs the task after every earlier task, no sooner than minIntervalMs after the previous one started. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createPacedQueue(minIntervalMs: number): PacedQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let lastStart = Number.NEGATIVE_INFINITY;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(async () => {
        // Node's timers run on their own millisecond clock and can fire before Date.now() says the time
        // has passed (measured: 4 of 200 10-ms waits ended after 9 ms), so wait again until it really has
        let wait = lastStart + minIntervalMs - Date.now();
        while (wait > 0) {
          await new Promise((resolve) => setTimeout(resolve, wait));
          wait = lastStart + minIntervalMs - Date.now();
        }
        lastStart = Date.now();
        return task();
      });
      // a failed send must not stop the queue for everyone else
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

/** Chains work per key (chat id): each job starts after the previous job for the same key settled. */
export function createKeyedChain(): <T>(key: string, job: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, job: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(job);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    // forget idle chats so the map does not grow with every number that ever wrote
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
