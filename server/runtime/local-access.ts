// How a command-line tool reaches the data: through the running server when one holds the embedded
// database (PGlite serves one process), else by opening it itself. A server that is still starting is
// waited for; a server that took the lock a moment after we looked is found on the second look.
// Without DATA_DIR, a server of this checkout running on another data folder is found too (issue 19: a seed
// went silently into ./data while the user's server ran elsewhere); two such servers need DATA_DIR.
import type { Config } from '../config/config.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import { embeddedDatabaseHolder, localSecret, readServerInfo, waitForServer } from './data-dir.ts';
import type { Runtime } from './runtime.ts';
import { runningServers, type RunningServer } from './server-registry.ts';

export type LocalAccess = { kind: 'server'; port: number; secret: string; dataDir: string } | { kind: 'direct'; rt: Runtime; dataDir: string };

/** Several servers run and DATA_DIR does not say which one is meant. */
export class WhichServerError extends Error {}

/** The one server of this checkout on another data folder, when DATA_DIR was not given. */
export function otherServer(config: Config, servers: RunningServer[]): RunningServer | null {
  const others = servers.filter((s) => s.dataDir !== config.dataDir);
  if (others.length <= 1) return others[0] ?? null;
  throw new WhichServerError(
    `no server runs on ${config.dataDir}, and ${others.length} run elsewhere: ${others.map((s) => `${s.dataDir} (port ${s.port})`).join(', ')}; set DATA_DIR to the one you mean`,
  );
}

export async function reachData(config: Config, logger: Logger, options: { dataDirGiven?: boolean } = {}): Promise<LocalAccess> {
  const dataDirGiven = options.dataDirGiven ?? process.env.DATA_DIR !== undefined;
  const viaServer = async () => {
    const server = config.databaseKind === 'pglite' ? await waitForServer(config.dataDir) : null;
    return server ? ({ kind: 'server', port: server.port, secret: localSecret(config.dataDir), dataDir: config.dataDir } as const) : null;
  };
  const first = await viaServer();
  if (first) return first;
  if (!dataDirGiven && config.databaseKind === 'pglite' && !readServerInfo(config.dataDir)) {
    const other = otherServer(config, runningServers());
    if (other) return { kind: 'server', port: other.port, secret: localSecret(other.dataDir), dataDir: other.dataDir };
  }
  const { openRuntime } = await import('./runtime.ts');
  try {
    // a command-line tool: the embedded database in this thread (openConfiguredDatabase says why)
    return { kind: 'direct', rt: await openRuntime(config, logger, { databaseThread: false }), dataDir: config.dataDir };
  } catch (error) {
    if (config.databaseKind === 'pglite' && embeddedDatabaseHolder(config.dataDir)) {
      const second = await viaServer();
      if (second) return second;
    }
    throw error;
  }
}
