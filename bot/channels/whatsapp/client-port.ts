// The narrow port between our WhatsApp channel and whatsapp-web.js. The adapter only ever sees this
// interface, so tests drive it with a fake EventEmitter and the real Client (a headless Chromium) is
// only built by createWwebjsClient at startup, never in tests.
import path from 'node:path';
import type wweb from 'whatsapp-web.js';
import { findChromium, type FoundChromium } from '../../../domain/lib/chromium.ts';
import { whatsappWeb } from '../../../domain/lib/on-demand.ts';

// whatsapp-web.js is loaded on first use (on-demand.ts: 29 MB the server does not need with WhatsApp off).
// Named imports of it fail under Node ESM (it is CommonJS without named-export hints), hence the object.
type MessageMedia = InstanceType<(typeof wweb)['MessageMedia']>;

/** A file to send, in the shape MessageMedia takes (base64 data). */
export interface WhatsAppOutgoingMedia {
  mimetype: string;
  /** base64-encoded bytes */
  data: string;
  filename?: string | null;
}

/** What downloadMedia() gives back: base64 data plus its mime type. */
export interface WhatsAppDownloadedMedia {
  mimetype: string;
  data: string;
  filename?: string | null;
}

/** The little of a wweb Message we need after the fact: downloading its media. */
export interface WhatsAppStoredMessage {
  downloadMedia(): Promise<WhatsAppDownloadedMedia | undefined>;
}

/** Events we listen to, with the argument each carries. 'message' is validated by parse.ts, hence unknown. */
export interface WhatsAppClientEvents {
  qr: (qr: string) => void;
  ready: () => void;
  authenticated: () => void;
  auth_failure: (message: string) => void;
  disconnected: (reason: string) => void;
  message: (msg: unknown) => void;
}
export type WhatsAppClientEventName = keyof WhatsAppClientEvents;

export interface WhatsAppClientPort {
  on<E extends WhatsAppClientEventName>(event: E, listener: WhatsAppClientEvents[E]): unknown;
  /** Launches the browser and opens WhatsApp Web; may hang for ever (the adapter times it out). */
  initialize(): Promise<void>;
  sendMessage(chatId: string, content: string | WhatsAppOutgoingMedia, options?: { caption?: string; sendMediaAsDocument?: boolean }): Promise<unknown>;
  getMessageById(id: string): Promise<WhatsAppStoredMessage | null>;
  destroy(): Promise<void>;
}

export interface WwebjsClientConfig {
  /** the app's data directory; the WhatsApp session lives in <dataDir>/whatsapp */
  dataDir: string;
  /** the CHROMIUM_PATH setting; unset: the system's Chromium, else the one @sparticuz/chromium ships (domain/lib/chromium.ts) */
  chromiumPath?: string;
  /** finds the browser when initialize() first runs (tests replace it) */
  findBrowser?: () => Promise<FoundChromium>;
}

/** The Client options, separate so a test can check them without building a Client. */
export function wwebjsClientOptions(config: { dataDir: string; browser: Pick<FoundChromium, 'executablePath' | 'env'> }) {
  return {
    authStrategy: new (whatsappWeb().LocalAuth)({ dataPath: path.join(config.dataDir, 'whatsapp') }),
    puppeteer: {
      executablePath: config.browser.executablePath,
      headless: true,
      // no sandbox: we run as an unprivileged service user in containers; the rest keeps memory down on 2 cores
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
      // puppeteer replaces the browser's whole environment when given one: only when there is something to add
      ...(Object.keys(config.browser.env).length > 0 ? { env: { ...process.env, ...config.browser.env } } : {}),
    },
  };
}

/** wweb only recognises media by `instanceof MessageMedia`, so plain media objects are wrapped here. */
export function toWwebContent(content: string | WhatsAppOutgoingMedia): string | MessageMedia {
  const { MessageMedia } = whatsappWeb();
  if (typeof content === 'string' || content instanceof MessageMedia) return content;
  return new MessageMedia(content.mimetype, content.data, content.filename ?? null);
}

/**
 * Builds the port over the real whatsapp-web.js Client. Nothing starts until initialize(), which first finds
 * the browser (it may unpack the bundled one, which takes a few seconds) and only then builds the Client.
 */
export function createWwebjsClient(config: WwebjsClientConfig): WhatsAppClientPort {
  type Client = InstanceType<(typeof wweb)['Client']>;
  /** the listeners registered before the Client exists, attached when it is built */
  const attach: ((client: Client) => void)[] = [];
  let client: Client | undefined;
  const started = () => {
    if (!client) throw new Error('the WhatsApp client is not initialised');
    return client;
  };
  return {
    on(event, listener) {
      attach.push((c) => c.on(event, listener));
      client?.on(event, listener);
      return undefined;
    },
    async initialize() {
      if (!client) {
        const browser = await (config.findBrowser ?? (() => findChromium({ configured: config.chromiumPath })))();
        client = new (whatsappWeb().Client)(wwebjsClientOptions({ dataDir: config.dataDir, browser }));
        for (const add of attach) add(client);
      }
      return client.initialize();
    },
    sendMessage: async (chatId, content, options) => started().sendMessage(chatId, toWwebContent(content), options),
    getMessageById: async (id) => (await started().getMessageById(id)) ?? null,
    destroy: async () => client?.destroy(),
  };
}
