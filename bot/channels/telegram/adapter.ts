// The Telegram channel: a grammY bot that turns updates into InboundEvents for the engine and a sender that
// speaks OutMessages back. grammY plugins stay at the edge: auto-retry and our throttle (throttle.ts) on the Api, the
// runner for polling; conversations live in the engine, never in grammY.
import { createHash } from 'node:crypto';
import { Bot, webhookCallback, type ApiClientOptions } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { autoRetry } from '@grammyjs/auto-retry';
import type { APIThrottlerOptions } from '@grammyjs/transformer-throttler';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import type { Context as HonoContext } from 'hono';
import type { ChannelSender, InboundHandler, MediaResolver } from '../../../domain/chat/message.ts';
import type { Logger } from '../../../domain/lib/logger.ts';
import type { MediaLinker } from '../photo-fallback.ts';
import { parseTelegramUpdate } from './parse.ts';
import { createTelegramSender } from './sender.ts';
import { pacingFrom, telegramThrottle } from './throttle.ts';
import { createMediaFetcher, DEFAULT_MAX_FILE_BYTES } from './media.ts';
import { publishCommands } from './commands.ts';
import { verifyBotToken } from './startup.ts';
import { classifyTelegramError, telegramFailureTransformer } from './api-errors.ts';

export type TelegramMode = 'polling' | 'webhook';

export interface TelegramChannelOptions {
  token: string;
  apiRoot?: string;
  mode: TelegramMode;
  /** webhook mode: the public https origin; Telegram posts to `${publicUrl}/telegram/webhook` */
  publicUrl?: string;
  /** webhook mode: checked on every POST; derived from the token when not configured */
  webhookSecret?: string;
  handler: InboundHandler;
  resolveMedia: MediaResolver;
  /** a public link to a picture, sent as text when the photo cannot be sent */
  mediaLink?: MediaLinker;
  logger: Logger;
  /** skips getMe at start (tests) */
  botInfo?: UserFromGetMe;
  /** a fake Bot API for tests; production leaves it unset (grammY's own client, global fetch for files) */
  fetch?: typeof fetch;
  maxFileBytes?: number;
  /** pacing (only the minTime values are read: gaps in ms); default just under 30 msg/s overall, 1 msg/s per chat (see throttle.ts; tests lower the per-chat gap) */
  limits?: APIThrottlerOptions;
  /** polling stopped by an error (409: another process polls the same token): first wait before polling again, doubling up to 6× (default 10 s) */
  pollingRetryMs?: number;
}

export interface TelegramChannel {
  sender: ChannelSender;
  bot: Bot;
  start(): Promise<void>;
  stop(): Promise<void>;
  webhook: (c: HonoContext) => Promise<Response>;
  status(): { mode: TelegramMode; lastUpdateAt: Date | null; username?: string };
}

export const WEBHOOK_PATH = '/telegram/webhook';
// Only what parse.ts uses: Telegram then does not even send edits, channel posts or membership changes.
const ALLOWED_UPDATES: ReadonlyArray<Exclude<keyof Update, 'update_id'>> = ['message', 'callback_query'];

/** Telegram allows [A-Za-z0-9_-]{1,256}; a hash of the token is stable across restarts and reveals nothing. */
export function deriveWebhookSecret(token: string): string {
  return createHash('sha256').update(`etalase-ntt-webhook:${token}`).digest('hex');
}

