// The project's folder (where package.json is), for the files that travel with the code: locales/,
// prisma/migrations, prisma/seed/data. Found by walking up from this module, so it is the same whether the
// code runs from its TypeScript sources (tsx, vitest) or from the build in dist/ (npm start); a build made
// into a BUILD_DIR outside the project has the folder written into it instead (scripts/build.mjs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** the project's folder, set by esbuild's `define` when the build lives outside it (BUILD_DIR) */
declare const __ETALASE_PROJECT_ROOT__: string | undefined;

export const projectRoot = typeof __ETALASE_PROJECT_ROOT__ === 'string' ? __ETALASE_PROJECT_ROOT__ : findRoot(path.dirname(fileURLToPath(import.meta.url)));

export function projectPath(...parts: string[]): string {
  return path.join(projectRoot, ...parts);
}
