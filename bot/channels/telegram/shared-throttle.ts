// Telegram's limits kept across processes (issue 28): about 30 messages a second per bot and one a second
// per chat, whatever the number of processes sending for the bot. The bot's slots live in PostgreSQL, a gap
// apart on the database's clock (send-slot.repository.ts); a call waits until its chat is free, reserves
// a bot slot and waits for it, then takes the chat in one statement (or waits for it again). A process that
// wakes more than LATE_MS after its slot takes a new one, so that sends stay on the slots. Within the
// process a chat's calls still go one after another, in order; auto-retry runs inside, holding the turn.
// One process alone (the embedded database) uses the in-memory throttle (throttle.ts) instead: same limits,
// no statements.
import type { Transformer } from 'grammy';
import type { TelegramPacing } from './throttle.ts';

export interface SlotReserver {
  /** reserves the next slot on `key`, `gapMs` after the one before: when it is, on the database's clock */
  reserve(key: string, gapMs: number, leadMs?: number): Promise<{ slotAt: number; dbNow: number }>;
  /** the database's clock now */
  clock(): Promise<number>;
  /** takes `key` now if it is free (within toleranceMs), moving it gapMs on; else when it is free */
  take(key: string, gapMs: number, toleranceMs: number): Promise<{ taken: boolean; nextAt: number; dbNow: number }>;
  /** when `key` is next free */
  peek(key: string): Promise<{ nextAt: number; dbNow: number }>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The database's clock on this process's clock. Waiting "the slot minus the database's now" from when the
 * answer arrives would shift each send by how long its answer took (a queue for a connection, a busy
 * database): measured, 37 sends within one second from three processes pacing at 29. So slots are mapped
 * through an offset taken from the quickest round trip seen (NTP's trick): the error is half of it.
 */
export function createDatabaseClock() {
  let offset = 0;
  let bestRoundTrip = Number.POSITIVE_INFINITY;
  return {
    /** a reservation's answer: sent at `sentAt`, received at `receivedAt` (Date.now()) */
    sample(dbNow: number, sentAt: number, receivedAt: number): void {
      const roundTrip = receivedAt - sentAt;
      if (roundTrip > bestRoundTrip) return;
      bestRoundTrip = roundTrip;
      offset = dbNow - (sentAt + receivedAt) / 2;
    },
    /** waits until the database's clock reads `at`; how long it waited, and how late it woke */
    async until(at: number): Promise<{ waited: number; late: number }> {
      const local = at - offset;
      const waited = Math.max(0, local - Date.now());
      for (let left = local - Date.now(); left > 0; left = local - Date.now()) await sleep(left);
      return { waited, late: Date.now() - local };
    },
  };
}

/**
 * A slot is at least this far ahead when reserved, so that its answer arrives before it: a slot already due
 * when its answer arrives goes out late by however long the answer took, and the next one (answered
 * quickly) right behind it. Measured: without it, 33 sends within one second from three processes pacing
 * at 29; with it, 30 at most. It adds as much to a reply's delay when nothing else is being sent.
 */
export const SLOT_LEAD_MS = 60;

/** a chat whose next free moment is this close counts as free (the two clocks agree only so well) */
const CHAT_TOLERANCE_MS = 10;

/** a bot slot woken for later than this is given up for the next free one (at most MAX_SLOT_RETRIES times) */
export const LATE_MS = 20;
const MAX_SLOT_RETRIES = 5;

/**
 * Slots a second, below the in-memory throttle's 29: a send leaves a little after its slot (a busy event
 * loop, a late timer) and several processes' lateness differs, so slots 1/29 s apart could still show 31
 * within a second (measured on this two-core machine under a load of 17). At 27 there is room for ~70 ms of
 * such jitter within Telegram's 30.
 */
export const SHARED_PER_SECOND = 27;

export function sharedTelegramThrottle(slots: SlotReserver, botKey: string, pacing: TelegramPacing): Transformer {
  const lanes = new Map<string, Promise<void>>();
  const clock = createDatabaseClock();
  let calibrated: Promise<void> | undefined;
  // strictly spaced slots, never closer than minGapMs, at most SHARED_PER_SECOND a second
  const botGapMs = Math.max(1000 / Math.min(pacing.perSecond, SHARED_PER_SECOND), pacing.minGapMs);

  /** a few round trips before the first send: the first one (a new connection) is the slowest */
  async function calibrate(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      const sentAt = Date.now();
      const dbNow = await slots.clock();
      clock.sample(dbNow, sentAt, Date.now());
    }
  }

  /**
   * A slot on `key`, waited for. A slot this process woke up for too late (a busy event loop) is
   * let go and another taken: sent late, it would land right before the next process's punctual one.
   */
  async function reserve(key: string, gapMs: number, lateness: number): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const { slotAt } = await timed(() => slots.reserve(key, gapMs, SLOT_LEAD_MS));
      const woke = await clock.until(slotAt);
      if (woke.late <= lateness || attempt >= MAX_SLOT_RETRIES) return;
    }
  }

  /** timed against the database's clock, through this process's */
  async function timed<T extends { dbNow: number }>(query: () => Promise<T>): Promise<T> {
    await (calibrated ??= calibrate());
    const sentAt = Date.now();
    const answer = await query();
    clock.sample(answer.dbNow, sentAt, Date.now());
    return answer;
  }

  /**
   * The chat's turn and a bot slot together: wait until the chat is free, wait for a bot slot, then take the
   * chat in one statement. The chat is taken only when its message leaves, so its gap counts from there;
   * taken meanwhile by another process (two processes writing to one chat), the bot slot is let go and the
   * chat waited for again.
   */
  async function chatTurn(chatKey: string, chatGapMs: number): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const free = await timed(() => slots.peek(chatKey));
      await clock.until(free.nextAt);
      await reserve(`telegram:${botKey}`, botGapMs, LATE_MS);
      const took = await timed(() => slots.take(chatKey, chatGapMs, CHAT_TOLERANCE_MS));
      if (took.taken) return;
    }
  }

  return async (prev, method, payload, signal) => {
    const chatId = payload && typeof payload === 'object' && 'chat_id' in payload ? String((payload as { chat_id: unknown }).chat_id) : undefined;
    if (chatId === undefined) return prev(method, payload, signal);
    const chatGapMs = chatId.startsWith('-') ? pacing.groupGapMs : pacing.chatGapMs;
    const before = lanes.get(chatId) ?? Promise.resolve();
    const chatKey = `telegram:${botKey}:${chatId}`;
    const call = before.then(async () => {
      await chatTurn(chatKey, chatGapMs);
      return prev(method, payload, signal);
    });
    const tail = call.then(
      () => undefined,
      () => undefined,
    );
    lanes.set(chatId, tail);
    void tail.then(() => {
      if (lanes.get(chatId) === tail) lanes.delete(chatId);
    });
    return call;
  };
}
