// The real app (createApp) with the storefront and the web chat mounted exactly as the server does, over a
// fresh test database (optionally with the demo data), the real engine and a WEB buffered channel.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../api/app.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createMediaStore } from '../../domain/media/media-store.ts';
import { createServices, type ServiceSettings } from '../../domain/services/services.ts';
import { storefrontRoutes } from '../../web/storefront/storefront.routes.tsx';
import { webChatRoutes } from '../../web/chat/webchat.routes.tsx';
import type { WebDeps } from '../../web/web-deps.ts';
import { createBufferedChannel } from '../../bot/channels/buffered/buffered-channel.ts';
import { createWebChatAdapter } from '../../bot/channels/web/adapter.ts';
import { createEngine } from '../../bot/core/engine.ts';
import type { FlowModule } from '../../bot/core/registry.ts';
import { createRegistry } from '../../bot/flows/index.ts';
import { createDemoDatabase, createTestDatabase } from '../helpers/test-database.ts';
import type { PaymentGateway } from '../../domain/payments/payment-gateway.ts';

export const TEST_SECRET = 'test-cookie-secret-0123456789abcdef';

export interface WebHarnessOptions {
  demo?: boolean;
  settings?: Partial<ServiceSettings>;
  rateLimitPerMinute?: number;
  features?: FlowModule[];
  chatEvents?: WebDeps['chatEvents'];
  paymentGateway?: PaymentGateway;
  /** turns the Telegram Mini App on (its launch data is checked with this token) */
  telegramBotToken?: string;
}

export async function createWebHarness(options: WebHarnessOptions = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-web-'));
  // the reference data as seedReference writes them; with `demo`, the demo as seedDemo writes it
  const db = options.demo ? await createDemoDatabase(dataDir) : await createTestDatabase({ referenceData: true });
  const mediaStore = createMediaStore({ dataDir, maxBytes: 10 * 1024 * 1024 });
  const services = createServices({
    prisma: db.prisma,
    mediaStore,
    settings: { publicUrl: 'https://etalase.test', telegramBotUsername: 'EtalaseNttBot', whatsappNumber: '6281234567890', ...options.settings },
    paymentGateway: options.paymentGateway,
  });
  const engine = createEngine({ services, conversations: services.repos.conversations, registry: createRegistry(options.features), logger: silentLogger, owner: 'web-test' });
  const webChannel = createBufferedChannel('WEB');
  engine.registerSender(webChannel.sender);
  const webChat = createWebChatAdapter({ engine, webChannel, secret: TEST_SECRET });
  const deps: WebDeps = { services, webChat, cookieSecret: TEST_SECRET, rateLimitPerMinute: options.rateLimitPerMinute ?? 1000, logger: silentLogger, chatEvents: options.chatEvents, telegramBotToken: options.telegramBotToken };
  const app = createApp({
    services,
    logger: silentLogger,
    rateLimitPerMinute: 10_000,
    health: { databaseKind: db.kind, pingDatabase: () => db.ping() },
    mount: (root) => {
      root.route('/', storefrontRoutes(deps));
      root.route('/', webChatRoutes(deps));
    },
  });
  return { db, app, services, engine, webChannel, mediaStore, dataDir, close: () => db.close() };
}

export type WebHarness = Awaited<ReturnType<typeof createWebHarness>>;

/** A browser's cookie jar over app.request(): keeps what Set-Cookie gave, sends it back. */
export function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    cookies,
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    store(res: Response) {
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const eq = pair!.indexOf('=');
        cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
      }
    },
  };
}
