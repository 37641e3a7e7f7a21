// Which chats have a turn in flight. The replies of a turn belong to its POST answer; the event stream,
// woken by the same replies, waits until the turn is over and then only forwards what is left
// (notifications that arrived in between), so nothing is shown twice or lost.
export interface TurnTracker {
  begin(chatId: string): void;
  end(chatId: string): void;
  busy(chatId: string): boolean;
  /** resolves when the chat has no turn in flight */
  idle(chatId: string): Promise<void>;
}

export function createTurnTracker(): TurnTracker {
  const active = new Map<string, number>();
  const waiters = new Map<string, (() => void)[]>();
  return {
    begin(chatId) {
      active.set(chatId, (active.get(chatId) ?? 0) + 1);
    },
    end(chatId) {
      const left = (active.get(chatId) ?? 1) - 1;
      if (left > 0) {
        active.set(chatId, left);
        return;
      }
      active.delete(chatId);
      for (const wake of waiters.get(chatId) ?? []) wake();
      waiters.delete(chatId);
    },
    busy: (chatId) => active.has(chatId),
    idle(chatId) {
      if (!active.has(chatId)) return Promise.resolve();
      return new Promise((resolve) => waiters.set(chatId, [...(waiters.get(chatId) ?? []), resolve]));
    },
  };
}
