// How a command-line tool reaches the data: through the running server when one holds the embedded
// database (PGlite serves one process), else by opening it itself. A server that is still starting is
// waited for; a server that took the lock a moment after we looked is found on the second look.
import type { Config } from '../config/config.ts';
import type { Logger } from '../lib/logger.ts';
import { embeddedDatabaseHolder, localSecret, waitForServer } from './data-dir.ts';
import type { Runtime } from './runtime.ts';

export type LocalAccess = { kind: 'server'; port: number; secret: string } | { kind: 'direct'; rt: Runtime };

export async function reachData(config: Config, logger: Logger): Promise<LocalAccess> {
  const viaServer = async () => {
    const server = config.databaseKind === 'pglite' ? await waitForServer(config.dataDir) : null;
    return server ? ({ kind: 'server', port: server.port, secret: localSecret(config.dataDir) } as const) : null;
  };
  const first = await viaServer();
  if (first) return first;
  const { openRuntime } = await import('./runtime.ts');
  try {
    return { kind: 'direct', rt: await openRuntime(config, logger) };
  } catch (error) {
    if (config.databaseKind === 'pglite' && embeddedDatabaseHolder(config.dataDir)) {
      const second = await viaServer();
      if (second) return second;
    }
    throw error;
  }
}
