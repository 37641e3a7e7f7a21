// npm run admin -- <command>: the provincial IT team's command line.
//   invite --role ADMIN|CURATOR [--regions 53.09,53.10] [--days 14]   an invitation code for /claim
//   token create --user <id | console:NAME | telegram:ID | whatsapp:NUMBER> --name NAME
//   token revoke <id | prefix>      token list
//   users [--role BUYER|PRODUCER|CURATOR|ADMIN]
//   rates set CODE RUPIAH | rates list    the storefront's currency rates (rupiah per unit)
//   status                          the running server's /health (channels, outbox)
//   export-sql > data.sql           every row as SQL, for moving to PostgreSQL (server stopped)
// Prints what it did as JSON and exits non-zero on error. Goes through the running server when one
// holds the embedded database.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.ts';
import { createLogger } from '../../domain/lib/logger.ts';
import { createApiClient, localClient, unwrap } from '../../api/client/client.ts';
import { waitForServer } from '../runtime/data-dir.ts';
import { reachData } from '../runtime/local-access.ts';
import { adminCommandSchema, runAdminCommand, type AdminCommand } from '../../domain/services/admin-commands.ts';

const usage = `usage: npm run admin -- invite --role ADMIN|CURATOR [--regions 53.09,53.10] [--days 14]
       npm run admin -- token create --user <id|console:NAME|telegram:ID> --name NAME
       npm run admin -- token revoke <id|prefix> | token list
       npm run admin -- users [--role ROLE]
       npm run admin -- rates set SGD 12300 | rates list
       npm run admin -- status
       npm run admin -- export-sql > data.sql`;

class UsageError extends Error {}

function parseCommand(argv: string[]): AdminCommand | 'status' | 'export-sql' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, regions: { type: 'string' }, days: { type: 'string' }, user: { type: 'string' }, name: { type: 'string' } },
  });
  const [head, sub, arg] = positionals;
  if (head === 'status' || head === 'export-sql') return head;
  const raw =
    head === 'invite'
      ? { command: 'invite', role: values.role?.toUpperCase(), regionCodes: values.regions ? values.regions.split(',').map((s) => s.trim()) : [], ttlDays: values.days ? Number(values.days) : undefined }
      : head === 'token' && sub === 'create'
        ? { command: 'token-create', user: values.user, name: values.name }
        : head === 'token' && sub === 'revoke'
          ? { command: 'token-revoke', id: arg }
          : head === 'token' && sub === 'list'
            ? { command: 'token-list' }
            : head === 'users'
              ? { command: 'users', role: values.role?.toUpperCase() }
              : head === 'rates' && sub === 'set'
                ? { command: 'rates-set', currency: arg, idrPerUnit: Number(positionals[3]) }
                : head === 'rates' && sub === 'list'
                  ? { command: 'rates-list' }
                  : null;
  const parsed = adminCommandSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(raw ? `invalid arguments: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` : 'unknown command');
  return parsed.data;
}

async function main(): Promise<number> {
  const command = parseCommand(process.argv.slice(2));
  const config = loadConfig();
  if (command === 'status') {
    const server = config.databaseKind === 'pglite' ? await waitForServer(config.dataDir, 30_000) : null;
    const port = server?.port ?? config.PORT;
    const health = await createApiClient({ baseUrl: `http://127.0.0.1:${port}` })
      .GET('/health')
      .then((r) => r.data ?? r.error ?? null)
      .catch(() => null);
    console.log(JSON.stringify(health ?? { status: 'not running', port }, null, 2));
    return health ? 0 : 1;
  }
  const access = await reachData(config, createLogger('warn'));
  if (access.kind === 'server') {
    if (command === 'export-sql') throw new Error('stop the server first: the export reads the embedded database directly');
    console.log(JSON.stringify(unwrap(await localClient(access.port, access.secret).POST('/internal/admin', { body: command })), null, 2));
    return 0;
  }
  const rt = access.rt;
  try {
    if (command === 'export-sql') {
      const { exportSql } = await import('../ops/export-sql.ts');
      const counts = await exportSql(rt.db.prisma, (chunk) => process.stdout.write(chunk));
      console.error(`exported ${counts.rows} rows from ${counts.tables} tables`);
    } else {
      console.log(JSON.stringify(await runAdminCommand(rt.services, command), null, 2));
    }
  } finally {
    await rt.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${usage}`);
    else console.error(`admin: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
