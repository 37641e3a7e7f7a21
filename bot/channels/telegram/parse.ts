// Telegram update → InboundEventInput. Pure: no bot, no network, so recorded updates test it directly.
// The bot serves private chats only; groups, channels, edits and membership updates are ignored (null).
import type { Message, Update, User } from 'grammy/types';
import { cleanShortText, cleanTypedText } from '../../../domain/chat/clean-text.ts';
import type { InboundEventInput } from '../../../domain/chat/message.ts';
import { decodeCallbackData } from './callback-data.ts';

type Base = Pick<InboundEventInput, 'channel' | 'chatId' | 'senderId' | 'messageId' | 'profile'>;
type UnsupportedKind = 'sticker' | 'voice' | 'audio' | 'video' | 'other';

// "/cmd", "/cmd@our_bot args": Telegram command names are latin letters, digits and underscores.
const COMMAND = /^\/([A-Za-z0-9_]{1,64})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/;
const MAX_ARGS = 512;
/** Telegram's own limit for a caption */
const MAX_CAPTION = 1024;

function profileOf(user: User): NonNullable<InboundEventInput['profile']> {
  const name = cleanShortText([user.first_name, user.last_name].filter(Boolean).join(' '), 200).trim();
  return {
    ...(name ? { name } : {}),
    ...(user.language_code ? { languageCode: user.language_code.slice(0, 20) } : {}),
  };
}

function baseOf(update: Update, chatId: number, from: User): Base {
  return { channel: 'TELEGRAM', chatId: String(chatId), senderId: String(from.id), messageId: `u${update.update_id}`, profile: profileOf(from) };
}

function parseText(base: Base, raw: string): InboundEventInput {
  // control characters, lone surrogates and absurd lengths never reach the engine (see clean-text.ts)
  const text = cleanTypedText(raw);
  if (text === null) return { ...base, type: 'unsupported', kind: 'other' };
  const match = COMMAND.exec(text.trim());
  if (!match?.[1]) return { ...base, type: 'text', text };
  return { ...base, type: 'command', command: match[1].toLowerCase(), args: cleanShortText((match[2] ?? '').trim(), MAX_ARGS) };
}

/** Which unsupported kind a message is, or null when it is not user content at all (service messages). */
function unsupportedKind(message: Message): UnsupportedKind | null {
  if (message.sticker) return 'sticker';
  if (message.voice) return 'voice';
  if (message.audio) return 'audio';
  if (message.video || message.video_note) return 'video';
  // animation is checked before document by the caller: Telegram sets both on a GIF.
  if (message.animation || message.poll || message.dice || message.game || message.story || message.invoice) return 'other';
  if (message.paid_media || message.giveaway || message.checklist) return 'other';
  return null;
}

function parseMessage(update: Update, message: Message): InboundEventInput | null {
  if (message.chat.type !== 'private' || !message.from) return null;
  const base = baseOf(update, message.chat.id, message.from);
  if (message.text !== undefined) return parseText(base, message.text);
  const caption = message.caption !== undefined ? { caption: cleanShortText(message.caption, MAX_CAPTION) } : {};
  if (message.photo && message.photo.length > 0) {
    // Telegram lists the sizes smallest first; compare anyway in case the order ever changes.
    const largest = message.photo.reduce((a, b) => ((b.file_size ?? b.width * b.height) >= (a.file_size ?? a.width * a.height) ? b : a));
    return {
      ...base,
      type: 'media',
      kind: 'photo',
      ref: largest.file_id,
      mime: 'image/jpeg', // Telegram re-encodes every photo as JPEG
      ...(largest.file_size !== undefined ? { bytes: largest.file_size } : {}),
      ...caption,
    };
  }
  const unsupported = unsupportedKind(message);
  if (unsupported) return { ...base, type: 'unsupported', kind: unsupported };
  if (message.document) {
    const doc = message.document;
    return {
      ...base,
      type: 'media',
      kind: 'document',
      ref: doc.file_id,
      ...(doc.mime_type ? { mime: doc.mime_type } : {}),
      ...(doc.file_size !== undefined ? { bytes: doc.file_size } : {}),
      ...caption,
    };
  }
  if (message.contact) {
    const name = cleanShortText([message.contact.first_name, message.contact.last_name].filter(Boolean).join(' '), 200).trim();
    const phone = cleanShortText(message.contact.phone_number, 32).trim();
    if (phone.length < 3) return { ...base, type: 'unsupported', kind: 'other' };
    return { ...base, type: 'contact', phone, ...(name ? { name } : {}) };
  }
  // A venue carries its location too; live-location updates arrive as edits and are ignored.
  if (message.location) return { ...base, type: 'location', latitude: message.location.latitude, longitude: message.location.longitude };
  return null;
}

export function parseTelegramUpdate(update: Update): InboundEventInput | null {
  if (update.message) return parseMessage(update, update.message);
  const query = update.callback_query;
  if (query) {
    // Buttons of inline-mode messages have no chat; buttons in groups are not ours to serve.
    const chat = query.message?.chat;
    if (!chat || chat.type !== 'private') return null;
    // a modified client can send any callback data: cleaned like typed text
    const decoded = decodeCallbackData(query.data === undefined ? undefined : cleanShortText(query.data, 64));
    return { ...baseOf(update, chat.id, query.from), type: 'choice', ...decoded };
  }
  return null;
}
