// Inbound side: raw wweb Message → validated → parsed → engine. Errors are logged, never thrown into
// whatsapp-web.js (an exception in its event loop would take the session down). Messages of one chat are
// handed over one at a time, so the engine never runs two steps of the same session at once.
import type { Logger } from '../../../domain/lib/logger.ts';
import type { InboundHandler, MediaFetcher } from '../../../domain/chat/message.ts';
import type { WhatsAppClientPort } from './client-port.ts';
import { parseWhatsAppMessage, wwebMessageSchema } from './parse.ts';
import { createKeyedChain } from './send-queue.ts';

export interface InboundOptions {
  client: WhatsAppClientPort;
  handler: InboundHandler;
  logger: Logger;
  /** called for every message that arrives, also ignored ones: proof that the session is alive */
  onActivity?: () => void;
}

/** Loads the bytes of a received photo or document; the ref is the message id (see parse.ts). */
export function createMediaFetcher(client: WhatsAppClientPort): MediaFetcher {
  return async (ref) => {
    const stored = await client.getMessageById(ref);
    if (!stored) throw new Error('WhatsApp message for this media was not found');
    const media = await stored.downloadMedia();
    if (!media) throw new Error('WhatsApp media can no longer be downloaded');
    return { data: Buffer.from(media.data, 'base64'), mime: media.mimetype };
  };
}

/** Returns the 'message' listener; its promise always resolves (tests await it). */
export function createInboundListener(options: InboundOptions): (raw: unknown) => Promise<void> {
  const { handler, logger } = options;
  const fetchMedia = createMediaFetcher(options.client);
  const perChat = createKeyedChain();

  return async (raw) => {
    options.onActivity?.();
    const valid = wwebMessageSchema.safeParse(raw);
    if (!valid.success) {
      logger.warn({ issues: valid.error.issues.slice(0, 5) }, 'whatsapp: unreadable message ignored');
      return;
    }
    const event = parseWhatsAppMessage(valid.data);
    if (!event) {
      logger.debug({ type: valid.data.type }, 'whatsapp: message not for the bot');
      return;
    }
    try {
      await perChat(event.chatId, () => handler.handle(event, fetchMedia));
    } catch (error) {
      // no chat id or number in the log: they are personal data
      logger.error({ err: error, type: event.type }, 'whatsapp: handling a message failed');
    }
  };
}
