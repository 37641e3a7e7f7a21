// The WhatsApp Business Platform (Cloud API) channel: the Graph client (graph-client.ts), the paced sender,
// the media fetcher and the webhook's work after the signature check: events to the engine one chat at a
// time, delivery statuses onto the outbox rows. The webhook answers Meta at once; `accept` only queues.
import type { Lang } from '../../../domain/lib/i18n.ts';
import type { Logger } from '../../../domain/lib/logger.ts';
import { tooLarge } from '../../../domain/media/image-process.ts';
import type { ChannelSender, InboundHandler, MediaFetcher, MediaResolver } from '../../../domain/chat/message.ts';
import type { ClientMessage } from 'whatsapp-api-js/types';
import { createKeyedChain } from '../whatsapp/send-queue.ts';
import { GraphApiError } from './errors.ts';
import { createGraphClient, type GraphClient, type GraphClientOptions } from './graph-client.ts';
import { createRatePacer } from './pacer.ts';
import { createSharedRatePacer, type SharedSlots } from './shared-pacer.ts';
import { parseWebhook, webhookPayloadSchema, type DeliveryStatus } from './parse.ts';
import { createCloudSender, throttledPause, toRecipient } from './sender.ts';

export interface WhatsAppCloudChannelOptions extends Omit<GraphClientOptions, 'onTokenState'> {
  handler: InboundHandler;
  resolveMedia: MediaResolver;
  logger: Logger;
  /** records a delivery status on its outbox row (whatsapp-cloud.repository.ts) */
  recordStatus: (status: DeliveryStatus) => Promise<boolean>;
  messagesPerSecond: number;
  maxFileBytes: number;
  languageOf?: (chatId: string) => Promise<Lang> | Lang;
  /** several processes send for the number: its throughput limit kept for all of them, in PostgreSQL */
  sharedSlots?: SharedSlots;
  /** tests shorten the waits after 429 and 131056 */
  throttleBackoffMs?: number;
  pairBackoffMs?: number;
}

export interface WhatsAppCloudStatus {
  state: 'ready' | 'token_invalid';
  transport: 'cloud';
  tokenInvalidSince: Date | null;
  lastMessageAt: Date | null;
  lastStatusAt: Date | null;
}

export interface WhatsAppCloudChannel {
  sender: ChannelSender;
  graph: GraphClient;
  /** one message outside a conversation (a template), paced and retried like the sender's */
  sendMessage(chatId: string, message: ClientMessage): Promise<string>;
  /** GET verification: the challenge, or null */
  verifyChallenge(params: Record<string, string | undefined>): string | null;
  verifySignature(rawBody: string, signature: string | undefined): Promise<boolean>;
  /** queues a verified POST body for processing and returns at once */
  accept(rawBody: string): Promise<void>;
  /** resolves when everything accepted so far has been processed (tests, shutdown) */
  idle(): Promise<void>;
  status(): WhatsAppCloudStatus;
  tokenValid(): boolean;
}

/** How many recent message ids are remembered to drop Meta's redeliveries before they reach the database. */
const RECENT_IDS = 5_000;

