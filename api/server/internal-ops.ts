// The operations the running server performs for local command-line tools (see internal.routes.ts).
import { z } from 'zod';
import { consoleTurnSchema, createConsoleSession } from '../../bot/channels/console/console-session.ts';
import type { InternalOp } from '../routes/internal/internal.routes.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { runSeed } from '../../prisma/seed/run-seed.ts';
import { backupPglite } from '../ops/backup.ts';
import { adminCommandSchema, runAdminCommand, type AdminCommand } from '../ops/admin-commands.ts';

export function internalOps(rt: Runtime, extra: InternalOp[] = []): InternalOp[] {
  const consoleSession = createConsoleSession(rt.engine, rt.channels.console);
  return [
    { name: 'console.turn', input: consoleTurnSchema, run: (input) => consoleSession.turn(input as z.infer<typeof consoleTurnSchema>) },
    {
      name: 'console.poll',
      input: consoleTurnSchema.pick({ user: true, lang: true }),
      run: async (input) => {
        const { user, lang } = input as { user: string; lang?: 'id' | 'en' };
        return consoleSession.pending(user, lang);
      },
    },
    { name: 'seed', input: z.object({ demo: z.boolean().default(false) }), run: async (input) => runSeed(rt.db.prisma, rt.mediaStore, (input as { demo: boolean }).demo) },
    {
      name: 'backup',
      input: z.object({}),
      run: async () => {
        const { dumpDataDir } = rt.db;
        if (!dumpDataDir) throw new Error('backups of PostgreSQL are taken with pg_dump');
        return backupPglite({ dumpDataDir }, rt.config.dataDir);
      },
    },
    { name: 'admin', input: adminCommandSchema, run: (input) => runAdminCommand(rt.services, input as AdminCommand) },
    ...extra,
  ];
}
