// The engine's promises, whatever the flow: redeliveries ignored, old buttons answered politely, strange
// input answered (never silence, never a crash), state kept in the database across restarts and processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createEngine } from '../../bot/core/engine.ts';
import type { OutMessage } from '../../domain/chat/message.ts';
import { createRegistry } from '../../bot/flows/index.ts';
import { createChatHarness, textOf, type ChatHarness } from '../helpers/chat-harness.ts';

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness();
});
afterAll(() => h.close());

async function onboardBuyer(user: string, lang: 'Indonesia' | 'English' = 'Indonesia') {
  await h.say(user, 'halo');
  if (lang === 'English') await h.tap(user, 'English');
  await h.tap(user, lang === 'English' ? 'Shop' : 'Belanja');
}

describe('engine', () => {
  it('ignores an inbound message id it has seen before', async () => {
    await h.engine.handle({ type: 'text', text: 'halo', channel: 'TELEGRAM', chatId: 'dup', senderId: 'dup', messageId: 'u1' });
    const before = h.outbox.length;
    await h.engine.handle({ type: 'text', text: 'halo', channel: 'TELEGRAM', chatId: 'dup', senderId: 'dup', messageId: 'u1' });
    expect(h.outbox.length).toBe(before);
    const processed = await h.db.prisma.processedInbound.count({ where: { channel: 'TELEGRAM', messageId: 'u1' } });
    expect(processed).toBe(1);
  });

  it('answers a tap on a button of an older menu politely and shows the current choices', async () => {
    await h.say('stale', 'halo');
    const oldMenu = h.lastMenu('stale')!;
    // help shows the welcome's choices again: a new menu
    expect(textOf(await h.say('stale', 'bantuan'))).toContain('Mau belanja atau jual produk?');
    const replies = await h.send('stale', { type: 'choice', value: 'lang:en', menuToken: oldMenu.token });
    const text = textOf(replies);
    expect(text).toContain('pesan lama');
    expect(text).toContain('[🛍 Belanja]');
    const user = await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: 'stale' }, include: { user: true } });
    expect(user.user.language).toBe('id');
  });

  it('answers stickers, voice notes and videos with a clear message and repeats the question', async () => {
    await h.say('media', 'halo');
    for (const kind of ['sticker', 'voice', 'video'] as const) {
      const text = textOf(await h.send('media', { type: 'unsupported', kind }));
      expect(text).toMatch(/stiker|pesan suara|video/);
      expect(text).toContain('Mau belanja atau jual produk?');
    }
  });

  it('answers a shared contact without a usable number instead of keeping silent (hostile-text fuzz, seed 269950)', async () => {
    await h.say('contact', 'halo');
    const text = textOf(await h.send('contact', { type: 'contact', phone: 'x' }));
    expect(text).toMatch(/^Maaf, jenis pesan ini tidak bisa kami proses di sini/);
    expect(text).toContain('Mau belanja atau jual produk?');
  });

  it('answers a choice the step does not know instead of keeping silent (found by the hostile-text fuzz, seed 270316)', async () => {
    await onboardBuyer('silent');
    // the buyer's menu is shown; the conversation is then at a yes/no question whose own menu was never
    // shown (the fuzz's made-up state): "5" picks the main menu's fifth entry, a value the step does not know
    await h.db.prisma.conversationSession.updateMany({ where: { conversationId: 'silent' }, data: { flow: 'buyer-orders', step: 'cancelConfirm', stack: [] } });
    const text = textOf(await h.say('silent', '5'));
    expect(text).toMatch(/^Silakan pilih salah satu pilihan/);
    // then the question again: here its order is missing, so the menu
    expect(text).toContain('Pesanan itu tidak ditemukan');
    expect(text).toContain('Menu utama');
  });

  it('refuses a 10,000-character message and keeps the step', async () => {
    await h.say('long', 'halo');
    expect(textOf(await h.say('long', 'x'.repeat(10_000)))).toContain('terlalu panjang');
    expect(textOf(await h.tap('long', 'English'))).toContain('Would you like to shop or to sell products?');
  });

  it('answers emoji-only or unrelated text with help and the same choices', async () => {
    await h.say('emoji', 'halo');
    const text = textOf(await h.say('emoji', '🙏🙏🙏'));
    expect(text).toContain('Silakan pilih');
    expect(text).toContain('English');
  });

  it('knows menu, help, cancel and language in both languages in any state', async () => {
    await onboardBuyer('words');
    expect(textOf(await h.say('words', 'bantuan'))).toContain('kembali');
    expect(textOf(await h.say('words', 'language'))).toContain('Choose your language');
    const switched = textOf(await h.tap('words', 'English'));
    expect(switched).toContain('Language set to English');
    expect(textOf(await h.say('words', 'batal'))).toContain('Main menu');
    expect(textOf(await h.say('words', '/menu'))).toContain('Main menu');
    expect(textOf(await h.send('words', { type: 'command', command: 'nosuch', args: '' }))).toContain('Unknown command /nosuch');
  });

  it('continues where it was after a restart (a new engine on the same database)', async () => {
    await h.say('restart', 'halo');
    await h.tap('restart', 'Jual produk');
    await h.say('restart', 'Maria');
    // a new process: new engine, same database
    const sent: OutMessage[] = [];
    const engine2 = createEngine({ services: h.services, conversations: h.services.repos.conversations, registry: createRegistry(), logger: silentLogger, owner: 'second-process' });
    engine2.registerSender({ channel: 'CONSOLE', send: async (_chat, messages) => void sent.push(...messages) });
    await engine2.handle({ type: 'text', text: 'Tenun Maria', channel: 'CONSOLE', chatId: 'restart', senderId: 'restart', messageId: 'after-restart' });
    expect(textOf(sent)).toContain('Dari mana?');
    await engine2.stop();
  });

  it('keeps each conversation in order across two processes sharing the database', async () => {
    const seen: string[] = [];
    const make = (owner: string) => {
      const e = createEngine({ services: h.services, conversations: h.services.repos.conversations, registry: createRegistry(), logger: silentLogger, owner });
      // the console, not the web chat: web guests skip the welcome's question this test counts on
      e.registerSender({ channel: 'CONSOLE', send: async (_chat, messages) => void seen.push(textOf(messages)) });
      return e;
    };
    const a = make('process-a');
    const b = make('process-b');
    // "3" is the welcome's language switch: Indonesian → English → Indonesian only when one follows the other
    const event = (n: number) => ({ type: 'text' as const, text: n === 0 ? 'halo' : '3', channel: 'CONSOLE' as const, chatId: 'two', senderId: 'two', messageId: `two-${n}` });
    await a.handle(event(0));
    // both processes receive messages of the same chat at once; the database lock serialises them
    await Promise.all([a.handle(event(1)), b.handle(event(2))]);
    const session = await h.db.prisma.conversationSession.findFirstOrThrow({ where: { channel: 'CONSOLE', conversationId: 'two' } });
    expect(session.lockedBy).toBeNull();
    // "halo" → the welcome in Indonesian; first "3" → English; second "3" → Indonesian again
    expect(session.flow).toBe('onboarding');
    expect(session.step).toBe('role');
    expect(session.language).toBe('id');
    expect(seen.length).toBe(3);
    await a.stop();
    await b.stop();
  });

  it('handles different users concurrently without mixing their sessions', async () => {
    const users = Array.from({ length: 8 }, (_, i) => `crowd${i}`);
    await Promise.all(users.map((u) => h.say(u, 'halo')));
    await Promise.all(users.map((u, i) => (i % 2 ? h.tap(u, 'English') : h.say(u, 'bantuan'))));
    const sessions = await h.db.prisma.conversationSession.findMany({ where: { conversationId: { in: users } }, orderBy: { conversationId: 'asc' } });
    expect(sessions.map((s) => s.language)).toEqual(users.map((_, i) => (i % 2 ? 'en' : 'id')).sort((x, y) => 0 * x.localeCompare(y)));
    expect(sessions.every((s) => s.step === 'role')).toBe(true);
  });
});
