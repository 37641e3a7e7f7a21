// Runs `prisma generate` offline. Prisma 7 refuses to start unless PRISMA_SCHEMA_ENGINE_BINARY names an
// existing file, although generate never executes it; migrations run in-process through the wasm engine
// (prisma/engine), so any existing file will do. We point it at this script.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? self, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
