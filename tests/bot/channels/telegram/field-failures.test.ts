// Issue 19: the Telegram failures the field sees, against the fake Bot API over loopback HTTP with the real
// channel, engine, outbox dispatcher and database: 409 Conflict when a second process polls the same token,
// 403 "bot was blocked by the user", 400 "message is not modified", and a callback query answered after it
// expired.
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel, type TelegramChannel } from '../../../../bot/channels/telegram/adapter.ts';
import type { InboundEventInput, InboundHandler, MediaResolver } from '../../../../domain/chat/message.ts';
import { createDispatcher } from '../../../../bot/notify/dispatcher.ts';
import { startFakeTelegramServer, type FakeTelegramServer } from '../../../fakes/fake-telegram-server.ts';
import { createChatHarness, type ChatHarness } from '../../../helpers/chat-harness.ts';
import { captureLogger } from './channel-harness.ts';
import { botInfo } from './fake-bot-api.ts';

let tg: FakeTelegramServer;
let h: ChatHarness;
const resolveMedia: MediaResolver = async () => ({ data: Buffer.from([0xff, 0xd8]), mime: 'image/jpeg', filename: 'x.jpg' });

function channelOn(handler: InboundHandler, logger = captureLogger()) {
  const channel = createTelegramChannel({
    token: tg.token,
    apiRoot: tg.url,
    mode: 'polling',
    handler,
    resolveMedia,
    logger: logger.logger,
    botInfo,
    limits: { out: { maxConcurrent: 1, minTime: 0 } },
    pollingRetryMs: 200,
  });
  return { channel, logs: logger.logs };
}

async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const from = (id: number) => ({ id, is_bot: false, first_name: `U${id}`, language_code: 'id' });
let updateId = 10_000;
const message = (chat: number, text: string): Update => ({ update_id: ++updateId, message: { message_id: updateId, date: 1, chat: { id: chat, type: 'private', first_name: `U${chat}` }, from: from(chat), text } }) as Update;
const sendsTo = (chat: number, method = 'sendMessage') => tg.calls.filter((c) => c.method === method && Number(c.body.chat_id) === chat);

beforeAll(async () => {
  tg = await startFakeTelegramServer();
  h = await createChatHarness();
});
afterAll(async () => {
  await tg.close();
  await h.close();
});

