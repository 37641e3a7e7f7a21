// Telegram's webhook POST: answered 200 only once the update is handled (its turn committed, turn.ts), 503
// otherwise, so that Telegram delivers it again: a process that could not take the conversation's lock in
// time, or lost its database, never swallows an update (issue 28). grammY's webhookCallback answers 200
// whatever the handler did (and, with onTimeout 'return', before it is done), so this replaces it. The body
// limit (64 KB, real updates are a few KB) is applied before this by the HTTP app (api/app.ts).
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Context as HonoContext } from 'hono';

export const WEBHOOK_SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface TelegramWebhookDeps {
  bot: Bot;
  secretToken: string;
  /** update ids whose handling failed, filled by the bot's middleware and read (and emptied) here */
  unhandled: Set<number>;
}

export function telegramWebhook(deps: TelegramWebhookDeps) {
  return async (c: HonoContext): Promise<Response> => {
    if (c.req.header(WEBHOOK_SECRET_HEADER) !== deps.secretToken) return c.text('secret token is wrong', 401);
    let update: Update;
    try {
      update = await c.req.json<Update>();
    } catch {
      return c.text('the body is not JSON', 400);
    }
    if (typeof update?.update_id !== 'number') return c.text('not an update', 400);
    if (!deps.bot.isInited()) await deps.bot.init();
    await deps.bot.handleUpdate(update);
    if (deps.unhandled.delete(update.update_id)) return c.text('not handled now; deliver it again', 503, { 'retry-after': '1' });
    return c.body(null, 200);
  };
}
