// Pacing of outgoing Telegram calls within the Bot API limits: about 30 messages a second overall, one a
// second to a private chat, twenty a minute to a group. It replaces @grammyjs/transformer-throttler, whose
// per-chat limiter counts a chat's gap from the moment a message joins the overall queue: after a long wait
// in that queue, the chat's next message (with a short wait) reaches Telegram well under a second after it,
// and Telegram answers 429; and its overall reservoir lets 30 go at once each second, so where two bursts
// meet, Telegram sees more than 30 within a second. Here a chat's gap is counted from the moment its last
// message actually left, and overall no one-second window of actual sends ever holds more than `perSecond`
// (one under Telegram's 30, room for a message that travels faster than the one before it); a late timer
// delays one send, it does not slow every later one. Measured in bench/ (scenario "dispatch": 2,000
// notifications through a Bot API that enforces the limits strictly). One chat's calls go strictly in
// order; auto-retry runs inside, holding the chat's turn.
import type { Transformer } from 'grammy';

export interface TelegramPacing {
  /** calls that address a chat, overall, in any one-second window of sending */
  perSecond: number;
  /** and at least this long between two of them, so a window's calls do not all leave at once */
  minGapMs: number;
  /** gap between two calls to one private chat */
  chatGapMs: number;
  /** gap between two calls to one group (negative chat id) */
  groupGapMs: number;
}

export const DEFAULT_TELEGRAM_PACING: TelegramPacing = { perSecond: 29, minGapMs: 15, chatGapMs: 1050, groupGapMs: 3000 };

const WINDOW_MS = 1000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface ChatLane {
  /** resolves when the chat's previous call is done */
  tail: Promise<void>;
  /** when the chat's last call left */
  lastSentAt: number;
}

export function telegramThrottle(pacing: TelegramPacing = DEFAULT_TELEGRAM_PACING): Transformer {
  let globalTail: Promise<void> = Promise.resolve();
  const sentAt: number[] = []; // overall send times within the last window, oldest first
  const lanes = new Map<string, ChatLane>();

  /** Waits for the overall turn: one call at a time through here, within perSecond and minGapMs of actual sends. */
  function globalSlot(): Promise<void> {
    const slot = globalTail.then(async () => {
      for (;;) {
        const now = performance.now();
        while (sentAt.length > 0 && sentAt[0]! <= now - WINDOW_MS) sentAt.shift();
        const last = sentAt[sentAt.length - 1] ?? Number.NEGATIVE_INFINITY;
        const wait = Math.max(sentAt.length >= pacing.perSecond ? sentAt[0]! + WINDOW_MS - now : 0, last + pacing.minGapMs - now);
        if (wait <= 0) break;
        await sleep(wait);
      }
      sentAt.push(performance.now());
    });
    globalTail = slot;
    return slot;
  }

  return async (prev, method, payload, signal) => {
    const chatId = payload && typeof payload === 'object' && 'chat_id' in payload ? String((payload as { chat_id: unknown }).chat_id) : undefined;
    if (chatId === undefined) return prev(method, payload, signal);
    const gap = chatId.startsWith('-') ? pacing.groupGapMs : pacing.chatGapMs;
    const lane = lanes.get(chatId) ?? { tail: Promise.resolve(), lastSentAt: Number.NEGATIVE_INFINITY };
    lanes.set(chatId, lane);
    const call = lane.tail.then(async () => {
      const wait = lane.lastSentAt + gap - performance.now();
      if (wait > 0) await sleep(wait);
      await globalSlot();
      lane.lastSentAt = performance.now();
      return prev(method, payload, signal);
    });
    const tail = call.then(
      () => undefined,
      () => undefined,
    );
    lane.tail = tail;
    // forget an idle chat once its gap has passed (nothing newer queued behind this call)
    void tail.then(() =>
      setTimeout(() => {
        if (lanes.get(chatId) === lane && lane.tail === tail) lanes.delete(chatId);
      }, gap).unref(),
    );
    return call;
  };
}

/** The pacing from the adapter's `limits` option (the throttler plugin's shape, kept for callers and tests). */
export function pacingFrom(
  limits: { global?: { reservoir?: number | null; minTime?: number | null }; out?: { minTime?: number | null }; group?: { minTime?: number | null } } | undefined,
): TelegramPacing {
  return {
    perSecond: limits?.global?.reservoir ?? DEFAULT_TELEGRAM_PACING.perSecond,
    minGapMs: limits?.global?.minTime ?? DEFAULT_TELEGRAM_PACING.minGapMs,
    chatGapMs: limits?.out?.minTime ?? DEFAULT_TELEGRAM_PACING.chatGapMs,
    groupGapMs: limits?.group?.minTime ?? DEFAULT_TELEGRAM_PACING.groupGapMs,
  };
}
