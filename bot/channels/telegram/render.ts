// OutMessage → Bot API calls as plain data, so rendering is tested without a bot or a network. The sender
// adds chat_id and turns `photo` (an OutMedia) into an upload or a URL.
import type { InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'grammy/types';
import type { z } from 'zod';
import type { OutMessage, Option, outMediaSchema } from '../../../domain/chat/message.ts';
import { translator, type Lang } from '../../../domain/lib/i18n.ts';
import { encodeCallbackData } from './callback-data.ts';
import { MAX_CAPTION_CHARS, splitText } from './split-text.ts';

export type OutMedia = z.infer<typeof outMediaSchema>;
export type TelegramReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove;

export type TelegramCall =
  | { method: 'sendMessage'; payload: { text: string; reply_markup?: TelegramReplyMarkup } }
  | { method: 'sendPhoto'; payload: { photo: OutMedia; caption?: string; reply_markup?: InlineKeyboardMarkup | ReplyKeyboardRemove } }
  | { method: 'sendDocument'; payload: { document: OutMedia; filename: string; caption?: string; reply_markup?: InlineKeyboardMarkup | ReplyKeyboardRemove } };

export interface RenderContext {
  /** language of the fallback request button label; the engine normally passes buttonLabel itself */
  lang?: Lang;
  /** a contact/location reply keyboard is still showing: the first call without a keyboard of its own hides it */
  removeReplyKeyboard?: boolean;
}

export const MAX_BUTTON_LABEL = 64;
const REMOVE_KEYBOARD: ReplyKeyboardRemove = { remove_keyboard: true };

function label(text: string): string {
  const chars = Array.from(text); // by code point, so an emoji is never cut in half
  return chars.length <= MAX_BUTTON_LABEL ? text : `${chars.slice(0, MAX_BUTTON_LABEL - 1).join('')}…`;
}

function button(option: Option, menuToken: string | undefined): InlineKeyboardButton {
  if (option.url && option.webApp) return { text: label(option.label), web_app: { url: option.url } };
  if (option.url) return { text: label(option.label), url: option.url };
  return { text: label(option.label), callback_data: encodeCallbackData(option.value ?? '', menuToken) };
}

export function inlineKeyboard(options: Option[], menuToken?: string, columns = 1): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < options.length; i += columns) {
    rows.push(options.slice(i, i + columns).map((option) => button(option, menuToken)));
  }
  return { inline_keyboard: rows };
}

/** One text, split to Telegram's limit; the keyboard goes under the last part, where the eye ends. */
function textCalls(text: string, markup?: TelegramReplyMarkup): TelegramCall[] {
  const parts = splitText(text);
  return parts.map((part, i) => ({
    method: 'sendMessage' as const,
    payload: markup && i === parts.length - 1 ? { text: part, reply_markup: markup } : { text: part },
  }));
}

function requestKeyboard(request: 'contact' | 'location', buttonLabel: string): ReplyKeyboardMarkup {
  const asked = request === 'contact' ? { request_contact: true } : { request_location: true };
  return { keyboard: [[{ text: label(buttonLabel), ...asked }]], one_time_keyboard: true, resize_keyboard: true };
}

function renderOne(msg: OutMessage, lang: Lang): TelegramCall[] {
  switch (msg.type) {
    case 'text':
      return textCalls(msg.text);
    case 'choices':
      return textCalls(msg.text, inlineKeyboard(msg.options, msg.menuToken, msg.columns ?? 1));
    case 'photo': {
      const keyboard = msg.options && msg.options.length > 0 ? inlineKeyboard(msg.options, msg.menuToken) : undefined;
      const caption = msg.caption ?? '';
      if (caption.length <= MAX_CAPTION_CHARS) {
        return [{
          method: 'sendPhoto',
          payload: { photo: msg.media, ...(caption ? { caption } : {}), ...(keyboard ? { reply_markup: keyboard } : {}) },
        }];
      }
      // Too long for a caption: the photo alone, then the text with the buttons under it.
      return [{ method: 'sendPhoto', payload: { photo: msg.media } }, ...textCalls(caption, keyboard)];
    }
    case 'document': {
      const caption = msg.caption ?? '';
      if (caption.length <= MAX_CAPTION_CHARS) return [{ method: 'sendDocument', payload: { document: msg.media, filename: msg.filename, ...(caption ? { caption } : {}) } }];
      return [...textCalls(caption), { method: 'sendDocument', payload: { document: msg.media, filename: msg.filename } }];
    }
    case 'request': {
      if (msg.request === 'photo') return textCalls(msg.text); // Telegram has no "send a photo" button
      const buttonLabel = msg.buttonLabel ?? translator(lang)(`telegram:request.${msg.request}`);
      return textCalls(msg.text, requestKeyboard(msg.request, buttonLabel));
    }
  }
}

export function renderTelegram(msg: OutMessage, context: RenderContext = {}): TelegramCall[] {
  const calls = renderOne(msg, context.lang ?? 'id');
  if (context.removeReplyKeyboard) {
    const plain = calls.find((call) => call.payload.reply_markup === undefined);
    if (plain) plain.payload.reply_markup = { ...REMOVE_KEYBOARD };
  }
  return calls;
}

/** Whether a reply keyboard is left showing after these calls (the state the next message starts from). */
export function replyKeyboardOpenAfter(calls: TelegramCall[], openBefore: boolean): boolean {
  let open = openBefore;
  for (const call of calls) {
    const markup = call.payload.reply_markup;
    if (markup && 'keyboard' in markup) open = true;
    else if (markup && 'remove_keyboard' in markup) open = false;
  }
  return open;
}

/** Renders messages for one chat in order, threading the "reply keyboard showing" state through them. */
export function renderTelegramBatch(messages: OutMessage[], context: RenderContext = {}): { calls: TelegramCall[]; replyKeyboardOpen: boolean } {
  const calls: TelegramCall[] = [];
  let open = context.removeReplyKeyboard ?? false;
  for (const msg of messages) {
    const rendered = renderTelegram(msg, { ...context, removeReplyKeyboard: open });
    open = replyKeyboardOpenAfter(rendered, open);
    calls.push(...rendered);
  }
  return { calls, replyKeyboardOpen: open };
}
