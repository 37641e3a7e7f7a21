// The outbox dispatcher: delivers each notification once in the recipient's language, retries with
// backoff when no channel can take it, gives up after the last attempt, hands claims back on stop, and
// two dispatchers never send the same row twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createDispatcher, backoffMs } from '../../bot/notify/dispatcher.ts';
import type { OutMessage } from '../../domain/chat/message.ts';
import { createChatHarness, textOf, type ChatHarness } from '../helpers/chat-harness.ts';

let h: ChatHarness;
let userId: string;
beforeAll(async () => {
  h = await createChatHarness();
  await h.say('rina', 'halo');
  await h.tap('rina', 'English');
  userId = (await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: 'rina' } })).userId;
});
afterAll(() => h.close());

const dispatcher = (owner: string, engine: Parameters<typeof createDispatcher>[0]['engine'] = h.engine, maxAttempts = 3) =>
  createDispatcher({ notifications: h.services.repos.notifications, engine, logger: silentLogger, owner, baseBackoffMs: 1, maxAttempts });

describe('outbox dispatcher', () => {
  it('delivers in the recipient language with buttons that work as the current menu', async () => {
    await h.services.repos.notifications.enqueue([{ recipientId: userId, template: 'engine:cancelled', choices: [{ labelKey: 'engine:buttons.menu', value: 'menu-entry' }] }]);
    const before = h.outbox.length;
    expect(await dispatcher('d1').tick()).toBe(1);
    const sent = h.outbox.slice(before);
    expect(textOf(sent.flatMap((s) => s.messages))).toContain('Cancelled. Back to the main menu.');
    const session = await h.db.prisma.conversationSession.findFirstOrThrow({ where: { conversationId: 'rina' } });
    expect((session.options as { items: { value: string }[] }).items.map((i) => i.value)).toEqual(['menu-entry']);
    expect(await h.db.prisma.notification.count({ where: { recipientId: userId, status: 'SENT' } })).toBe(1);
  });

  it('wipes a one-time code from the row once delivered', async () => {
    await h.services.repos.notifications.enqueue([{ recipientId: userId, template: 'dashboard:notify.code', params: { oneTimeCode: '123456', minutes: 10 } }]);
    const before = h.outbox.length;
    await dispatcher('d2').tick();
    expect(textOf(h.outbox.slice(before).flatMap((s) => s.messages))).toContain('123456');
    const row = await h.db.prisma.notification.findFirstOrThrow({ where: { recipientId: userId, template: 'dashboard:notify.code' } });
    expect(row.status).toBe('SENT');
    expect(row.params).toEqual({});
  });

  it('retries with backoff when delivery fails, then gives up after the last attempt', async () => {
    expect(backoffMs(1, 5000)).toBe(5000);
    expect(backoffMs(3, 5000)).toBe(20000);
    const failing = { deliver: async () => ({ delivered: false }) };
    await h.services.repos.notifications.enqueue([{ recipientId: userId, template: 'engine:help' }]);
    const d = dispatcher('d3', failing, 3);
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 20));
      await d.tick();
    }
    const row = await h.db.prisma.notification.findFirstOrThrow({ where: { recipientId: userId, template: 'engine:help' } });
    expect(row.status).toBe('FAILED');
    expect(row.attempts).toBe(3);
    expect(row.lastError).toContain('no channel');
  });

  it('never sends a row twice with two dispatchers at once', async () => {
    await h.services.repos.notifications.enqueue(Array.from({ length: 30 }, (_, i) => ({ recipientId: userId, template: 'engine:unknownCommand', params: { command: `c${i}` } })));
    const seen: string[] = [];
    const recording = {
      deliver: async (_u: string, build: (lang: 'id' | 'en') => OutMessage[]) => {
        seen.push(textOf(build('en')));
        await new Promise((r) => setTimeout(r, 2));
        return { delivered: true };
      },
    };
    await Promise.all([dispatcher('a', recording).tick(), dispatcher('b', recording).tick()]);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it('hands its claims back on stop so another process delivers them', async () => {
    await h.services.repos.notifications.enqueue([{ recipientId: userId, template: 'engine:tooLong', params: { max: 1 } }]);
    const claimed = await h.services.repos.notifications.claim('dying', 10, 60_000);
    expect(claimed).toHaveLength(1);
    expect(await h.services.repos.notifications.claim('other', 10, 60_000)).toHaveLength(0);
    await h.services.repos.notifications.releaseClaims('dying');
    const again = await h.services.repos.notifications.claim('other', 10, 60_000);
    expect(again.map((r) => r.id)).toEqual(claimed.map((r) => r.id));
    expect(again[0]!.attempts).toBe(1);
  });
});
