// Prisma CLI config: only `prisma generate` uses it here (migrations run in-process, see prisma/engine).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
});
