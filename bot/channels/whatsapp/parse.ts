// Turns a whatsapp-web.js Message into our InboundEvent. Pure: the adapter validates the raw object with
// wwebMessageSchema (the serialisable fields of wweb's Message, see src/structures/Message.js) and calls
// parseWhatsAppMessage; null means "not for the bot" (own messages, groups, statuses, system notices).
import { z } from 'zod';
import { cleanShortText, cleanTypedText } from '../../../domain/chat/clean-text.ts';
import type { InboundEventInput } from '../../../domain/chat/message.ts';
import { parseVCard } from './vcard.ts';

export const wwebMessageSchema = z.object({
  id: z.object({ _serialized: z.string().min(1), fromMe: z.boolean().optional(), remote: z.string().optional() }),
  from: z.string().min(1),
  to: z.string().optional(),
  fromMe: z.boolean().optional(),
  body: z.string().nullish(),
  type: z.string().min(1),
  hasMedia: z.boolean().optional(),
  timestamp: z.number().optional(),
  isStatus: z.boolean().nullish(),
  author: z.string().nullish(),
  isGif: z.boolean().optional(),
  /** not on wweb's Message itself (it lives in _data), accepted in case a caller flattens it */
  mimetype: z.string().optional(),
  filesize: z.number().optional(),
  location: z.object({ latitude: z.coerce.number(), longitude: z.coerce.number() }).nullish(),
  vCards: z.array(z.string()).nullish(),
  _data: z
    .object({ notifyName: z.string().nullish(), mimetype: z.string().nullish(), size: z.number().nullish(), filename: z.string().nullish() })
    .nullish(),
});
export type WwebMessage = z.infer<typeof wwebMessageSchema>;

/** System traffic that arrives as messages but is nothing a person said: never answered. */
const SILENT_TYPES = new Set([
  'e2e_notification', 'notification', 'notification_template', 'gp2', 'group_notification', 'protocol',
  'revoked', 'ciphertext', 'call_log', 'broadcast_notification', 'debug', 'reaction', 'pin_message',
]);

const UNSUPPORTED_KINDS: Record<string, 'sticker' | 'voice' | 'audio' | 'video'> = {
  sticker: 'sticker',
  ptt: 'voice',
  audio: 'audio',
  video: 'video',
  gif: 'video',
};

function isForTheBot(msg: WwebMessage): boolean {
  if (msg.fromMe || msg.id.fromMe) return false;
  if (msg.isStatus || msg.from === 'status@broadcast') return false;
  // groups, broadcast lists and channels (newsletters): the bot only talks one to one
  return !/@(g\.us|broadcast|newsletter)$/.test(msg.from);
}

/** "6281234567890@c.us" → "6281234567890" (also strips a ":device" suffix). */
function numberPart(jid: string): string {
  return (jid.split('@')[0] ?? jid).split(':')[0] || jid;
}

/** "/start p_ABC" or, as wa.me links prefill it, "start p_ABC". */
export function parseCommand(text: string): { command: string; args: string } | null {
  const trimmed = text.trim();
  const slash = /^\/([A-Za-z0-9_]{1,64})(?:@\S+)?(?:\s+([\s\S]*))?$/.exec(trimmed);
  if (slash?.[1]) return { command: slash[1].toLowerCase(), args: (slash[2] ?? '').trim() };
  const deepLink = /^start\s+(\S+)$/i.exec(trimmed);
  if (deepLink?.[1]) return { command: 'start', args: deepLink[1] };
  return null;
}

export function parseWhatsAppMessage(msg: WwebMessage): InboundEventInput | null {
  if (!isForTheBot(msg) || SILENT_TYPES.has(msg.type)) return null;
  const notifyName = msg._data?.notifyName ? cleanShortText(msg._data.notifyName, 200).trim() : undefined;
  const base = {
    channel: 'WHATSAPP' as const,
    chatId: msg.from,
    senderId: numberPart(msg.from),
    messageId: msg.id._serialized,
    ...(notifyName ? { profile: { name: notifyName } } : {}),
  };
  const raw = msg.body ?? '';

  switch (msg.type) {
    case 'chat': {
      // control characters, lone surrogates and absurd lengths never reach the engine (see clean-text.ts)
      const text = cleanTypedText(raw);
      if (text === null) return raw ? { ...base, type: 'unsupported', kind: 'other' } : null;
      const command = parseCommand(text);
      if (command && command.args.length <= 512) return { ...base, type: 'command', ...command };
      return { ...base, type: 'text', text };
    }
    case 'image':
    case 'document': {
      const mime = msg.mimetype ?? msg._data?.mimetype ?? undefined;
      const bytes = msg.filesize ?? msg._data?.size ?? undefined;
      return {
        ...base,
        type: 'media',
        kind: msg.type === 'image' ? 'photo' : 'document',
        // the message id is what getMessageById needs later to download the bytes
        ref: msg.id._serialized,
        ...(mime ? { mime } : {}),
        ...(bytes !== undefined && Number.isInteger(bytes) && bytes >= 0 ? { bytes } : {}),
        ...(cleanTypedText(raw) ? { caption: cleanShortText(raw, 1024) } : {}),
      };
    }
    case 'location': {
      const loc = msg.location;
      const valid = loc && Math.abs(loc.latitude) <= 90 && Math.abs(loc.longitude) <= 180;
      if (!valid) return { ...base, type: 'unsupported', kind: 'other' };
      return { ...base, type: 'location', latitude: loc.latitude, longitude: loc.longitude };
    }
    case 'vcard':
    case 'multi_vcard': {
      const card = msg.vCards?.[0] ?? (msg.type === 'vcard' ? raw : '');
      const contact = parseVCard(cleanShortText(card, 8000));
      if (!contact || contact.phone.length > 32) return { ...base, type: 'unsupported', kind: 'other' };
      return { ...base, type: 'contact', ...contact };
    }
    default: {
      const kind = msg.isGif ? 'video' : (UNSUPPORTED_KINDS[msg.type] ?? 'other');
      return { ...base, type: 'unsupported', kind };
    }
  }
}
