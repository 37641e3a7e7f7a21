// A conversation's lock in the database, across processes: a turn runs under it, saves the session and
// lets go in one statement; if the turn does not get that far, the lock is released here.
import type { Channel, Language } from '../../prisma/generated/client.ts';
import type { ConversationRepository, SessionRecord } from '../../domain/repositories/conversation.repository.ts';

const MAX_LOCK_WAIT_MS = 15_000;

export interface ConversationLockDeps {
  conversations: ConversationRepository;
  /** identifies this process in locks */
  owner: string;
  lockTtlMs: number;
}

export function createConversationLock(deps: ConversationLockDeps) {
  /**
   * Runs `task` under a conversation's database lock, taken by `take` (null while another process holds it:
   * retried). The task saves the session and lets go of the lock in one statement through `saveAndRelease`.
   */
  async function underLock<L extends { session: SessionRecord }, T>(what: string, take: () => Promise<L | null>, task: (held: L, saveAndRelease: () => Promise<void>) => Promise<T>): Promise<T> {
    const held = await waitFor(what, take);
    const { session } = held;
    let released = false;
    try {
      return await task(held, async () => {
        await deps.conversations.save(session, deps.owner);
        released = true;
      });
    } finally {
      if (!released) await deps.conversations.unlock(session.id, deps.owner);
    }
  }

  async function waitFor<L>(what: string, take: () => Promise<L | null>): Promise<L> {
    const started = Date.now();
    let held: L | null;
    while (!(held = await take())) {
      if (Date.now() - started > MAX_LOCK_WAIT_MS) throw new Error(`conversation ${what} stays locked by another process`);
      await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
    }
    return held;
  }

  /** The session of a chat (created when new) under its lock, outside a user's turn (a delivered menu). */
  const withSession = <T>(channel: Channel, chatId: string, language: Language, task: (session: SessionRecord, saveAndRelease: () => Promise<void>) => Promise<T>): Promise<T> =>
    underLock(
      `${channel}:${chatId}`,
      async () => {
        const session = await deps.conversations.lockOrCreate(channel, chatId, language, deps.owner, deps.lockTtlMs);
        return session ? { session } : null;
      },
      ({ session }, saveAndRelease) => task(session, saveAndRelease),
    );

  return { underLock, withSession };
}

export type ConversationLock = ReturnType<typeof createConversationLock>;
