// The Cloud transport against the fake Graph API, with its webhook routes in a Hono app: post() sends a
// payload the way Meta does (escaped JSON, signed with the app secret) and waits until it was processed.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import { silentLogger } from '../../../../domain/lib/logger.ts';
import type { AppEnv } from '../../../../domain/lib/http/context.ts';
import { whatsappCloudWebhookRoutes } from '../../../../api/routes/whatsapp/whatsapp-cloud-webhook.routes.ts';
import { createWhatsAppCloudChannel, type WhatsAppCloudChannel } from '../../../../bot/channels/whatsapp-cloud/adapter.ts';
import type { DeliveryStatus } from '../../../../bot/channels/whatsapp-cloud/parse.ts';
import type { InboundHandler, MediaResolver } from '../../../../domain/chat/message.ts';
import { APP_SECRET, GRAPH_TOKEN, GRAPH_VERSION, metaJson, PHONE_NUMBER_ID, signature, VERIFY_TOKEN, type FakeGraphApi } from '../../../fakes/fake-graph-api.ts';

export const noMedia: MediaResolver = async () => ({ data: Buffer.from([0xff, 0xd8, 0xff, 0xd9]), mime: 'image/jpeg', filename: 'p.jpg' });

export interface CloudRigOptions {
  handler: InboundHandler;
  recordStatus?: (s: DeliveryStatus) => Promise<boolean>;
  resolveMedia?: MediaResolver;
  logger?: Logger;
  maxFileBytes?: number;
  messagesPerSecond?: number;
}

export function createCloudRig(graph: FakeGraphApi, o: CloudRigOptions) {
  const logger = o.logger ?? silentLogger;
  const channel: WhatsAppCloudChannel = createWhatsAppCloudChannel({
    phoneNumberId: PHONE_NUMBER_ID,
    accessToken: GRAPH_TOKEN,
    appSecret: APP_SECRET,
    verifyToken: VERIFY_TOKEN,
    apiVersion: GRAPH_VERSION,
    apiRoot: graph.root,
    handler: o.handler,
    resolveMedia: o.resolveMedia ?? noMedia,
    logger,
    recordStatus: o.recordStatus ?? (async () => false),
    messagesPerSecond: o.messagesPerSecond ?? 1000,
    maxFileBytes: o.maxFileBytes ?? 10 * 1024 * 1024,
    languageOf: () => 'id',
    throttleBackoffMs: 20,
    pairBackoffMs: 30,
  });
  const app = new OpenAPIHono<AppEnv>();
  app.route('/', whatsappCloudWebhookRoutes(channel, logger));

  return {
    channel,
    app,
    /** posts a payload signed as Meta signs it; waits until the channel processed it */
    async post(payload: unknown, sign: (raw: string) => string | undefined = (raw) => signature(raw)) {
      const raw = metaJson(payload);
      const sig = sign(raw);
      const response = await app.request('/whatsapp/webhook', { method: 'POST', headers: { 'content-type': 'application/json', ...(sig ? { 'x-hub-signature-256': sig } : {}) }, body: raw });
      await channel.idle();
      return response;
    },
  };
}
