// The WhatsApp channel: connection (connection.ts), inbound (inbound.ts) and sender (sender.ts) around one
// WhatsAppClientPort. The lead wires it in main with createWwebjsClient(...) and the engine's handler.
import type { Lang } from '../../../domain/lib/i18n.ts';
import type { Logger } from '../../../domain/lib/logger.ts';
import type { MediaLinker } from '../photo-fallback.ts';
import type { ChannelSender, InboundHandler, MediaResolver } from '../../../domain/chat/message.ts';
import type { WhatsAppClientPort } from './client-port.ts';
import { createConnection, type ReconnectPolicy, type WhatsAppState } from './connection.ts';
import { createInboundListener } from './inbound.ts';
import { qrPng, qrTerminalArt } from './qr.ts';
import { createWhatsAppSender } from './sender.ts';

export type { WhatsAppState } from './connection.ts';

export interface WhatsAppChannelOptions {
  client: WhatsAppClientPort;
  handler: InboundHandler;
  resolveMedia: MediaResolver;
  /** a public link to a picture, sent as text when the picture cannot be sent */
  mediaLink?: MediaLinker;
  logger: Logger;
  /** how long one initialize() may take before it is abandoned and retried */
  initTimeoutMs: number;
  /** minimum pause between two sends, across all chats (default 350 ms) */
  sendIntervalMs?: number;
  reconnect?: Partial<ReconnectPolicy>;
  /** language of a chat for the channel's own hints; Indonesian when absent */
  languageOf?: (chatId: string) => Promise<Lang> | Lang;
  /** where the terminal QR goes; stdout by default (a JSON log line would mangle the drawing) */
  printQr?: (art: string) => void;
}

export interface WhatsAppChannelStatus {
  state: WhatsAppState;
  lastQrAt: Date | null;
  lastMessageAt: Date | null;
}

export interface WhatsAppChannel {
  sender: ChannelSender;
  start(): Promise<void>;
  stop(): Promise<void>;
  status(): WhatsAppChannelStatus;
  /** the QR waiting to be scanned, as PNG; null when there is none (linked, or not started) */
  latestQrPng(): Promise<Buffer | null>;
}

export function createWhatsAppChannel(options: WhatsAppChannelOptions): WhatsAppChannel {
  const { client, logger } = options;
  const printQr = options.printQr ?? ((art: string) => void process.stdout.write(`${art}\n`));
  let latestQr: string | null = null;
  let lastQrAt: Date | null = null;
  let lastMessageAt: Date | null = null;

  const connection = createConnection({
    client,
    logger,
    initTimeoutMs: options.initTimeoutMs,
    ...(options.reconnect ? { reconnect: options.reconnect } : {}),
    onQr(qr) {
      latestQr = qr;
      lastQrAt = new Date();
      logger.info('whatsapp: scan the QR code with WhatsApp > Linked devices (also on the admin API)');
      qrTerminalArt(qr).then(printQr, (error: unknown) => logger.warn({ err: error }, 'whatsapp: QR drawing failed'));
    },
    onLinked() {
      latestQr = null;
    },
  });

  const onMessage = createInboundListener({
    client,
    handler: options.handler,
    logger,
    onActivity: () => (lastMessageAt = new Date()),
  });
  client.on('message', (raw) => void onMessage(raw));

  const sender = createWhatsAppSender({
    client,
    resolveMedia: options.resolveMedia,
    logger,
    ...(options.mediaLink ? { mediaLink: options.mediaLink } : {}),
    isReady: () => connection.state() === 'ready',
    ...(options.sendIntervalMs !== undefined ? { sendIntervalMs: options.sendIntervalMs } : {}),
    ...(options.languageOf ? { languageOf: options.languageOf } : {}),
  });

  return {
    sender,
    start: () => connection.start(),
    async stop() {
      await connection.stop();
      latestQr = null;
    },
    status: () => ({ state: connection.state(), lastQrAt, lastMessageAt }),
    latestQrPng: async () => (latestQr ? qrPng(latestQr) : null),
  };
}