export function createWhatsAppCloudChannel(o: WhatsAppCloudChannelOptions): WhatsAppCloudChannel {
  const { logger } = o;
  let tokenInvalidSince: Date | null = null;
  let lastMessageAt: Date | null = null;
  let lastStatusAt: Date | null = null;

  const graph = createGraphClient({
    ...o,
    onTokenState(valid) {
      if (valid) {
        logger.info('whatsapp cloud: the access token works again');
        tokenInvalidSince = null;
      } else {
        // one line, when it happens; /health shows it for as long as it lasts
        logger.error('whatsapp cloud: the access token is invalid or expired (Graph error 190); set a new WHATSAPP_CLOUD_ACCESS_TOKEN and restart');
        tokenInvalidSince = new Date();
      }
    },
  });
  const pacer = o.sharedSlots
    ? createSharedRatePacer(o.sharedSlots, o.phoneNumberId, o.messagesPerSecond, (error) => logger.warn({ err: error }, 'whatsapp cloud: keeping a pause in the database failed'))
    : createRatePacer(o.messagesPerSecond);
  const senderOptions = {
    graph,
    pacer,
    resolveMedia: o.resolveMedia,
    ...(o.languageOf ? { languageOf: o.languageOf } : {}),
    ...(o.throttleBackoffMs !== undefined ? { throttleBackoffMs: o.throttleBackoffMs } : {}),
    ...(o.pairBackoffMs !== undefined ? { pairBackoffMs: o.pairBackoffMs } : {}),
  };
  const sender = createCloudSender(senderOptions);

  const fetchMedia: MediaFetcher = async (ref) => {
    const info = await graph.retrieveMedia(ref);
    if (info.bytes !== undefined && info.bytes > o.maxFileBytes) throw tooLarge(info.bytes, o.maxFileBytes);
    const response = await graph.download(info.url);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > o.maxFileBytes) throw tooLarge(declared, o.maxFileBytes);
    const data = Buffer.from(await response.arrayBuffer());
    if (data.length > o.maxFileBytes) throw tooLarge(data.length, o.maxFileBytes);
    return { data, mime: info.mime.split(';')[0]!.trim() };
  };

  const perChat = createKeyedChain();
  const recent = new Set<string>();
  const inFlight = new Set<Promise<void>>();

  function firstTime(messageId: string): boolean {
    if (recent.has(messageId)) return false;
    recent.add(messageId);
    if (recent.size > RECENT_IDS) recent.delete(recent.values().next().value!);
    return true;
  }

  async function process(rawBody: string): Promise<void> {
    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      logger.warn('whatsapp cloud: signed webhook body is not JSON; ignored');
      return;
    }
    const payload = webhookPayloadSchema.safeParse(json);
    if (!payload.success) {
      logger.warn({ issues: payload.error.issues.slice(0, 3) }, 'whatsapp cloud: unreadable webhook payload ignored');
      return;
    }
    const { events, statuses, skipped } = parseWebhook(payload.data);
    let failed = 0;
    if (skipped) logger.warn({ skipped }, 'whatsapp cloud: unreadable webhook items skipped');
    for (const status of statuses) {
      lastStatusAt = new Date();
      if (status.status === 'failed') logger.warn({ code: status.errorCode }, 'whatsapp cloud: a message was not delivered');
      await o.recordStatus(status).catch((error: unknown) => logger.error({ err: error }, 'whatsapp cloud: recording a delivery status failed'));
    }
    await Promise.all(
      events.map(async (event) => {
        lastMessageAt = new Date();
        // Meta redelivers what it thinks was not received; the engine also drops a repeated id (database)
        if (!firstTime(event.messageId)) return;
        try {
          await perChat(event.chatId, () => o.handler.handle(event, fetchMedia));
        } catch (error) {
          // no chat id or number in the log: personal data
          logger.error({ err: error, type: event.type }, 'whatsapp cloud: handling a message failed');
          // not handled (its turn did not commit): Meta's redelivery must find it new, here too
          recent.delete(event.messageId);
          failed++;
        }
      }),
    );
    if (failed > 0) throw new Error(`whatsapp cloud: ${failed} message(s) not handled now; Meta delivers them again`);
  }

  return {
    sender,
    graph,
    async sendMessage(chatId, message) {
      const answered = await pacer.take();
      try {
        const wamid = await graph.send(toRecipient(chatId), message);
        answered();
        return wamid;
      } catch (error) {
        answered();
        // everyone waits after a 429; the outbox retries this one with its backoff
        if (error instanceof GraphApiError && error.kind === 'throttled') await throttledPause(pacer, error, o.throttleBackoffMs ?? 1_000);
        throw error;
      }
    },
    verifyChallenge: (params) => graph.verifyChallenge(params),
    verifySignature: (rawBody, signature) => graph.verifySignature(rawBody, signature),
    /** Resolves once every message in the body is handled (its turn committed); rejects when one was not. */
    accept(rawBody) {
      const job: Promise<void> = process(rawBody).finally(() => inFlight.delete(settled));
      const settled = job.catch(() => undefined);
      inFlight.add(settled);
      return job;
    },
    async idle() {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
    status: () => ({ state: tokenInvalidSince ? 'token_invalid' : 'ready', transport: 'cloud', tokenInvalidSince, lastMessageAt, lastStatusAt }),
    tokenValid: () => tokenInvalidSince === null,
  };
}
