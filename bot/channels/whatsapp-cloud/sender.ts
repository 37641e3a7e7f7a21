// The ChannelSender of the Cloud transport: renders OutMessage[] (render.ts), turns each part into a
// whatsapp-api-js message and sends the parts of one chat in order, paced to the number's throughput.
// Throttling (429) pauses all sends and retries; the pair limit (131056) waits for that user and retries;
// every other error goes to the caller (the engine logs it, the outbox dispatcher decides about its row).
import { AsyncLocalStorage } from 'node:async_hooks';
import { ActionButtons, ActionCTA, ActionList, ActionLocation, Body, Button, Document, Image, Interactive, ListSection, Row, Text } from 'whatsapp-api-js/messages';
import type { ClientMessage } from 'whatsapp-api-js/types';
import { translator, type Lang } from '../../../domain/lib/i18n.ts';
import type { ChannelSender, MediaResolver, OutMessage } from '../../../domain/chat/message.ts';
import { createKeyedChain } from '../whatsapp/send-queue.ts';
import { GraphApiError, THROUGHPUT_LIMIT_CODE } from './errors.ts';
import type { GraphClient } from './graph-client.ts';
import type { RatePacer } from './pacer.ts';
import { renderCloud, type CloudPart } from './render.ts';

/** Set by the outbox's Cloud delivery around a send: collects the ids (wamid) of the messages it produced. */
export const sentMessages = new AsyncLocalStorage<{ wamids: string[] }>();

export interface CloudSenderOptions {
  graph: GraphClient;
  pacer: RatePacer;
  resolveMedia: MediaResolver;
  languageOf?: (chatId: string) => Promise<Lang> | Lang;
  /** waits after a 429 (doubling) and after a pair-limit error; tests shorten them */
  throttleBackoffMs?: number;
  pairBackoffMs?: number;
  maxRetries?: number;
}

/** "6281234567890@c.us" (the chat id both WhatsApp transports store) → "6281234567890" for the API. */
export function toRecipient(chatId: string): string {
  return chatId.split('@')[0]!;
}

/**
 * The pause after a 429: the number's one-second window (130429) frees within a second, so the pacer waits
 * for room in it (or Meta's Retry-After) instead of a doubling second for everyone; app-level throttling
 * (4, 80007, 131048) backs off by `backoffMs`, or its Retry-After.
 */
export async function throttledPause(pacer: RatePacer, error: GraphApiError, backoffMs: number): Promise<void> {
  if (error.code === THROUGHPUT_LIMIT_CODE) await pacer.throttled(error.retryAfterMs);
  else await pacer.backOff(error.retryAfterMs ?? backoffMs);
}

export function createCloudSender(o: CloudSenderOptions): ChannelSender {
  const perChat = createKeyedChain();
  const throttleBackoff = o.throttleBackoffMs ?? 1_000;
  const pairBackoff = o.pairBackoffMs ?? 6_000;
  const maxRetries = o.maxRetries ?? 4;
  // Meta keeps an uploaded file for 30 days: a product photo sent to many people is uploaded once a day
  const uploaded = new Map<string, { id: string; at: number }>();

  async function imageOf(part: Extract<CloudPart, { kind: 'image' }>): Promise<Image> {
    if (part.media.url && /^https:\/\//.test(part.media.url)) return new Image(part.media.url, false, part.caption);
    const key = part.media.mediaId ?? part.media.path ?? '';
    const cached = uploaded.get(key);
    if (cached && Date.now() - cached.at < 86_400_000) return new Image(cached.id, true, part.caption);
    const file = await o.resolveMedia(part.media);
    const id = await o.graph.upload(file.data, file.mime, file.filename);
    if (key) {
      if (uploaded.size >= 500) uploaded.delete(uploaded.keys().next().value!);
      uploaded.set(key, { id, at: Date.now() });
    }
    return new Image(id, true, part.caption);
  }

  async function messageOf(part: CloudPart): Promise<ClientMessage> {
    switch (part.kind) {
      case 'text':
        return new Text(part.text);
      case 'image':
        return imageOf(part);
      case 'document': {
        if (part.media.url && /^https:\/\//.test(part.media.url)) return new Document(part.media.url, false, part.caption, part.filename);
        const file = await o.resolveMedia(part.media);
        return new Document(await o.graph.upload(file.data, file.mime, part.filename), true, part.caption, part.filename);
      }
      case 'buttons': {
        const [first, ...rest] = part.buttons.map((b) => new Button(b.id, b.title));
        return new Interactive(new ActionButtons(first!, ...rest), new Body(part.body));
      }
      case 'list': {
        const [first, ...rest] = part.rows.map((r) => new Row(r.id, r.title, r.description));
        return new Interactive(new ActionList(part.button, new ListSection(undefined, first!, ...rest)), new Body(part.body));
      }
      case 'link':
        return new Interactive(new ActionCTA(part.label, part.url), new Body(part.body));
      case 'location_request':
        return new Interactive(new ActionLocation(), new Body(part.body));
    }
  }

  async function sendOne(to: string, message: ClientMessage): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const answered = await o.pacer.take();
      try {
        const wamid = await o.graph.send(to, message);
        answered();
        return wamid;
      } catch (error) {
        answered();
        if (!(error instanceof GraphApiError) || attempt >= maxRetries) throw error;
        if (error.kind === 'throttled') await throttledPause(o.pacer, error, throttleBackoff * 2 ** attempt);
        else if (error.kind === 'pair_limit') await new Promise((resolve) => setTimeout(resolve, pairBackoff));
        else throw error;
      }
    }
  }

  return {
    channel: 'WHATSAPP',
    send(chatId: string, messages: OutMessage[], lang?: Lang): Promise<void> {
      const collector = sentMessages.getStore();
      return perChat(chatId, async () => {
        const t = translator(lang ?? (await o.languageOf?.(chatId)) ?? 'id');
        const to = toRecipient(chatId);
        try {
          for (const part of messages.flatMap((m) => renderCloud(m, t))) {
            const wamid = await sendOne(to, await messageOf(part));
            collector?.wamids.push(wamid);
          }
        } catch (error) {
          // With the token invalid no reply can go out; the channel logged that once and /health shows it.
          // A conversation's reply is dropped quietly instead of logging the same error for every message;
          // the outbox (a collector is set) still gets the error, to keep its row for later.
          if (!collector && error instanceof GraphApiError && error.kind === 'token') return;
          throw error;
        }
      });
    },
  };
}
