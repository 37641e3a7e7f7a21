// The end of a turn (commitTurn) and its replies' row, sent on the direct statement path (issue 29): the
// session saved and its lock let go, the message recorded as handled, the replies stored; 'lost' (nothing
// written) when the lock is another owner's; `behind` when an earlier turn's replies are not all out;
// progress only for the row's owner; remove deletes the row. On both databases (the postgres project too).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { createConversationRepository } from '../../../domain/repositories/conversation.repository.ts';
import { createPendingReplyRepository } from '../../../domain/repositories/pending-reply.repository.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

async function lockedSession(chatId: string, owner: string) {
  const turn = await createConversationRepository(db.prisma).beginTurn({ channel: 'TELEGRAM', conversationId: chatId, language: 'id', owner, ttlMs: 60_000, messageId: `${chatId}:1`, senderId: chatId });
  if (!turn) throw new Error('not locked');
  return turn.session;
}

it('commits a turn: session saved and released, message handled, replies stored; another owner\'s lock is lost', async () => {
  const replies = createPendingReplyRepository(db.prisma);
  const session = await lockedSession('pr-1', 'me');
  const end = await replies.commitTurn({
    session: { ...session, flow: 'menu', step: 'main', data: { a: 1 } },
    owner: 'me',
    channel: 'TELEGRAM',
    messageId: 'pr-1:1',
    chatId: 'pr-1',
    lang: 'id',
    messages: [{ type: 'text', text: 'halo' }],
    claimMs: 30_000,
  });
  expect(end).toMatchObject({ outcome: 'done', behind: false });
  const replyId = end.outcome === 'done' ? end.replyId : null;
  expect(replyId).toEqual(expect.any(String));
  const saved = await db.prisma.conversationSession.findUniqueOrThrow({ where: { id: session.id } });
  expect(saved).toMatchObject({ flow: 'menu', step: 'main', data: { a: 1 }, lockedBy: null, version: session.version + 1 });
  expect(await db.prisma.processedInbound.count({ where: { channel: 'TELEGRAM', messageId: 'pr-1:1' } })).toBe(1);
  expect(await db.prisma.pendingReply.findUniqueOrThrow({ where: { id: replyId! } })).toMatchObject({ chatId: 'pr-1', claimedBy: 'me', sent: 0, messages: [{ type: 'text', text: 'halo' }] });

  // the next turn of the chat while that row is not out: behind
  const again = await lockedSession('pr-1', 'me');
  const second = await replies.commitTurn({ session: again, owner: 'me', channel: 'TELEGRAM', messageId: 'pr-1:2', chatId: 'pr-1', lang: 'id', messages: [{ type: 'text', text: 'lagi' }], claimMs: 30_000 });
  expect(second).toMatchObject({ outcome: 'done', behind: true });

  // progress only for the owner; remove deletes
  expect(await replies.progress(replyId!, 1, 'someone-else')).toBe(false);
  expect(await replies.progress(replyId!, 1, 'me')).toBe(true);
  expect((await db.prisma.pendingReply.findUniqueOrThrow({ where: { id: replyId! } })).sent).toBe(1);
  await replies.remove(replyId!);
  expect(await db.prisma.pendingReply.findUnique({ where: { id: replyId! } })).toBeNull();

  // the lock taken by another owner: nothing written, 'lost'
  const taken = await lockedSession('pr-2', 'other');
  const lost = await replies.commitTurn({ session: { ...taken, flow: 'x' }, owner: 'me', channel: 'TELEGRAM', messageId: 'pr-2:1', chatId: 'pr-2', lang: null, messages: [], claimMs: 30_000 });
  expect(lost).toEqual({ outcome: 'lost' });
  expect((await db.prisma.conversationSession.findUniqueOrThrow({ where: { id: taken.id } })).flow).toBeNull();
  expect(await db.prisma.processedInbound.count({ where: { messageId: 'pr-2:1' } })).toBe(0);
});
