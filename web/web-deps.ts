// What the storefront and the web chat need from the composition root. One object serves both route
// factories, so the server can build it once.
import type { Logger } from '../domain/lib/logger.ts';
import type { Services } from '../domain/services/services.ts';
import type { WebChatPort } from '../domain/chat/web-chat.ts';
import type { ChatEventsOptions } from './chat/chat-events.ts';

export interface WebDeps {
  services: Services;
  /** the web chat channel (bot/channels/web, wired by server/): turns and the replies waiting for a chat */
  webChat: WebChatPort;
  /** signs the web chat cookie and chat media links; config.SESSION_SECRET or the data folder's secret */
  cookieSecret: string;
  /** web chat messages per minute per chat (config.WEBCHAT_RATE_LIMIT_PER_MINUTE) */
  rateLimitPerMinute: number;
  logger: Logger;
  /** the Telegram bot's token: verifies the Mini App's launch data (absent: the Mini App is off) */
  telegramBotToken?: string;
  /** event stream timings (tests shorten them); defaults: 15 s keep-alive, 5 min per stream */
  chatEvents?: ChatEventsOptions;
}

export type StorefrontDeps = Pick<WebDeps, 'services' | 'logger' | 'cookieSecret' | 'telegramBotToken'>;
