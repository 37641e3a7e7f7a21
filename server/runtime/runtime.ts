// Everything a process needs over one database: services, the engine with its flows, the in-memory
// channels (console, web). The server (server/main.ts) adds Telegram, WhatsApp, the dispatcher and HTTP;
// command-line tools open a runtime directly when no server holds the embedded database.
import { hostname } from 'node:os';
import type { Config } from '../config/config.ts';
import { openDatabase, type Database } from '../../domain/db/database.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import { createMediaStore } from '../../domain/media/media-store.ts';
import { s3SettingsOf } from '../config/scale.config.ts';
import { createMediaLinker, createMediaResolver } from '../../domain/media/media-resolver.ts';
import { createServices } from '../../domain/services/services.ts';
import { createMetrics } from '../metrics/metrics.ts';
import { createEngine } from '../../bot/core/engine.ts';
import { createBufferedChannel } from '../../bot/channels/buffered/buffered-channel.ts';
import { createRegistry } from '../../bot/flows/index.ts';
import { seedReference } from '../../prisma/seed/reference.seed.ts';
import { underStartupLock } from '../../prisma/engine/migrations.ts';
import { lockEmbeddedDatabaseWaiting, pgliteDirOf } from './data-dir.ts';
import { paymentGatewayOf, shippingRateProviderOf } from '../config/payment-config.ts';

export class StartupError extends Error {}

/**
 * waitForLockMs: how long to wait for another process (a command-line tool) to release the embedded database.
 * databaseThread: the embedded database in a thread of its own (the server: its event loop stays free while
 * a query runs, and the thread runs the autovacuum). A command-line tool that opens the database itself does
 * one thing and exits: in its own thread it starts ~0.7 s of CPU sooner (no second module graph, no messages
 * between threads; measured on `npm run chat`, 5.6 → 4.9 s of user CPU).
 */
export async function openConfiguredDatabase(config: Config, waitForLockMs = 0, logger?: Logger, databaseThread = true): Promise<Database> {
  let unlock = () => {};
  try {
    if (config.databaseKind === 'pglite') unlock = await lockEmbeddedDatabaseWaiting(config.dataDir, waitForLockMs);
  } catch (error) {
    // held by another process: its message says which and what to do, in one line
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
  try {
    const db = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: pgliteDirOf(config.dataDir),
      pool: { max: config.DATABASE_POOL_MAX, waitMs: config.DATABASE_POOL_TIMEOUT_MS },
      worker: databaseThread,
      autovacuum: databaseThread,
      onMaintenanceError: (error) => logger?.warn({ err: error }, 'embedded database maintenance (vacuum/analyze) failed; it is tried again shortly'),
      onDatabaseThreadStopped: (error) => {
        // nothing can be served without it and every change so far is committed: exit, so that the service
        // manager (systemd, Docker, pm2) starts the server again on the same data folder
        logger?.fatal({ err: error }, 'the embedded database thread stopped; exiting so the server is restarted');
        process.exit(1);
      },
    });
    const close = db.close;
    return {
      ...db,
      close: async () => {
        await close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StartupError(
      config.databaseKind === 'postgresql'
        ? `cannot open the PostgreSQL database named by DATABASE_URL (${reason}); check DATABASE_URL and that the server is running`
        : `cannot open the embedded database in ${pgliteDirOf(config.dataDir)} (${reason}); check DATA_DIR`,
    );
  }
}

export async function openRuntime(config: Config, logger: Logger, options: { waitForLockMs?: number; databaseThread?: boolean } = {}) {
  const db = await openConfiguredDatabase(config, options.waitForLockMs, logger, options.databaseThread);
  // processes started together would race on the same upserts (a unique violation stopped one): one at a time
  await underStartupLock(db.adapterFactory, () => seedReference(db.prisma));
  // an S3-compatible bucket when configured (several processes share the photos); the data folder otherwise
  const s3 = s3SettingsOf(config);
  // the S3 client is loaded only when a bucket is configured (the AWS SDK is 4.6 MB of heap a server on its
  // data folder never uses)
  const mediaStore = s3
    ? await import('../../domain/media/s3-media-store.ts').then(({ createS3Client, createS3MediaStore }) => createS3MediaStore({ client: createS3Client(s3), bucket: s3.bucket, maxBytes: config.MEDIA_MAX_BYTES }))
    : createMediaStore({ dataDir: config.dataDir, maxBytes: config.MEDIA_MAX_BYTES });
  const services = createServices({
    prisma: db.prisma,
    mediaStore,
    settings: {
      orderPaymentTtlHours: config.ORDER_PAYMENT_TTL_HOURS,
      defaultMonthlyTarget: config.DEFAULT_MONTHLY_TARGET,
      usdRateIdr: config.USD_RATE_IDR,
      telegramBotUsername: config.TELEGRAM_BOT_USERNAME,
      whatsappNumber: config.WHATSAPP_NUMBER,
      publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
      paymentExpiryMinutes: config.PAYMENT_EXPIRY_MINUTES,
      bankTransferEnabled: config.PAYMENT_BANK_TRANSFER_ENABLED,
      platformFeePercent: config.PLATFORM_FEE_PERCENT,
      autoCreditDays: config.PAYOUT_AUTO_CREDIT_DAYS,
    },
    paymentGateway: paymentGatewayOf(config),
    shippingRateProvider: shippingRateProviderOf(config, logger),
    prepareImageCopies: true,
    onBackgroundError: (error) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'product photo copies not made after upload (they are made on request)'),
  });
  const owner = `${hostname()}:${process.pid}`;
  const metrics = createMetrics();
  metrics.attach({ notifications: services.repos.notifications, stats: services.repos.stats });
  const engine = createEngine({
    services,
    conversations: services.repos.conversations,
    registry: createRegistry(),
    logger,
    owner,
    metrics: metrics.engine,
    lockTtlMs: config.CONVERSATION_LOCK_TTL_MS,
    replyClaimMs: config.REPLY_CLAIM_MS,
    replySweepMs: config.REPLY_SWEEP_MS,
  });
  const consoleChannel = createBufferedChannel('CONSOLE');
  const webChannel = createBufferedChannel('WEB');
  engine.registerSender(consoleChannel.sender);
  engine.registerSender(webChannel.sender);
  return {
    config,
    logger,
    db,
    owner,
    services,
    engine,
    metrics,
    mediaStore,
    resolveMedia: createMediaResolver(db.prisma, mediaStore),
    mediaLink: createMediaLinker(db.prisma, config.PUBLIC_URL ?? `http://localhost:${config.PORT}`),
    channels: { console: consoleChannel, web: webChannel },
    async close() {
      await engine.stop();
      await db.close();
    },
  };
}

export type Runtime = Awaited<ReturnType<typeof openRuntime>>;
