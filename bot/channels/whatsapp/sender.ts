// The ChannelSender for WhatsApp: renders OutMessage[] and sends the parts in order, paced (send-queue.ts).
import { translator, type Lang } from '../../../domain/lib/i18n.ts';
import type { Logger } from '../../../domain/lib/logger.ts';
import type { ChannelSender, MediaResolver, OutMessage } from '../../../domain/chat/message.ts';
import { createFailureLog, photoAsText, type MediaLinker } from '../photo-fallback.ts';
import type { WhatsAppClientPort } from './client-port.ts';
import { renderWhatsApp, type WhatsAppPart } from './render.ts';
import { createKeyedChain, createPacedQueue } from './send-queue.ts';

export const defaultSendIntervalMs = 350;

export interface WhatsAppSenderOptions {
  client: WhatsAppClientPort;
  resolveMedia: MediaResolver;
  /** the chat's language for the few texts the channel adds (menu hint); Indonesian when unknown */
  languageOf?: (chatId: string) => Promise<Lang> | Lang;
  /** sending while the session is down only produces puppeteer errors: fail fast instead (outbox retries) */
  isReady: () => boolean;
  sendIntervalMs?: number;
  /** a public link to a picture, sent as text when the picture itself cannot be sent */
  mediaLink?: MediaLinker;
  logger?: Logger;
}

export class WhatsAppNotReadyError extends Error {
  constructor() {
    super('WhatsApp session is not ready');
    this.name = 'WhatsAppNotReadyError';
  }
}

export function createWhatsAppSender(options: WhatsAppSenderOptions): ChannelSender {
  const { client, resolveMedia, isReady } = options;
  const queue = createPacedQueue(options.sendIntervalMs ?? defaultSendIntervalMs);
  const perChat = createKeyedChain();

  const photoFailed = createFailureLog(options.logger, 'whatsapp');

  const sendText = (chatId: string, text: string) =>
    queue.run(async () => {
      if (!isReady()) throw new WhatsAppNotReadyError();
      await client.sendMessage(chatId, text);
    });

  async function sendPart(chatId: string, part: WhatsAppPart, lang: Lang): Promise<void> {
    if (part.kind === 'text') return sendText(chatId, part.text);
    try {
      // resolve outside the queue so a slow disk or download does not hold up other chats
      const file = await resolveMedia(part.media);
      const media = { mimetype: file.mime, data: file.data.toString('base64'), filename: part.document?.filename ?? file.filename };
      const sendOptions = { ...(part.caption ? { caption: part.caption } : {}), ...(part.document ? { sendMediaAsDocument: true } : {}) };
      await queue.run(async () => {
        if (!isReady()) throw new WhatsAppNotReadyError();
        await client.sendMessage(chatId, media, Object.keys(sendOptions).length ? sendOptions : undefined);
      });
    } catch (error) {
      // a session that is down fails the whole send (the outbox retries); any other failure of the picture
      // (missing file, too large, refused by WhatsApp) must not lose the card: it goes as text with a link
      if (error instanceof WhatsAppNotReadyError) throw error;
      photoFailed(error);
      await sendText(chatId, await photoAsText(part.media, part.caption, lang, options.mediaLink));
    }
  }

  return {
    channel: 'WHATSAPP',
    send(chatId: string, messages: OutMessage[]): Promise<void> {
      return perChat(chatId, async () => {
        const lang = (await options.languageOf?.(chatId)) ?? 'id';
        const t = translator(lang);
        const parts = messages.flatMap((message) => renderWhatsApp(message, t));
        for (const part of parts) await sendPart(chatId, part, lang);
      });
    },
  };
}
