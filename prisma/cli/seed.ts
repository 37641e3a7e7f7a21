// npm run db:seed [-- --demo]: the NTT reference data (regions, categories, display points), and with
// --demo a dozen realistic producers and products. Both are idempotent. When the server holds the embedded
// database, the seed runs inside it (PGlite serves one process per data folder).
import { ConfigError, loadConfig } from '../../api/config/config.ts';
import { createLogger } from '../../api/lib/logger.ts';
import { localClient, unwrap } from '../../api/client/client.ts';
import { reachData } from '../../api/runtime/local-access.ts';

async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const config = loadConfig();
  const access = await reachData(config, createLogger('warn'));
  let result: unknown;
  if (access.kind === 'server') {
    result = unwrap(await localClient(access.port, access.secret).POST('/internal/seed', { body: { demo } }));
    console.log(`seeded through the running server (port ${access.port})`);
  } else {
    const { runSeed } = await import('../seed/run-seed.ts');
    const rt = access.rt;
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
