// npm run db:migration:new -- NAME: writes prisma/migrations/<stamp>_NAME/migration.sql from schema changes.
// Works offline against an in-memory PGlite, so no database server is needed to author a migration.
import { openPglite, pgliteAdapterFactory } from '../../domain/db/pglite.js';
import { createMigration } from '../engine/migrations.js';

const name = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!name) {
  console.error('usage: npm run db:migration:new -- <name>   (for example: add_product_video)');
  process.exit(2);
}
const scratch = await openPglite();
const folder = await createMigration(pgliteAdapterFactory(scratch), name);
console.log(folder ? `wrote ${folder}/migration.sql: review it, then commit it` : 'the schema has no change: nothing written');
await scratch.close();
