// Every row of the application tables as SQL INSERTs, parents before children, for moving the embedded
// database to PostgreSQL (after `npm run db:migrate` created the schema there). Postgres quotes the values
// itself (row_to_json → json_populate_record), so any text, JSON or array survives.
import type { PrismaClient } from '../../prisma/generated/client.ts';

async function tablesInDependencyOrder(prisma: PrismaClient): Promise<string[]> {
  const tables = (await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`).map((r) => r.name);
  const edges = await prisma.$queryRaw<{ child: string; parent: string }[]>`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`;
  const unquote = (s: string) => s.replace(/^"|"$/g, '');
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (unquote(e.child) !== unquote(e.parent)) parents.get(unquote(e.child))?.add(unquote(e.parent));
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const p of parents.get(t) ?? []) visit(p, path);
    ordered.push(t);
  };
  for (const t of tables.sort()) visit(t, new Set());
  return ordered;
}

export async function exportSql(prisma: PrismaClient, write: (chunk: string) => void): Promise<{ tables: number; rows: number }> {
  const tables = await tablesInDependencyOrder(prisma);
  let rows = 0;
  write('-- Etalase NTT data export. Load into a database migrated with `npm run db:migrate`.\nBEGIN;\n');
  for (const table of tables) {
    const statements = await prisma.$queryRawUnsafe<{ sql: string }[]>(
      `SELECT format('INSERT INTO %I SELECT * FROM json_populate_record(NULL::%I, %L) ON CONFLICT DO NOTHING;', '${table}', '${table}', row_to_json(t)) AS sql FROM "${table}" t`,
    );
    for (const s of statements) write(`${s.sql}\n`);
    rows += statements.length;
  }
  write('COMMIT;\n');
  return { tables: tables.length, rows };
}
