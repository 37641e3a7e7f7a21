// Issue 28: three processes sending for one bot keep Telegram's limits together (30 a second per bot, one a
// second per chat), through slots in the database. Three transformers over one database stand for them.
// PostgreSQL only (*.pg.test.ts): the shared limit is what a process on PostgreSQL uses; one on the embedded
// database is alone and keeps the in-memory throttle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transformer } from 'grammy';
import type { Database } from '../../../../domain/db/database.ts';
import { createSendSlotRepository } from '../../../../domain/repositories/send-slot.repository.ts';
import { sharedTelegramThrottle } from '../../../../bot/channels/telegram/shared-throttle.ts';
import { DEFAULT_TELEGRAM_PACING } from '../../../../bot/channels/telegram/throttle.ts';
import { createTestDatabase } from '../../../helpers/test-database.ts';
import { busiestSecond } from '../../../../bench/lib/stats.ts';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());


describe('one Telegram rate limit shared by every process', () => {
  it('three senders together stay within 30 a second per bot and one a second per chat', async () => {
    const slots = createSendSlotRepository(db.prisma);
    const sent: { chat: string; at: number }[] = [];
    const processes = [0, 1, 2].map(() => sharedTelegramThrottle(slots, '7000000002', DEFAULT_TELEGRAM_PACING));
    const sendMessage = (async (_method: string, payload: { chat_id: number }) => {
      sent.push({ chat: String(payload.chat_id), at: performance.now() });
      return { ok: true, result: true };
    }) as unknown as Parameters<Transformer>[0];
    const call = (throttle: Transformer, chat: number) => throttle(sendMessage, 'sendMessage', { chat_id: chat, text: 'x' });
    const started = performance.now();
    // 45 chats, each written to by two different processes: 90 messages
    await Promise.all(Array.from({ length: 90 }, (_, i) => call(processes[i % 3]!, 1000 + (i % 45))));
    const seconds = (performance.now() - started) / 1000;

    if (process.env.DEBUG_THROTTLE) { const t = sent.map((x) => x.at).sort((a, b) => a - b); console.log(t.map((x) => (x - t[0]!).toFixed(0)).join(' ')); }
    expect(sent).toHaveLength(90);
    expect(busiestSecond(sent.map((s) => s.at))).toBeLessThanOrEqual(30);
    const byChat = new Map<string, number[]>();
    for (const s of sent) byChat.set(s.chat, [...(byChat.get(s.chat) ?? []), s.at]);
    const closest = Math.min(...[...byChat.values()].map((t) => t.sort((a, b) => a - b)).map((t) => t[1]! - t[0]!));
    expect(closest).toBeGreaterThanOrEqual(990);
    // and not much slower than the limit needs: 90 at 27 a second is ~3.3 s
    expect(seconds).toBeLessThan(6);
    console.info(`shared throttle: 90 sends by 3 senders in ${seconds.toFixed(2)} s, busiest second ${busiestSecond(sent.map((s) => s.at))}, closest two to one chat ${closest.toFixed(0)} ms`);
  }, 30_000);
});
