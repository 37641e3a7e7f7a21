// A stand-in for whatsapp-web.js behind our port: an EventEmitter the test drives ('qr', 'ready', 'message'
// ...), recording every sendMessage; getMessageById serves media the test registered.
import { EventEmitter } from 'node:events';
import pino, { type Logger } from 'pino';
import type {
  WhatsAppClientPort,
  WhatsAppDownloadedMedia,
  WhatsAppOutgoingMedia,
  WhatsAppStoredMessage,
} from '../../../../bot/channels/whatsapp/client-port.ts';
import type { InboundEventInput, InboundHandler, MediaFetcher } from '../../../../domain/chat/message.ts';

export interface SentCall {
  chatId: string;
  content: string | WhatsAppOutgoingMedia;
  options?: { caption?: string; sendMediaAsDocument?: boolean };
  at: number;
}

export class FakeWhatsAppClient extends EventEmitter implements WhatsAppClientPort {
  readonly sent: SentCall[] = [];
  initializeCalls = 0;
  destroyCalls = 0;
  /** what initialize() does; replace to hang (new Promise(() => {})) or to emit 'qr' */
  initializeImpl: (call: number) => Promise<void> = async () => {};
  sendImpl: (call: SentCall) => Promise<void> = async () => {};
  readonly storedMedia = new Map<string, WhatsAppDownloadedMedia>();

  initialize(): Promise<void> {
    this.initializeCalls += 1;
    return this.initializeImpl(this.initializeCalls);
  }

  async sendMessage(chatId: string, content: string | WhatsAppOutgoingMedia, options?: { caption?: string; sendMediaAsDocument?: boolean }): Promise<unknown> {
    const call: SentCall = { chatId, content, at: Date.now(), ...(options ? { options } : {}) };
    this.sent.push(call);
    await this.sendImpl(call);
    return { id: { _serialized: `true_${chatId}_SENT${this.sent.length}` } };
  }

  async getMessageById(id: string): Promise<WhatsAppStoredMessage | null> {
    const media = this.storedMedia.get(id);
    return media ? { downloadMedia: async () => media } : null;
  }

  async destroy(): Promise<void> {
    this.destroyCalls += 1;
  }
}

export class FakeHandler implements InboundHandler {
  readonly events: InboundEventInput[] = [];
  readonly fetchers: (MediaFetcher | undefined)[] = [];
  impl: (event: InboundEventInput) => Promise<void> = async () => {};

  async handle(event: InboundEventInput, fetchMedia?: MediaFetcher): Promise<void> {
    this.events.push(event);
    this.fetchers.push(fetchMedia);
    await this.impl(event);
  }
}

/** A pino logger whose records land in an array, to assert what was logged. */
export function recordingLogger(): { logger: Logger; records: Array<Record<string, unknown>> } {
  const records: Array<Record<string, unknown>> = [];
  const stream = { write: (line: string) => void records.push(JSON.parse(line) as Record<string, unknown>) };
  return { logger: pino({ level: 'debug' }, stream), records };
}
