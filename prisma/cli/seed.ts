// npm run db:seed [-- --demo]: the NTT reference data (regions, categories, display points), and with
// --demo a dozen realistic producers and products. Both are idempotent. When the server holds the embedded
// database, the seed runs inside it (PGlite serves one process per data folder).
import { ConfigError, loadConfig } from '../../server/config/config.ts';
import { createLogger } from '../../domain/lib/logger.ts';
import { localClient, unwrap } from '../../api/client/client.ts';
import { reachData } from '../../server/runtime/local-access.ts';

async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const config = loadConfig();
  // the same discovery as `npm run chat`: the server on DATA_DIR, or without DATA_DIR the one server of this
  // checkout running on another data folder; never silently a folder nobody looks at
  const access = await reachData(config, createLogger('warn'));
  let result: unknown;
  let where: string;
  if (access.kind === 'server') {
    result = unwrap(await localClient(access.port, access.secret).POST('/internal/seed', { body: { demo } }));
    where = `through the running server at http://localhost:${access.port} (data folder ${access.dataDir})`;
  } else {
    const { runSeed } = await import('../seed/run-seed.ts');
    const rt = access.rt;
    try {
      result = await runSeed(rt.db.prisma, rt.mediaStore, demo);
    } finally {
      await rt.close();
    }
    where =
      config.databaseKind === 'postgresql'
        ? `into the PostgreSQL database of DATABASE_URL (media in ${access.dataDir})`
        : `into the embedded database in ${access.dataDir} (no server is running on it${process.env.DATA_DIR === undefined ? '; set DATA_DIR to seed another folder' : ''})`;
  }
  console.log(JSON.stringify(result, null, 2));
  console.log(`${demo ? 'demo data and reference data' : 'reference data'} seeded ${where}`);
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