export function createTelegramChannel(options: TelegramChannelOptions): TelegramChannel {
  const apiRoot = (options.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const fetchFn = options.fetch ?? globalThis.fetch;
  const client: ApiClientOptions = {
    apiRoot,
    // grammY types its fetch after node-fetch; a WHATWG fetch is what it calls at runtime.
    ...(options.fetch ? { fetch: options.fetch as unknown as NonNullable<ApiClientOptions['fetch']> } : {}),
  };
  const bot = new Bot(options.token, { client, ...(options.botInfo ? { botInfo: options.botInfo } : {}) });
  const logger = options.logger;
  const secretToken = options.webhookSecret ?? deriveWebhookSecret(options.token);

  // Installed last = runs first: the throttle holds a chat's turn while auto-retry waits out a 429, so the
  // messages of one chat keep their order. Retries are bounded so a dead network cannot hang a send forever.
  // Innermost, the field's known failures (api-errors.ts): a blocked chat is never retried.
  bot.api.config.use(telegramFailureTransformer);
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 }));
  bot.api.config.use(telegramThrottle(pacingFrom(options.limits)));

  const fetchMedia = createMediaFetcher({
    api: bot.api,
    token: options.token,
    apiRoot,
    fetch: fetchFn,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
  });
  const sender = createTelegramSender({ api: bot.api, resolveMedia: options.resolveMedia, logger: options.logger, ...(options.mediaLink ? { mediaLink: options.mediaLink } : {}) });

  let lastUpdateAt: Date | null = null;
  let runner: RunnerHandle | undefined;
  const polling = createPollingSupervisor();

  // One chat's updates in order, different chats concurrently (the runner handles many at once).
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.use(async (ctx) => {
    lastUpdateAt = new Date();
    if (ctx.callbackQuery) {
      // Always, and first: until answered the button shows a spinner. A late answer (the query expired while
      // the process was busy or down) fails harmlessly: the tap itself is still handled, once.
      await ctx.answerCallbackQuery().catch((err: unknown) => {
        if (classifyTelegramError(err) === 'query_expired') logger.debug({ updateId: ctx.update.update_id }, 'callback query expired before it was answered');
        else logger.warn({ err, updateId: ctx.update.update_id }, 'answerCallbackQuery failed');
      });
    }
    const event = parseTelegramUpdate(ctx.update);
    if (!event) return;
    try {
      await options.handler.handle(event, fetchMedia);
    } catch (err) {
      logger.error({ err, updateId: ctx.update.update_id, type: event.type }, 'telegram update handling failed');
    }
  });
  bot.catch((error) => logger.error({ err: error.error, updateId: error.ctx.update.update_id }, 'telegram middleware failed'));

  async function announceCommands(): Promise<void> {
    // The "/" menu is a convenience: failing to set it must not stop the shop.
    await publishCommands(bot.api).catch((err: unknown) => logger.warn({ err }, 'setMyCommands failed'));
    // the shop as a Mini App beside the input field (Telegram opens only https pages there)
    if (options.publicUrl?.startsWith('https://')) {
      const url = `${options.publicUrl.replace(/\/+$/, '')}/tg`;
      await bot.api.setChatMenuButton({ menu_button: { type: 'web_app', text: 'Toko · Shop', web_app: { url } } }).catch((err: unknown) => logger.warn({ err }, 'setChatMenuButton failed'));
    }
  }

  const webhook = webhookCallback(bot, 'hono', { secretToken, onTimeout: 'return' });

  /**
   * Runs grammY's runner and starts it again when an error stops it. 409 Conflict (another process polls the
   * same token; Telegram serves one) is said once, in one line, and polling is tried again after a pause that
   * grows to a minute, never in a tight loop; when the other process is gone, one line says polling resumed.
   */
  function createPollingSupervisor() {
    const firstWait = options.pollingRetryMs ?? 10_000;
    let wait = firstWait;
    let retry: NodeJS.Timeout | undefined;
    let active = false;
    let conflictSince: Date | null = null;

    // the first answer to getUpdates after a conflict means the other process has gone
    bot.api.config.use(async (prev, method, payload, signal) => {
      const response = await prev(method, payload, signal);
      if (method === 'getUpdates' && response.ok && conflictSince) {
        logger.info({ pausedSince: conflictSince.toISOString() }, 'Telegram polling resumed: no other process polls this bot token now');
        conflictSince = null;
        wait = firstWait;
      }
      return response;
    });

    const begin = () => {
      retry = undefined;
      if (!active) return;
      // silent: the runner would print every failed poll to stderr itself; failures are logged here, once
      runner = run(bot, { runner: { silent: true, fetch: { allowed_updates: ALLOWED_UPDATES } } });
      runner.task()?.catch((error: unknown) => {
        if (!active) return;
        if (classifyTelegramError(error) === 'conflict') {
          if (!conflictSince) {
            conflictSince = new Date();
            logger.error(
              { code: 409, retryInSeconds: Math.round(wait / 1000) },
              'Telegram: another process is polling this bot token (409 Conflict); only one can receive its updates. Stop the other one (or use another token); polling here is paused and tried again, growing to once a minute',
            );
          }
        } else {
          logger.error({ err: error, retryInSeconds: Math.round(wait / 1000) }, 'Telegram polling stopped by an error; trying again shortly');
        }
        retry = setTimeout(begin, wait);
        wait = Math.min(wait * 2, firstWait * 6);
      });
    };

    return {
      start() {
        if (active) return;
        active = true;
        wait = firstWait;
        begin();
      },
      async stop() {
        active = false;
        if (retry) clearTimeout(retry);
        retry = undefined;
        if (runner?.isRunning()) await runner.stop();
        runner = undefined;
      },
    };
  }

  return {
    sender,
    bot,
    webhook,
    async start() {
      if (!bot.isInited()) bot.botInfo = await verifyBotToken(options.token, client, logger);
      const username = bot.botInfo.username;
      if (options.mode === 'webhook') {
        if (!options.publicUrl) throw new Error('Telegram webhook mode needs PUBLIC_URL');
        const url = `${options.publicUrl.replace(/\/+$/, '')}${WEBHOOK_PATH}`;
        await bot.api.setWebhook(url, { secret_token: secretToken, allowed_updates: ALLOWED_UPDATES });
        await announceCommands();
        logger.info({ username, url }, 'Telegram webhook set');
        return;
      }
      if (runner?.isRunning()) return;
      await bot.api.deleteWebhook();
      await announceCommands();
      polling.start();
      logger.info({ username }, 'Telegram polling started');
    },
    async stop() {
      await polling.stop();
    },
    status() {
      return {
        mode: options.mode,
        lastUpdateAt,
        ...(bot.isInited() ? { username: bot.botInfo.username } : {}),
      };
    },
  };
}
