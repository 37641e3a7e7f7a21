// Runs tasks one after another per key (a conversation) and concurrently across keys, inside one process.
// Across processes the database lock in the engine keeps the same order.
export function createKeyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task, task);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    /** resolves when every queued task has finished (graceful shutdown) */
    async drain(): Promise<void> {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
    get size() {
      return tails.size;
    },
  };
}

export type KeyedQueue = ReturnType<typeof createKeyedQueue>;
