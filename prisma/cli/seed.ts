// npm run db:seed [-- --demo]: the NTT reference data (regions, categories, display points), and with
// --demo a dozen realistic producers and products. Both are idempotent. When the server holds the embedded
// database, the seed runs inside it (PGlite serves one process per data folder).
import { ConfigError, loadConfig } from '../../api/config/config.ts';
import { createLogger } from '../../api/lib/logger.ts';
import { callInternal } from '../../api/routes/internal/internal.routes.ts';
import { localSecret, waitForServer } from '../../api/runtime/data-dir.ts';

async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const config = loadConfig();
  const server = config.databaseKind === 'pglite' ? await waitForServer(config.dataDir) : null;
  let result: unknown;
  if (server) {
    result = await callInternal(server.port, localSecret(config.dataDir), 'seed', { demo });
    console.log(`seeded through the running server (port ${server.port})`);
  } else {
    const { openRuntime } = await import('../../api/runtime/runtime.ts');
    const { runSeed } = await import('../seed/run-seed.ts');
    const rt = await openRuntime(config, createLogger('warn'));
    try {
      result = await runSeed(rt.db.prisma, rt.mediaStore, demo);
    } finally {
      await rt.close();
    }
  }
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
