// Updates in: recorded updates through the real grammY bot, down to what the engine's handler receives.
import { describe, expect, it } from 'vitest';
import { createHarness } from './channel-harness.ts';
import { loadUpdate } from './fixtures.ts';

const who = { channel: 'TELEGRAM', chatId: '123456789', senderId: '123456789', profile: { name: 'Maria Bria', languageCode: 'id' } };

describe('Telegram channel: updates in', () => {
  it('hands a text message to the engine with a media fetcher, and records the time', async () => {
    const h = createHarness();
    expect(h.channel.status()).toEqual({ mode: 'polling', lastUpdateAt: null, username: 'etalase_ntt_bot' });
    await h.channel.bot.handleUpdate(loadUpdate('text'));
    expect(h.events).toEqual([{ ...who, messageId: 'u880001', type: 'text', text: 'Ada tenun ikat dari Sumba?' }]);
    expect(typeof h.fetchers[0]).toBe('function');
    expect(h.channel.status().lastUpdateAt).toBeInstanceOf(Date);
    expect(h.api.calls).toEqual([]); // nothing is said unless the engine says it
  });

  it('passes /start with a deep link as a command', async () => {
    const h = createHarness();
    await h.channel.bot.handleUpdate(loadUpdate('start-deep-link'));
    expect(h.events).toEqual([{ ...who, messageId: 'u880002', type: 'command', command: 'start', args: 'p_ABC' }]);
  });

  it('answers a button tap before the engine sees it', async () => {
    const h = createHarness();
    await h.channel.bot.handleUpdate(loadUpdate('callback-query'));
    expect(h.api.calls.map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect(h.api.calls[0]?.body).toEqual({ callback_query_id: '4382bfdwdsb323b2d9' });
    expect(h.callsBeforeHandler).toEqual([1]);
    expect(h.events).toEqual([{ ...who, messageId: 'u880004', type: 'choice', value: 'add:prod_1', menuToken: 'm7Kq' }]);
  });

  it('answers an undecodable tap too and reports it as an outdated choice', async () => {
    const h = createHarness();
    await h.channel.bot.handleUpdate(loadUpdate('callback-query-stale'));
    expect(h.api.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(h.events).toMatchObject([{ type: 'choice', value: '' }]);
  });

  it('still hands the tap to the engine when answering it fails', async () => {
    const h = createHarness();
    h.api.on('answerCallbackQuery', () => ({ error: { error_code: 400, description: 'Bad Request: something unexpected' } }));
    await h.channel.bot.handleUpdate(loadUpdate('callback-query'));
    expect(h.events).toHaveLength(1);
    expect(h.logs.some((l) => l.msg === 'answerCallbackQuery failed')).toBe(true);
    // a query that expired before it was answered (issue 19) is expected, not worth a warning
    const expired = createHarness();
    expired.api.on('answerCallbackQuery', () => ({ error: { error_code: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' } }));
    await expired.channel.bot.handleUpdate(loadUpdate('callback-query'));
    expect(expired.events).toHaveLength(1);
    expect(expired.logs.filter((l) => Number(l.level) >= 40)).toEqual([]);
  });

  it('passes photos, contacts, locations and unsupported kinds through', async () => {
    const h = createHarness();
    for (const name of ['photo', 'contact', 'location', 'sticker', 'voice']) await h.channel.bot.handleUpdate(loadUpdate(name));
    expect(h.events.map((e) => e.type)).toEqual(['media', 'contact', 'location', 'unsupported', 'unsupported']);
    expect(h.events[0]).toMatchObject({ kind: 'photo', ref: 'AgACAgUAAxkBAAIBlarge', bytes: 98234 });
    expect(h.events[1]).toMatchObject({ phone: '6281234567890' });
    expect(h.events[3]).toMatchObject({ kind: 'sticker' });
    expect(h.events[4]).toMatchObject({ kind: 'voice' });
  });

  it('ignores edits, group messages and membership changes without calling the engine', async () => {
    const h = createHarness();
    for (const name of ['edited-message', 'group-message', 'my-chat-member']) await h.channel.bot.handleUpdate(loadUpdate(name));
    expect(h.events).toEqual([]);
    expect(h.api.calls).toEqual([]);
  });

  it('logs an engine failure instead of letting it escape (polling must go on)', async () => {
    const h = createHarness({
      onEvent: async () => {
        throw new Error('database went away');
      },
    });
    await expect(h.channel.bot.handleUpdate(loadUpdate('text'))).resolves.toBeUndefined();
    const line = h.logs.find((l) => l.msg === 'telegram update handling failed');
    expect(line).toMatchObject({ level: 50, updateId: 880001, type: 'text' });
    expect((line?.err as { message?: string }).message).toBe('database went away');
  });

  it('lets the engine answer through the sender while handling the update', async () => {
    const h = createHarness({
      onEvent: async (event, channel) => channel.sender.send(event.chatId, [{ type: 'text', text: 'Halo Maria!' }]),
    });
    await h.channel.bot.handleUpdate(loadUpdate('start-deep-link'));
    expect(h.api.calls).toMatchObject([{ method: 'sendMessage', body: { chat_id: '123456789', text: 'Halo Maria!' } }]);
  });

  it('keeps one chat in order: a second update waits until the first is handled', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const h = createHarness({
      onEvent: async (event) => {
        order.push(`start ${event.messageId}`);
        if (event.messageId === 'u880001') await gate;
        order.push(`end ${event.messageId}`);
      },
    });
    const first = h.channel.bot.handleUpdate(loadUpdate('text'));
    const second = h.channel.bot.handleUpdate(loadUpdate('location'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['start u880001']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['start u880001', 'end u880001', 'start u880009', 'end u880009']);
  });
});
