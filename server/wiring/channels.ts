// Starts the chat channels the configuration turns on: Telegram (polling or webhook) and WhatsApp.
// Each channel's code is loaded only when it is on: grammY with its runner and plugins is 4.3 MB of heap
// (node --expose-gc, heap after the import) that a server with Telegram off never uses, and the server's
// heap after the chat's visits is about twice what it keeps alive (V8 grows it before collecting).
import type { TelegramChannel } from '../../bot/channels/telegram/adapter.ts';
import type { WhatsAppChannel } from '../../bot/channels/whatsapp/adapter.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { WhatsAppCloudParts } from './whatsapp-cloud.ts';

export interface Channels {
  telegram: TelegramChannel | null;
  whatsapp: WhatsAppChannel | null;
  /** the Cloud API transport (WHATSAPP_TRANSPORT=cloud) instead of whatsapp-web.js */
  whatsappCloud: WhatsAppCloudParts | null;
}

export async function createChannels(rt: Runtime): Promise<Channels> {
  const { config, logger } = rt;
  const telegram =
    config.telegramMode === 'off'
      ? null
      : (await import('../../bot/channels/telegram/adapter.ts')).createTelegramChannel({
          token: config.TELEGRAM_BOT_TOKEN!,
          apiRoot: config.TELEGRAM_API_ROOT,
          mode: config.telegramMode,
          publicUrl: config.PUBLIC_URL,
          webhookSecret: config.TELEGRAM_WEBHOOK_SECRET,
          replaceWebhook: config.TELEGRAM_MODE === 'polling',
          // several processes may send for the bot: one limit for all of them, kept in PostgreSQL
          ...(rt.db.kind === 'postgresql' ? { sharedSlots: rt.services.repos.sendSlots } : {}),
          handler: rt.engine,
          resolveMedia: rt.resolveMedia,
          mediaLink: rt.mediaLink,
          logger: logger.child({ channel: 'telegram' }),
        });
  const whatsapp = config.whatsappTransport === 'web'
    ? (await import('../../bot/channels/whatsapp/adapter.ts')).createWhatsAppChannel({
        client: (await import('../../bot/channels/whatsapp/client-port.ts')).createWwebjsClient({ dataDir: config.dataDir, chromiumPath: config.CHROMIUM_PATH }),
        handler: rt.engine,
        resolveMedia: rt.resolveMedia,
        mediaLink: rt.mediaLink,
        logger: logger.child({ channel: 'whatsapp' }),
        initTimeoutMs: config.WHATSAPP_INIT_TIMEOUT_MS,
        languageOf: async (chatId) => (await rt.services.repos.conversations.find('WHATSAPP', chatId))?.language ?? 'id',
      })
    : null;
  if (telegram) rt.engine.registerSender(telegram.sender);
  const whatsappCloud = config.whatsappTransport === 'cloud' ? (await import('./whatsapp-cloud.ts')).createWhatsAppCloud(rt) : null;
  if (whatsapp) rt.engine.registerSender(whatsapp.sender);
  if (whatsappCloud) rt.engine.registerSender(whatsappCloud.channel.sender);
  return { telegram, whatsapp, whatsappCloud };
}
