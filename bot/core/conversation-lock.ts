// A conversation's lock in the database, across processes: a turn runs under it, saves the session and
// lets go in one statement; if the turn does not get that far, the lock is released here.
import type { Channel, Language } from '../../prisma/generated/client.ts';
import type { ConversationRepository, SessionRecord } from '../../domain/repositories/conversation.repository.ts';

/**
 * The conversation is held by another process for longer than its lock can last (or the lock ran out under
 * this one): the update was not handled, and the channel answers so that the platform delivers it again.
 */
export class ConversationBusyError extends Error {
  constructor(what: string, why = 'stays locked by another process') {
    super(`conversation ${what} ${why}`);
    this.name = 'ConversationBusyError';
  }
}

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
  async function underLock<L extends { session: SessionRecord }, T>(what: string, take: () => Promise<L | null>, task: (held: L, saveAndRelease: (commit?: () => Promise<void>) => Promise<void>) => Promise<T>): Promise<T> {
    const held = await waitFor(what, take);
    const { session } = held;
    let released = false;
    try {
      // `commit`: a statement of the caller's that saves the session and lets go as save() does (a turn's end)
      return await task(held, async (commit = () => deps.conversations.save(session, deps.owner)) => {
        await commit();
        released = true;
      });
    } finally {
      if (!released) await deps.conversations.unlock(session.id, deps.owner);
    }
  }

  /**
   * Waits a little longer than a lock can last: a holder that died lets go by then, so giving up means a
   * live holder whose turn outlasts its lock (its commit then fails too and the update comes again).
   */
  async function waitFor<L>(what: string, take: () => Promise<L | null>): Promise<L> {
    const started = Date.now();
    const maxWaitMs = deps.lockTtlMs + 1_000;
    let held: L | null;
    while (!(held = await take())) {
      if (Date.now() - started > maxWaitMs) throw new ConversationBusyError(what);
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
