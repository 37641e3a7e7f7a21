// The web chat's contract: what the page (web/chat) sends and shows, and the port it talks through. The
// channel behind the port (bot/channels/web: the engine's WEB channel, parse and render) is handed to the
// pages by the composition root (server/), so the pages and the bot never import each other.
import { z } from 'zod';
import type { Lang } from '../lib/i18n.ts';

export interface WebOption {
  label: string;
  value?: string;
  url?: string;
}

/** A reply as the page shows it (texts are put in with textContent, never as HTML). */
export type WebMessage =
  | { type: 'text'; text: string }
  | { type: 'choices'; text: string; options: WebOption[]; menuToken?: string; columns?: number }
  | { type: 'photo'; src: string; caption?: string; options?: WebOption[]; menuToken?: string }
  | { type: 'request'; request: 'photo' | 'contact' | 'location'; text: string; buttonLabel?: string; hint?: string };

/**
 * What the web chat page may send as JSON: a typed text ("/claim CODE" becomes a command, like on Telegram),
 * a tapped button, a deep link start, a location. Photos come as multipart uploads (WebChatPhoto).
 */
export const webSendSchema = z.union([
  // no length limit here (the body limit caps it): a long text is cut by cleanTypedText and answered "too long"
  z.object({ text: z.string().min(1) }).strict(),
  z.object({ choice: z.object({ value: z.string().min(1).max(128), menuToken: z.string().max(32).optional() }).strict() }).strict(),
  /** "/chat?start=p_KBJ01" → the deep link; an empty start opens the conversation (greeting or menu) */
  z.object({ start: z.string().regex(/^[A-Za-z0-9_-]{0,64}$/) }).strict(),
  z.object({ location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).strict() }).strict(),
]);

export type WebSend = z.infer<typeof webSendSchema>;

/** An uploaded photo, already read and size-checked by the page's route. */
export interface WebChatPhoto {
  photo: { data: Buffer; mime: string; caption?: string };
}

export type WebChatInput = WebSend | WebChatPhoto;

/** The page's id of one message (header X-Chat-Message-Id), the same on every retry of its POST. */
export const CLIENT_MESSAGE_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** The web chat as the pages see it. */
export interface WebChatPort {
  /** the language the conversation is in, or the page's when it has none yet */
  langOf(chatId: string, fallback: Lang): Lang;
  /** resolves when something is waiting for the chat, or after timeoutMs */
  wait(chatId: string, timeoutMs: number): Promise<void>;
  /**
   * one message as the chat's user; resolves to what the bot answered (and anything pushed meanwhile). With
   * the page's `clientMessageId` (made once per message, sent again on a retry) a repeat runs no second turn
   * and resolves to the first one's replies.
   */
  turn(chatId: string, input: WebChatInput, pageLang: Lang, clientMessageId?: string): Promise<WebMessage[]>;
  /** what arrived outside a turn (notifications), once no turn of the chat is in flight */
  pending(chatId: string, pageLang: Lang): Promise<WebMessage[]>;
}
