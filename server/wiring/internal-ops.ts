// What the running server does for local command-line tools (the contract: routes/internal/internal.contract.ts).
import { createConsoleSession } from '../../bot/channels/console/console-session.ts';
import type { InternalHandlers } from '../../api/routes/internal/internal.contract.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { runSeed } from '../../prisma/seed/run-seed.ts';
import { backupPglite } from '../ops/backup.ts';
import { runAdminCommand } from '../../domain/services/admin-commands.ts';

export function internalOps(rt: Runtime): InternalHandlers {
  const consoleSession = createConsoleSession(rt.engine, rt.channels.console);
  return {
    consoleTurn: (input) => consoleSession.turn(input),
    consolePoll: async ({ user, lang }) => consoleSession.pending(user, lang),
    seed: async ({ demo }) => runSeed(rt.db.prisma, rt.mediaStore, demo),
    backup: async () => {
      const { dumpDataDir } = rt.db;
      if (!dumpDataDir) throw new Error('backups of PostgreSQL are taken with pg_dump');
      return backupPglite({ dumpDataDir }, rt.config.dataDir);
    },
    admin: async (command) => (await runAdminCommand(rt.services, command)) as Record<string, unknown> | Record<string, unknown>[],
  };
}
