// Builds the real Telegram channel against the fake Bot API, with a recording handler and logger.
import pino, { type Logger } from 'pino';
import type { InboundEventInput, InboundHandler, MediaFetcher, MediaResolver } from '../../../../domain/chat/message.ts';
import { createTelegramChannel, type TelegramChannel, type TelegramChannelOptions } from '../../../../bot/channels/telegram/adapter.ts';
import { API_ROOT, botInfo, createFakeBotApi, TOKEN, type FakeBotApi } from './fake-bot-api.ts';

export interface Harness {
  channel: TelegramChannel;
  api: FakeBotApi;
  events: InboundEventInput[];
  fetchers: (MediaFetcher | undefined)[];
  /** method-call count seen by the handler when each event arrived (to prove what happened first) */
  callsBeforeHandler: number[];
  logs: Array<Record<string, unknown>>;
  resolved: unknown[];
}

export function captureLogger(): { logger: Logger; logs: Array<Record<string, unknown>> } {
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, logs };
}

export function createHarness(
  options: Partial<TelegramChannelOptions> & { onEvent?: (event: InboundEventInput, channel: TelegramChannel, fetchMedia?: MediaFetcher) => Promise<void> } = {},
): Harness {
  const api = createFakeBotApi();
  const { logger, logs } = captureLogger();
  const events: InboundEventInput[] = [];
  const fetchers: (MediaFetcher | undefined)[] = [];
  const callsBeforeHandler: number[] = [];
  const resolved: unknown[] = [];
  const { onEvent, ...rest } = options;
  const handler: InboundHandler = {
    async handle(event, fetchMedia) {
      events.push(event);
      fetchers.push(fetchMedia);
      callsBeforeHandler.push(api.calls.length);
      if (onEvent) await onEvent(event, channel, fetchMedia);
    },
  };
  const resolveMedia: MediaResolver = async (media) => {
    resolved.push(media);
    return { data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), mime: 'image/jpeg', filename: 'kopi-bajawa.jpg' };
  };
  const channel = createTelegramChannel({
    token: TOKEN,
    apiRoot: API_ROOT,
    mode: 'polling',
    handler,
    resolveMedia,
    logger,
    botInfo,
    fetch: api.fetch,
    // Telegram's real per-chat gap is 1 s; tests keep the throttler but not the wait.
    limits: { out: { maxConcurrent: 1, minTime: 0 } },
    ...rest,
  });
  return { channel, api, events, fetchers, callsBeforeHandler, logs, resolved };
}