describe('Telegram failures from the field', () => {
  it('409 Conflict: a second process polling the same token gets one clear log line, no tight loop, and polling resumes when it stops', async () => {
    const received: InboundEventInput[] = [];
    const first = channelOn({ handle: async (e) => void received.push(e) });
    const second = channelOn({ handle: async (e) => void received.push(e) });
    const polls = () => tg.calls.filter((c) => c.method === 'getUpdates').length;
    await first.channel.start();
    await until(() => polls() > 0);
    const before = polls();
    await second.channel.start();
    await new Promise((r) => setTimeout(r, 3_000));
    // the two processes end each other's long polls; each says so once, and polls again only after a pause
    const conflictLines = (logs: Array<Record<string, unknown>>) => logs.filter((l) => String(l.msg).includes('409 Conflict'));
    expect(conflictLines(first.logs).length + conflictLines(second.logs).length).toBeGreaterThanOrEqual(1);
    expect(conflictLines(first.logs).length).toBeLessThanOrEqual(1);
    expect(conflictLines(second.logs).length).toBeLessThanOrEqual(1);
    expect(polls() - before, 'getUpdates calls in 3 s').toBeLessThan(40);
    expect(String(conflictLines(first.logs)[0]?.msg ?? conflictLines(second.logs)[0]?.msg)).toMatch(/another process is polling this bot token/);

    // the other process stops: the first one gets the updates again
    await second.channel.stop();
    tg.push({ message: message(901, 'halo').message! } as Omit<Update, 'update_id'>);
    await until(() => received.find((e) => e.chatId === '901'));
    const stillFirst = conflictLines(first.logs).length > 0;
    if (stillFirst) expect(first.logs.filter((l) => String(l.msg).startsWith('Telegram polling resumed'))).toHaveLength(1);
    await first.channel.stop();
  }, 30_000);

  it('403 blocked by the user: the outbox stops sending to that chat, marks it unreachable, no retry storm; writing again reopens it', async () => {
    const { channel, logs } = channelOn(h.engine);
    h.engine.registerSender(channel.sender);
    const chat = 801;
    await channel.bot.handleUpdate(message(chat, 'halo'));
    const identity = await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'TELEGRAM', externalId: String(chat) } });
    tg.failWith('sendMessage', { code: 403, description: 'Forbidden: bot was blocked by the user' }, { chatId: chat });
    const sentBefore = sendsTo(chat).length;
    const notes = Array.from({ length: 5 }, () => ({ recipientId: identity.userId, template: 'engine:help' }));
    await h.services.repos.notifications.enqueue(notes);
    const dispatcher = createDispatcher({ notifications: h.services.repos.notifications, engine: h.engine, logger: captureLogger().logger, owner: 'blocked', baseBackoffMs: 1 });
    for (let i = 0; i < 4; i++) {
      await dispatcher.tick();
      await new Promise((r) => setTimeout(r, 10));
    }
    // one refused send for five notifications, then nothing: every row failed for good at its first attempt
    expect(sendsTo(chat).length - sentBefore).toBe(1);
    const rows = await h.db.prisma.notification.findMany({ where: { recipientId: identity.userId } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(Array.from({ length: 5 }, () => ['FAILED', 1]));
    expect(rows[0]?.lastError).toMatch(/unreachable/);
    expect((await h.db.prisma.channelIdentity.findUniqueOrThrow({ where: { id: identity.id } })).unreachableAt).not.toBeNull();
    expect(logs.filter((l) => l.level === 40 && String(l.msg).includes('unreachable'))).toHaveLength(0); // the channel itself stays quiet
    // a later notification is not even tried
    await h.services.repos.notifications.enqueue([{ recipientId: identity.userId, template: 'engine:help' }]);
    await dispatcher.tick();
    expect(sendsTo(chat).length - sentBefore).toBe(1);

    // the user unblocks the bot and writes: the chat is reachable again and notifications flow
    tg.clearFailures();
    await channel.bot.handleUpdate(message(chat, 'menu'));
    expect((await h.db.prisma.channelIdentity.findUniqueOrThrow({ where: { id: identity.id } })).unreachableAt).toBeNull();
    const afterWrite = sendsTo(chat).length;
    await h.services.repos.notifications.enqueue([{ recipientId: identity.userId, template: 'engine:help' }]);
    await dispatcher.tick();
    expect(sendsTo(chat).length).toBeGreaterThan(afterWrite);
    expect(await h.db.prisma.notification.count({ where: { recipientId: identity.userId, status: 'SENT' } })).toBe(1);
  }, 30_000);

  it('400 message is not modified: ignored, the turn and the rest of its answer go on', async () => {
    const { channel, logs } = channelOn(h.engine);
    h.engine.registerSender(channel.sender);
    const chat = 802;
    tg.failWith('sendMessage', { code: 400, description: 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message' }, { chatId: chat, times: 1 });
    const before = sendsTo(chat).length;
    // a first message that says what it wants: the welcome, "register first", the first question (three messages)
    await channel.bot.handleUpdate(message(chat, 'mau jual kain tenun'));
    expect(sendsTo(chat).length - before).toBeGreaterThanOrEqual(2); // the refused one and what followed it
    expect(logs.filter((l) => Number(l.level) >= 40)).toEqual([]);
    tg.failWith('editMessageText', { code: 400, description: 'Bad Request: message is not modified' });
    await expect(channel.bot.api.editMessageText(chat, 1, 'sama')).resolves.toBe(true);
    tg.clearFailures();
  }, 30_000);

  it('a callback query answered after it expired is ignored; the tap is still handled, once', async () => {
    const { channel, logs } = channelOn(h.engine);
    h.engine.registerSender(channel.sender);
    const chat = 803;
    await channel.bot.handleUpdate(message(chat, '/start'));
    const menu = [...sendsTo(chat)].reverse().find((c) => c.body.reply_markup);
    const keyboard = (menu?.body.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    const english = keyboard.find((b) => /English/.test(b.text))!;
    tg.failWith('answerCallbackQuery', { code: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' });
    const tap = {
      update_id: ++updateId,
      callback_query: { id: 'q-old', from: from(chat), chat_instance: 'ci', data: english.callback_data, message: { message_id: 1, date: 1, chat: { id: chat, type: 'private', first_name: 'U' } } },
    } as Update;
    const before = sendsTo(chat).length;
    await channel.bot.handleUpdate(tap);
    await channel.bot.handleUpdate(tap); // Telegram delivers it again after a restart
    expect(tg.calls.filter((c) => c.method === 'answerCallbackQuery').length).toBeGreaterThanOrEqual(1);
    const answers = sendsTo(chat).slice(before).map((c) => String(c.body.text));
    // the welcome's language switch, taken once: the welcome again, in English
    expect(answers.filter((t) => t.includes('Would you like to shop or to sell products?'))).toHaveLength(1);
    expect(logs.filter((l) => Number(l.level) >= 40)).toEqual([]);
    tg.clearFailures();
  }, 30_000);
});
