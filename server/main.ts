// npm start: the API, the storefront and web chat, the Telegram bot when a token is configured, WhatsApp
// when enabled, the outbox dispatcher and the scheduled jobs, over the embedded database by default.
import { readdirSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './config/config.ts';
import { createLogger, type Logger } from '../domain/lib/logger.ts';
import { migrationsDir } from '../prisma/engine/migrations.ts';
import { claimDataDir, DataDirInUseError, localSecret, removeServerInfo, writeServerInfo } from './runtime/data-dir.ts';
import { openRuntime, StartupError } from './runtime/runtime.ts';
import { registerServer } from './runtime/server-registry.ts';
import { buildServer } from './wiring/build-server.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // one server per data folder: a second one says so and exits, before it touches anything
  const releaseDataDir = claimDataDir(config.dataDir);
  process.on('exit', releaseDataDir);
  // a seed or backup started just before may hold the embedded database for a few seconds
  const rt = await openRuntime(config, logger, { waitForLockMs: 120_000 });
  logMigrations(logger, rt.db.migrationsApplied ?? []);
  const server = await buildServer(rt, localSecret(config.dataDir));
  const http = serve({ fetch: server.app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    writeServerInfo(config.dataDir, info.port);
    // command-line tools started without DATA_DIR find this server through it (server-registry.ts)
    try {
      process.on('exit', registerServer({ port: info.port, dataDir: config.dataDir, database: rt.db.kind }));
    } catch (error) {
      // a read-only code folder (.run/ is in it unless ETALASE_RUN_DIR says otherwise) must not stop the server
      logger.warn({ err: error }, 'cannot list this server for the command-line tools (set ETALASE_RUN_DIR to a folder it may write); tools find it with DATA_DIR');
    }
    logger.info(
      {
        port: info.port,
        database: rt.db.kind,
        telegram: config.telegramMode,
        whatsapp: config.whatsappTransport,
        webChat: 'on',
        console: 'npm run chat -- --user NAME',
      },
      `Etalase NTT listening on http://localhost:${info.port} (database ${rt.db.kind}; telegram ${config.telegramMode}; whatsapp ${config.whatsappTransport})`,
    );
  });
  await server.startBackground();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new updates, finishing what is in flight');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 25_000);
    force.unref();
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await server.stopBackground();
    await rt.close();
    removeServerInfo(config.dataDir);
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** One line naming the migrations this start applied, or the one the database was already at: an upgrade's log says what changed. */
function logMigrations(logger: Logger, applied: string[]): void {
  if (applied.length) {
    logger.info({ migrationsApplied: applied }, `database migrations applied: ${applied.join(', ')}`);
    return;
  }
  const latest = readdirSync(migrationsDir).filter((name) => /^\d{14}_/.test(name)).sort().at(-1);
  logger.info({ migrationsApplied: [], latestMigration: latest }, `database schema up to date, no migration to apply (latest: ${latest})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError || error instanceof DataDirInUseError) {
    console.error(`Etalase NTT cannot start: ${error.message}`);
  } else {
    console.error('Etalase NTT cannot start:', error);
  }
  process.exit(1);
});
