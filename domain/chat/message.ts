// The abstract messages every channel speaks. Channels parse their raw updates into an InboundEvent and
// render OutMessage[] in their own way (inline keyboards, numbered text menus, console lines, web chat).
// Texts in OutMessage are already translated: renderers never translate.
import { z } from 'zod';

export const channelSchema = z.enum(['TELEGRAM', 'WHATSAPP', 'CONSOLE', 'WEB']);
export type ChannelName = z.infer<typeof channelSchema>;

const base = {
  channel: channelSchema,
  /** where replies go: Telegram chat id, WhatsApp chat id ("628...@c.us"), console/web conversation id */
  chatId: z.string().min(1),
  /** who sent it: Telegram user id, WhatsApp number id, console user name, web cookie id */
  senderId: z.string().min(1),
  /** the channel's message or update id, for ignoring redeliveries; unique per channel */
  messageId: z.string().min(1),
  /** what the channel knows of the sender, used when a new user is created */
  profile: z.object({ name: z.string().max(200).optional(), languageCode: z.string().max(20).optional() }).optional(),
};

export const inboundEventSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('text'), text: z.string() }),
  /** "/start p_KP7Q2" → command "start", args "p_KP7Q2" (deep links arrive this way on every channel) */
  z.object({ ...base, type: z.literal('command'), command: z.string().min(1).max(64), args: z.string().max(512).default('') }),
  /** a tapped button: value of the option, and the menu token of the message it belonged to (stale taps) */
  z.object({ ...base, type: z.literal('choice'), value: z.string().max(128), menuToken: z.string().max(32).optional() }),
  /** a photo or document; ref is channel-specific and resolved through the channel's media fetcher */
  z.object({
    ...base,
    type: z.literal('media'),
    kind: z.enum(['photo', 'document']),
    ref: z.string().min(1),
    mime: z.string().optional(),
    bytes: z.number().int().nonnegative().optional(),
    caption: z.string().optional(),
  }),
  z.object({ ...base, type: z.literal('contact'), phone: z.string().min(3).max(32), name: z.string().max(200).optional() }),
  z.object({ ...base, type: z.literal('location'), latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }),
  /** stickers, voice notes, videos, polls ...: the engine answers politely that it cannot use them */
  z.object({ ...base, type: z.literal('unsupported'), kind: z.enum(['sticker', 'voice', 'audio', 'video', 'other']) }),
]);
export type InboundEvent = z.infer<typeof inboundEventSchema>;

/** Who sent it and where, without its content: enough to answer a message whose content is malformed. */
export const inboundEnvelopeSchema = z.object(base);
export type InboundEventInput = z.input<typeof inboundEventSchema>;

export const optionSchema = z.object({
  label: z.string().min(1),
  /** what comes back in a choice event; absent on pure link buttons */
  value: z.string().max(64).optional(),
  /** a link button (share, open storefront); channels without buttons print the link */
  url: z.string().optional(),
  /** Telegram opens `url` as a Mini App inside the chat (https only); every other channel shows it as a link */
  webApp: z.boolean().optional(),
});
export type Option = z.infer<typeof optionSchema>;

/** media to send: a stored Media id (resolved by the media store) or an absolute https URL */
export const outMediaSchema = z.object({ mediaId: z.string().optional(), url: z.string().optional(), path: z.string().optional() });

export const outMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1) }),
  /** a question with buttons; menuToken lets the engine recognise taps on an older menu */
  z.object({ type: z.literal('choices'), text: z.string().min(1), options: z.array(optionSchema).min(1), menuToken: z.string().optional(), columns: z.number().int().min(1).max(4).optional() }),
  z.object({ type: z.literal('photo'), media: outMediaSchema, caption: z.string().optional(), options: z.array(optionSchema).optional(), menuToken: z.string().optional() }),
  /** a file to keep (the monthly report's CSV and PDF): a Telegram or WhatsApp document, a link on the web and console */
  z.object({ type: z.literal('document'), media: outMediaSchema, filename: z.string().min(1).max(120), caption: z.string().optional() }),
  /** ask for a photo, the phone number (contact share) or a location: Telegram shows a reply keyboard */
  z.object({ type: z.literal('request'), request: z.enum(['photo', 'contact', 'location']), text: z.string().min(1), buttonLabel: z.string().optional() }),
]);
export type OutMessage = z.infer<typeof outMessageSchema>;

/** Loads the bytes of an inbound media ref (Telegram file id, WhatsApp message, console file path ...). */
export type MediaFetcher = (ref: string) => Promise<{ data: Buffer; mime: string }>;

/** What a channel hands to the engine. The engine answers through the channel's sender, in order. */
export interface InboundHandler {
  handle(event: InboundEventInput, fetchMedia?: MediaFetcher): Promise<void>;
}

/** What the engine and the outbox dispatcher need from a channel to talk to one chat. */
export interface ChannelSender {
  readonly channel: ChannelName;
  /** lang: the recipient's language, for the few words a channel adds itself (menu hints, button labels) */
  send(chatId: string, messages: OutMessage[], lang?: 'id' | 'en'): Promise<void>;
}

/** Loads the bytes of an outgoing stored media (by Media id or path) for channels that upload files. */
export type MediaResolver = (media: z.infer<typeof outMediaSchema>) => Promise<{ data: Buffer; mime: string; filename: string }>;

/** An inbound event without its envelope (who, where, which id): what a user actually sent. */
export type InboundBody = InboundEventInput extends infer E ? (E extends unknown ? Omit<E, 'channel' | 'chatId' | 'senderId' | 'messageId'> : never) : never;
