// The floor: grammY itself handling a trivial echo update, its Bot API replaced by a transformer that
// answers at once (no network). Same shape as the chat scenario (the same buyers, the same number of
// messages each), so "our engine vs. grammY doing nothing" is measured in the same run on the same machine.
import { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { JOURNEY_EVENTS } from '../lib/buyer-journey.ts';
import { runLoad, type LoadOptions, type LoadResult } from '../lib/load.ts';

function textUpdate(updateId: number, chatId: number, text: string): Update {
  return {
    update_id: updateId,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'Bench' }, from: { id: chatId, is_bot: false, first_name: 'Bench' }, text },
  };
}

export async function grammyEcho(options: LoadOptions): Promise<LoadResult> {
  const bot = new Bot('7000000001:AAFakeTokenForTheBenchmark_abcdefgh', {
    botInfo: { id: 7000000001, is_bot: true, first_name: 'Bench', username: 'bench_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false },
  });
  let sent = 0;
  bot.api.config.use(async (_prev, method, payload) => {
    sent++;
    const p = payload as { chat_id?: number; text?: string };
    const result = method === 'sendMessage' ? { message_id: sent, date: 0, chat: { id: p.chat_id ?? 0, type: 'private' }, text: p.text ?? '' } : true;
    return { ok: true, result } as never;
  });
  bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
  let updateId = 0;
  return runLoad(async (n, pause, latencies) => {
    for (let i = 0; i < JOURNEY_EVENTS; i++) {
      if (i > 0) await pause();
      const started = performance.now();
      await bot.handleUpdate(textUpdate(++updateId, 100_000 + n, `message ${i}`));
      latencies.push(performance.now() - started);
    }
  }, options);
}
