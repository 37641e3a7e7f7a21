// The first call to Telegram decides whether the bot can run at all. A wrong token or an API root that
// cannot be reached must show up as one readable line at startup, not as an endless retry loop, so this
// check uses a bare Api without the auto-retry transformer and with a short timeout.
import { Api, GrammyError, HttpError, type ApiClientOptions } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from '../../../domain/lib/logger.ts';

export type TelegramStartupErrorCode = 'token_rejected' | 'unreachable' | 'api_error';

export class TelegramStartupError extends Error {
  constructor(
    readonly code: TelegramStartupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TelegramStartupError';
  }
}

function explain(error: unknown, apiRoot: string, token: string): TelegramStartupError {
  if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
    // 404 is what Telegram answers for a token that is not even shaped like one
    return new TelegramStartupError(
      'token_rejected',
      `Telegram rejected TELEGRAM_BOT_TOKEN (${error.error_code} ${error.description}): copy the token again from @BotFather`,
    );
  }
  if (error instanceof HttpError) {
    // node-fetch puts the request URL, token included, into its messages: scrub it before logging
    const cause = (error.error instanceof Error ? error.error.message : String(error.error)).split(token).join('<token>');
    return new TelegramStartupError('unreachable', `Telegram API at ${apiRoot} is unreachable (${cause}): check TELEGRAM_API_ROOT and the network`);
  }
  const detail = (error instanceof Error ? error.message : String(error)).split(token).join('<token>');
  return new TelegramStartupError('api_error', `Telegram getMe failed: ${detail}`);
}

/** getMe through a throw-away client; logs one error line and throws TelegramStartupError on failure. */
export async function verifyBotToken(token: string, client: ApiClientOptions, logger: Logger): Promise<UserFromGetMe> {
  const api = new Api(token, { ...client, timeoutSeconds: 20 });
  try {
    return await api.getMe();
  } catch (error) {
    const failure = explain(error, client.apiRoot ?? 'https://api.telegram.org', token);
    logger.error({ code: failure.code }, failure.message);
    throw failure;
  }
}
