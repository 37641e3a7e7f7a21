// Builds the WhatsApp Cloud API transport from the configuration: the channel, its outbox delivery and
// what the server mounts (webhook routes) and shows (/health). Kept apart from channels.ts so the
// WhatsApp Web wiring there stays as it was.
import { createWhatsAppCloudChannel, type WhatsAppCloudChannel } from '../../bot/channels/whatsapp-cloud/adapter.ts';
import { loadTemplates } from '../../bot/channels/whatsapp-cloud/templates.ts';
import type { DeliveryStrategy } from '../../bot/notify/delivery-strategy.ts';
import { createWhatsAppCloudDelivery } from '../../bot/notify/whatsapp-cloud-delivery.ts';
import { createSharedPairTurns } from '../../bot/notify/pair-turns.ts';
import { createWhatsAppCloudRepository } from '../../domain/repositories/whatsapp-cloud.repository.ts';
import { StartupError, type Runtime } from '../runtime/runtime.ts';

export interface WhatsAppCloudParts {
  channel: WhatsAppCloudChannel;
  delivery: DeliveryStrategy;
}

export function createWhatsAppCloud(rt: Runtime, options: { fetch?: typeof fetch } = {}): WhatsAppCloudParts {
  const { config, logger } = rt;
  let templates;
  try {
    templates = loadTemplates(config.WHATSAPP_CLOUD_TEMPLATES_FILE);
  } catch (error) {
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
  const repo = createWhatsAppCloudRepository(rt.db.prisma);
  const log = logger.child({ channel: 'whatsapp-cloud' });
  const shared = rt.db.kind === 'postgresql';
  const channel = createWhatsAppCloudChannel({
    phoneNumberId: config.WHATSAPP_CLOUD_PHONE_NUMBER_ID!,
    accessToken: config.WHATSAPP_CLOUD_ACCESS_TOKEN!,
    appSecret: config.WHATSAPP_CLOUD_APP_SECRET!,
    verifyToken: config.WHATSAPP_CLOUD_VERIFY_TOKEN!,
    apiVersion: config.WHATSAPP_CLOUD_API_VERSION,
    apiRoot: config.WHATSAPP_CLOUD_API_ROOT,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    handler: rt.engine,
    resolveMedia: rt.resolveMedia,
    logger: log,
    recordStatus: (s) => repo.recordStatus(s.wamid, s.status, s.at, s.errorCode),
    messagesPerSecond: config.WHATSAPP_CLOUD_MESSAGES_PER_SECOND,
    // several processes may send for the number: one limit for all of them, kept in PostgreSQL
    ...(shared ? { sharedSlots: rt.services.repos.sendSlots } : {}),
    maxFileBytes: config.MEDIA_MAX_BYTES,
    languageOf: async (chatId) => (await rt.services.repos.conversations.find('WHATSAPP', chatId))?.language ?? 'id',
  });
  const delivery = createWhatsAppCloudDelivery({
    channel,
    engine: rt.engine,
    identitiesOf: (userId) => rt.services.repos.conversations.identitiesOf(userId),
    languageOf: async (userId) => (await rt.services.repos.users.findById(userId))?.language ?? null,
    repo,
    templates,
    owner: rt.owner,
    logger: log,
    pairIntervalMs: config.WHATSAPP_CLOUD_PAIR_INTERVAL_MS,
    // and the pair limit too: two processes' outboxes never write to one person closer than the interval
    ...(shared ? { pairTurns: createSharedPairTurns(rt.services.repos.sendSlots, config.WHATSAPP_CLOUD_PHONE_NUMBER_ID!, config.WHATSAPP_CLOUD_PAIR_INTERVAL_MS) } : {}),
  });
  return { channel, delivery };
}
