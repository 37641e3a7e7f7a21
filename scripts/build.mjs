// `npm run build` (and before every `npm start`): the server as plain JavaScript in dist/, bundled by esbuild
// (already installed with tsx), so production runs without tsx's loader.
//
// Why: tsx compiles TypeScript in the running process and keeps a module-loader thread and the source maps
// for it; the server's resident memory is a benchmark target (≤ 300 MB), and plain node is 34 MB smaller
// before loading anything (measured: 39 vs 73 MB). Dependencies stay in node_modules (not bundled); the
// files that travel with the code (locales/, prisma/migrations, seed data) are found from the project folder.
// Two entries: the server (server/main.ts) and the embedded database's thread (its own bundle, no tsx there).
//
// Two `npm start` in one checkout used to race here (issue 19): both deleted and rewrote dist/, and one died
// with "Cannot find module …/dist/main.js". Now a build is skipped when the sources did not change (a hash
// of them is kept in the build), builds never write into the folder a server runs from: each goes into
// dist-builds/<hash>, made in a temporary folder and renamed into place, and dist is a symbolic link that
// is switched to it in one rename. A lock file keeps two builds from doing the same work twice.
//
// With BUILD_DIR (issue 28) all of that (dist, dist-builds/, the lock) goes there instead, so the service may
// run from code it cannot write: it builds into a folder of its own, or finds the build made at install or
// image time up to date and writes nothing. A BUILD_DIR outside the project gets a link to the project's
// node_modules and the project's folder written into the build, so the bundle finds both.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, open, readdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOutsideProject, buildRoot, distDir, projectRoot as root } from './build-dir.mjs';

const distLink = distDir;
/** dist/: a link to the current build (in the project, or in BUILD_DIR) */
export { distDir };
const buildsDir = path.join(buildRoot, 'dist-builds');
const HASH_FILE = '.build-hash';
const SOURCES = ['domain', 'bot', 'api', 'web', 'server', 'prisma/cli', 'prisma/engine', 'prisma/seed', 'prisma/generated', 'scripts/build.mjs', 'scripts/build-dir.mjs', 'package.json', 'tsconfig.json'];
const KEEP_BUILDS = 3;
const KEEP_YOUNGER_MS = 60 * 60_000;

/** A hash of every source the bundle is made of (names, sizes and contents). */
export function sourceHash() {
  const hash = createHash('sha256');
  const visit = (rel) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) visit(path.join(rel, name));
      return;
    }
    if (!/\.(m?[jt]sx?|json|prisma|wasm)$/.test(rel) && !rel.endsWith('.mjs')) return;
    hash.update(`${rel}\0`).update(readFileSync(abs)).update('\0');
  };
  for (const source of SOURCES) visit(source);
  // a build outside the project has the project's folder written into it
  if (buildOutsideProject) hash.update(`root\0${root}`);
  return hash.digest('hex').slice(0, 20);
}

