// The real Hono app over a test database, for app.request() tests.
import type { TrustProxy } from '../../domain/lib/http/trusted-proxy.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../api/app.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createMediaStore } from '../../domain/media/media-store.ts';
import { createServices, type ServiceSettings } from '../../domain/services/services.ts';
import { createTestDatabase } from './test-database.ts';
import type { PaymentGateway } from '../../domain/payments/payment-gateway.ts';
import type { CloudWebhookPort } from '../../api/routes/whatsapp/whatsapp-cloud-webhook.routes.ts';

export async function createTestApp(options: { settings?: Partial<ServiceSettings>; rateLimitPerMinute?: number; now?: () => Date; paymentGateway?: PaymentGateway; paymentNotificationRateLimitPerMinute?: number; whatsappCloud?: CloudWebhookPort; trustProxy?: TrustProxy } = {}) {
  const db = await createTestDatabase({ referenceData: true }); // the reference data as seedReference writes them
  const dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-app-'));
  const services = createServices({ prisma: db.prisma, mediaStore: createMediaStore({ dataDir, maxBytes: 10 * 1024 * 1024 }), settings: options.settings, now: options.now, paymentGateway: options.paymentGateway });
  const app = createApp({
    services,
    logger: silentLogger,
    // the test client plays the one reverse proxy in front: X-Forwarded-For's last entry is the client
    trustProxy: options.trustProxy ?? { kind: 'hops', hops: 1 },
    rateLimitPerMinute: options.rateLimitPerMinute ?? 10_000,
    paymentNotificationRateLimitPerMinute: options.paymentNotificationRateLimitPerMinute,
    whatsappCloud: options.whatsappCloud ?? null,
    health: { databaseKind: db.kind, pingDatabase: () => db.ping() },
  });
  /** a user with a role and an API token for authenticated requests */
  async function tokenFor(role: 'BUYER' | 'PRODUCER' | 'CURATOR' | 'ADMIN', regionCodes: string[] = []) {
    const user = await db.prisma.user.create({
      data: { displayName: `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`, role, onboardedAt: new Date(), curatorOf: { create: regionCodes.map((regionCode) => ({ regionCode })) } },
    });
    const { token } = await services.auth.createApiToken({ kind: 'system', name: 'test' }, { userId: user.id, name: 'test' });
    return { user, token, headers: { authorization: `Bearer ${token}` } };
  }
  return { db, app, services, dataDir, tokenFor, close: () => db.close() };
}
