// WhatsApp's pair rate limit for notifications: one message per ~6 s to the same person (else Meta answers
// 131056), the gap counted from the end of the previous send, so a slow send cannot squeeze two messages
// closer than the limit at Meta's end. A turn is taken before a send (waiting in place up to
// MAX_INLINE_WAIT_MS, else the row comes back later) and ended after it.
// In memory for one process (the embedded database); in PostgreSQL (SendSlot rows
// "whatsapp-cloud:<number>:<chat>") when several processes deliver the outbox (issue 28).
export type PairTurn = { taken: true } | { postponeUntil: number };

export interface PairTurns {
  /** this person's turn (waited for when it is near), or when to come back */
  take(chatId: string): Promise<PairTurn>;
  /** the send is over: the next turn is one interval (or the penalty) from now */
  end(chatId: string): Promise<void>;
  /** Meta refused for the pair limit anyway: this person waits `ms` from now */
  penalize(chatId: string, ms: number): void;
}

/** waits shorter than this are slept in place; longer ones hand the row back for later */
export const MAX_INLINE_WAIT_MS = 1_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createMemoryPairTurns(intervalMs: number, now: () => number = Date.now): PairTurns {
  const next = new Map<string, number>();
  /** people with a notification on its way: their next slot is only known once it has been sent */
  const sending = new Set<string>();
  return {
    async take(chatId) {
      const t = now();
      if (intervalMs <= 0) return { taken: true };
      if (sending.has(chatId)) return { postponeUntil: t + intervalMs };
      const slot = Math.max(t, next.get(chatId) ?? 0);
      if (slot - t > MAX_INLINE_WAIT_MS) return { postponeUntil: slot };
      sending.add(chatId);
      // forget people whose slot has long passed, so the map does not grow with every recipient ever
      if (next.size > 50_000) for (const [k, v] of next) if (v < t) next.delete(k);
      if (slot > t) await sleep(slot - t);
      return { taken: true };
    },
    async end(chatId) {
      sending.delete(chatId);
      if (intervalMs > 0) next.set(chatId, Math.max(next.get(chatId) ?? 0, Date.now() + intervalMs));
    },
    penalize(chatId, ms) {
      next.set(chatId, Math.max(next.get(chatId) ?? 0, Date.now() + ms));
    },
  };
}

export interface PairSlots {
  peek(key: string): Promise<{ nextAt: number; dbNow: number }>;
  take(key: string, gapMs: number, toleranceMs: number): Promise<{ taken: boolean; nextAt: number; dbNow: number }>;
  setNext(key: string, ms: number): Promise<void>;
}

/** held this long while a send is on its way (a process that dies mid-send frees the person after it) */
const SENDING_HOLD_MS = 60_000;
/** a person whose next free moment is this close counts as free (the two clocks agree only so well) */
const TOLERANCE_MS = 10;

export function createSharedPairTurns(slots: PairSlots, phoneNumberId: string, intervalMs: number): PairTurns {
  const keyOf = (chatId: string) => `whatsapp-cloud:${phoneNumberId}:${chatId}`;
  const penalties = new Map<string, number>();
  return {
    async take(chatId) {
      if (intervalMs <= 0) return { taken: true };
      const key = keyOf(chatId);
      const free = await slots.peek(key);
      const wait = free.nextAt - free.dbNow;
      // held by a send on its way elsewhere (SENDING_HOLD_MS): back after one interval, when it may be over
      if (wait > MAX_INLINE_WAIT_MS) return { postponeUntil: Date.now() + Math.min(wait, intervalMs) };
      if (wait > 0) await sleep(wait);
      // one statement: of two processes with a notification for this person, one takes the turn
      const took = await slots.take(key, SENDING_HOLD_MS, TOLERANCE_MS);
      if (!took.taken) return { postponeUntil: Date.now() + Math.min(Math.max(took.nextAt - took.dbNow, TOLERANCE_MS), intervalMs) };
      return { taken: true };
    },
    async end(chatId) {
      if (intervalMs <= 0) return;
      const ms = Math.max(intervalMs, penalties.get(chatId) ?? 0);
      penalties.delete(chatId);
      await slots.setNext(keyOf(chatId), ms);
    },
    penalize(chatId, ms) {
      penalties.set(chatId, Math.max(penalties.get(chatId) ?? 0, ms));
    },
  };
}