async function builtHash() {
  return readFile(path.join(distLink, HASH_FILE), 'utf8').catch(() => null);
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** One build at a time per checkout; a lock left by a dead process is taken over. */
async function withLock(task) {
  const file = path.join(buildRoot, '.build.lock');
  const end = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = Number(await readFile(file, 'utf8').catch(() => ''));
      if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
        // a stale lock (or one being written this instant: then the next look finds it alive)
        if (holder > 0 || Date.now() - (await stat(file).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs > 2_000) await rm(file, { force: true });
      }
      if (Date.now() > end) throw new Error(`another build (pid ${holder}) holds ${file}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await task();
  } finally {
    await rm(file, { force: true });
  }
}

/** Points dist at `target` in one rename (a server starting meanwhile sees the old build or the new one). */
async function switchLink(target) {
  const relative = path.relative(path.dirname(distLink), target);
  const temp = `${distLink}.link-${process.pid}`;
  await rm(temp, { force: true });
  await symlink(relative, temp, 'dir');
  // the dist folder of builds before this change: moved aside once (rename cannot replace a folder with a link)
  if (existsSync(distLink) && !lstatSync(distLink).isSymbolicLink()) await rename(distLink, path.join(buildsDir, `old-${Date.now()}`));
  await rename(temp, distLink);
}

/** Old builds go, except the newest few and any made within the hour (a running server may still load chunks from its own). */
async function prune(current) {
  const entries = await Promise.all(
    (await readdir(buildsDir)).map(async (name) => ({ name, mtimeMs: (await stat(path.join(buildsDir, name))).mtimeMs })),
  );
  entries.sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const [i, e] of entries.entries()) {
    const dir = path.join(buildsDir, e.name);
    if (dir === current || i < KEEP_BUILDS || Date.now() - e.mtimeMs < KEEP_YOUNGER_MS || e.name.includes('.tmp-')) continue;
    await rm(dir, { recursive: true, force: true });
  }
}

/** BUILD_DIR/node_modules → the project's, for the bundle's imports of its dependencies (made when missing). */
async function linkModules() {
  const link = path.join(buildRoot, 'node_modules');
  const target = path.join(root, 'node_modules');
  if ((await readlink(link).catch(() => null)) === target) return;
  await mkdir(buildRoot, { recursive: true });
  const temp = `${link}.link-${process.pid}`;
  await rm(temp, { force: true });
  await symlink(target, temp, 'dir');
  await rename(temp, link);
}

/** What a user who may not write the build's folder is told (the code is read-only for a service). */
export class BuildFolderNotWritableError extends Error {}

/**
 * Builds the server into dist/ unless it is up to date. `force` rebuilds anyway (into a fresh folder).
 * Returns what happened, for the caller's log.
 */
export async function buildServer(options = {}) {
  try {
    return await buildUnlessUpToDate(options);
  } catch (error) {
    if (!['EACCES', 'EROFS', 'EPERM'].includes(error?.code)) throw error;
    throw new BuildFolderNotWritableError(
      `the server's build in ${buildRoot} is out of date and this user may not write there (${error.code} on ${error.path ?? buildRoot}): ` +
        `run \`npm run build\` as the owner of the code, or set BUILD_DIR to a folder this user may write (docs/operations.md, "Deploying")`,
    );
  }
}

async function buildUnlessUpToDate(options) {
  const hash = sourceHash();
  if (buildOutsideProject) await linkModules();
  if (!options.force && (await builtHash()) === hash) return { built: false, hash };
  return withLock(async () => {
    if (!options.force && (await builtHash()) === hash) return { built: false, hash };
    await mkdir(buildsDir, { recursive: true });
    const target = path.join(buildsDir, options.force ? `${hash}-${Date.now()}` : hash);
    if (!existsSync(path.join(target, HASH_FILE))) {
      const temp = `${target}.tmp-${process.pid}`;
      await rm(temp, { recursive: true, force: true });
      await build({
        absWorkingDir: root,
        // the server, its database thread, a new database's initialisation (its own process), and the command-line tools (scripts/tool.mjs runs them)
        entryPoints: {
          main: 'server/main.ts',
          'pglite-worker': 'domain/db/pglite-worker/worker.ts',
          'pglite-initialise': 'domain/db/pglite-worker/initialise.ts',
          'cli/admin': 'server/cli/admin.ts',
          'cli/chat': 'server/cli/chat.ts',
          'cli/seed': 'prisma/cli/seed.ts',
        },
        outdir: temp,
        bundle: true,
        // code loaded on demand stays apart: PGlite is only ever loaded in the database's thread
        splitting: true,
        chunkNames: 'chunks/[name]-[hash]',
        format: 'esm',
        platform: 'node',
        target: 'node20',
        packages: 'external',
        sourcemap: 'linked',
        // a build in BUILD_DIR outside the project is told where the project is (prisma/engine/project-root.ts)
        define: buildOutsideProject ? { __ETALASE_PROJECT_ROOT__: JSON.stringify(root) } : {},
        tsconfig: 'tsconfig.json',
        logLevel: 'warning',
      });
      await writeFile(path.join(temp, HASH_FILE), hash);
      await rm(target, { recursive: true, force: true });
      await rename(temp, target);
    }
    await switchLink(target);
    await prune(target);
    return { built: true, hash };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const where = buildRoot === root ? 'dist/' : distDir;
  try {
    const result = await buildServer({ force: process.argv.includes('--force') });
    console.log(result.built ? `build: ${where} made in ${Date.now() - started} ms (sources ${result.hash})` : `build: ${where} is up to date (sources ${result.hash})`);
  } catch (error) {
    if (!(error instanceof BuildFolderNotWritableError)) throw error;
    console.error(`build: ${error.message}`);
    process.exit(1);
  }
}
