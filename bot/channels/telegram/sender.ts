// ChannelSender for Telegram: renders a batch, then performs the calls strictly in order (the throttler
// installed on the Api keeps within Telegram's limits). Every message is rendered before the first is sent,
// so a rendering error never leaves a half-sent answer.
import { InputFile, type Api } from 'grammy';
import type { Lang } from '../../../domain/lib/i18n.ts';
import type { Logger } from '../../../domain/lib/logger.ts';
import type { ChannelSender, MediaResolver, OutMessage } from '../../../domain/chat/message.ts';
import { createFailureLog, photoAsText, type MediaLinker } from '../photo-fallback.ts';
import { renderTelegramBatch, replyKeyboardOpenAfter, type OutMedia, type TelegramCall } from './render.ts';
import { splitText } from './split-text.ts';

export interface TelegramSenderDeps {
  api: Api;
  resolveMedia: MediaResolver;
  /** a public link to a picture, sent when the photo itself cannot be */
  mediaLink?: MediaLinker;
  logger?: Logger;
}

export function createTelegramSender(deps: TelegramSenderDeps): ChannelSender {
  // Chats still showing a contact/location keyboard. In memory: after a restart the worst case is a
  // leftover keyboard that the next request replaces, which is not worth a database row.
  const openKeyboards = new Set<string>();

  async function photoInput(media: OutMedia): Promise<InputFile | string> {
    if (media.url) return media.url; // Telegram fetches public URLs itself
    const resolved = await deps.resolveMedia(media);
    return new InputFile(resolved.data, resolved.filename);
  }

  const photoFailed = createFailureLog(deps.logger, 'telegram');

  async function perform(chatId: string, call: TelegramCall, lang: Lang | undefined): Promise<void> {
    if (call.method === 'sendMessage') {
      const { text, ...other } = call.payload;
      await deps.api.sendMessage(chatId, text, other);
      return;
    }
    if (call.method === 'sendDocument') {
      const { document, filename, caption, ...other } = call.payload;
      const file = document.url ? document.url : new InputFile((await deps.resolveMedia(document)).data, filename);
      await deps.api.sendDocument(chatId, file, { ...(caption ? { caption } : {}), ...other });
      return;
    }
    const { photo, caption, ...other } = call.payload;
    try {
      await deps.api.sendPhoto(chatId, await photoInput(photo), { ...(caption ? { caption } : {}), ...other });
    } catch (error) {
      // never silently: the card goes as text with the picture's link and the same buttons
      photoFailed(error);
      const parts = splitText(await photoAsText(photo, caption, lang, deps.mediaLink));
      for (const [i, part] of parts.entries()) await deps.api.sendMessage(chatId, part, i === parts.length - 1 ? other : {});
    }
  }

  return {
    channel: 'TELEGRAM',
    async send(chatId: string, messages: OutMessage[], lang?: Lang): Promise<void> {
      const wasOpen = openKeyboards.has(chatId);
      const { calls } = renderTelegramBatch(messages, { removeReplyKeyboard: wasOpen });
      const sent: TelegramCall[] = [];
      try {
        for (const call of calls) {
          await perform(chatId, call, lang);
          sent.push(call);
        }
      } finally {
        if (replyKeyboardOpenAfter(sent, wasOpen)) openKeyboards.add(chatId);
        else openKeyboards.delete(chatId);
      }
    },
  };
}
