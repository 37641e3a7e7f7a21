// Ready-made PGlite data folders for tests, as dumps (tar) a new in-memory PGlite starts from.
//
// Why: a fresh in-memory PGlite runs initdb inside WebAssembly, about 6–7 s of CPU, and the migrations take
// another ~1.3 s; starting from a dump takes ~0.7 s. Each test file runs in a process of its own, so a
// per-process template was still built once per file. The global setup (pglite-global-setup.ts) builds the
// dumps once per `vitest run` and hands their paths to the workers; the migrated one is also kept in the
// temp folder across runs, keyed by a hash of everything that shapes it.
//
// Smaller dumps load faster (the tar is read, untarred and copied into PGlite's in-memory file system):
// initdb with 1 MB WAL segments instead of 16 MB, and without the template0/template1 databases, which only
// CREATE DATABASE uses (nothing does on PGlite). 42 MB → 18 MB, about 1.2 → 0.7 s of CPU per database.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openPglite, pgliteAdapterFactory, pgliteExtensions, pgliteStartParams } from '../../domain/db/pglite.ts';
import { projectPath } from '../../prisma/engine/project-root.ts';
import { openDatabase } from '../../domain/db/database.ts';
import { applyMigrations, migrationsDir } from '../../prisma/engine/migrations.ts';
import { seedReference } from '../../prisma/seed/reference.seed.ts';
import { seedDemo } from '../../prisma/seed/index.ts';
import { createMediaStore } from '../../domain/media/media-store.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** set by pglite-global-setup.ts for the workers */
    pgliteTemplates?: PgliteTemplatePaths;
  }
}

export interface PgliteTemplatePaths {
  /** an initialised cluster with no tables: what `openPglite()` gives, without running initdb */
  empty: string;
  /** the committed migrations applied (what createTestDatabase() gives) */
  migrated: string;
  /** migrated plus the reference data (regencies, categories, display points), as every harness wants */
  reference: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

/** Everything the empty and migrated dumps depend on: the migrations, the engine, PGlite and its settings. */
async function templateKey(): Promise<string> {
  const hash = createHash('sha256');
  const inputs = [
    ...(await filesUnder(migrationsDir)),
    ...(await filesUnder(projectPath('prisma/engine'))),
    projectPath('domain/db/pglite.ts'),
    projectPath('node_modules/@electric-sql/pglite/package.json'),
    projectPath('tests/helpers/pglite-templates.ts'),
  ];
  for (const file of inputs) hash.update(file).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

async function dumpTo(pglite: PGlite, file: string): Promise<void> {
  await pglite.exec('CHECKPOINT');
  await pglite.exec('CHECKPOINT'); // the second removes the segments the first left beyond min_wal_size
  const dump = await pglite.dumpDataDir('none');
  // write then rename: a reader never sees half a file, and two writers both leave a whole one
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

/** Builds (or finds) the three dumps; `runDir` holds the per-run reference one. */
// Both vitest projects (pglite, postgres) run their global setup in the one main process at the same time:
// two builds there wrote the same pid-named partial file and ran the in-process schema engine twice at once
// (a failed rename, or the engine crashing on a garbled message). One build per process, shared.
// kept on globalThis: each project may load this module apart
const shared = globalThis as typeof globalThis & { etalasePgliteTemplateBuilds?: Map<string, Promise<PgliteTemplatePaths>> };
const builds = (shared.etalasePgliteTemplateBuilds ??= new Map());

export function buildPgliteTemplates(runDir: string): Promise<PgliteTemplatePaths> {
  const key = path.resolve(tmpdir());
  let build = builds.get(key);
  if (!build) {
    build = buildOnce(runDir);
    builds.set(key, build);
    build.catch(() => builds.delete(key));
  }
  return build;
}

async function buildOnce(runDir: string): Promise<PgliteTemplatePaths> {
  const cacheDir = path.join(tmpdir(), 'etalase-test-templates');
  await mkdir(cacheDir, { recursive: true });
  await mkdir(runDir, { recursive: true });
  const key = await templateKey();
  const empty = path.join(cacheDir, `empty-${key}.tar`);
  const migrated = path.join(cacheDir, `migrated-${key}.tar`);
  if (!(await exists(empty)) || !(await exists(migrated))) {
    const pglite = await PGlite.create({
      extensions: pgliteExtensions,
      // the WAL kept to two 1 MB segments: recycled ones would be dumped too
      startParams: [...pgliteStartParams, '-c', 'min_wal_size=2MB', '-c', 'max_wal_size=4MB'],
      initDbStartParams: ['--wal-segsize=1'],
    });
    try {
      for (const db of ['template0', 'template1']) {
        await pglite.exec(`ALTER DATABASE ${db} IS_TEMPLATE false`);
        await pglite.exec(`DROP DATABASE ${db}`);
      }
      await dumpTo(pglite, empty);
      await applyMigrations(pgliteAdapterFactory(pglite));
      await dumpTo(pglite, migrated);
    } finally {
      await pglite.close();
    }
  }
  // the reference data come from code (prisma/seed) that any change may touch: built again at every run
  const reference = path.join(runDir, 'reference.tar');
  const pglite = await openPglite(undefined, await loadDump(migrated));
  const db = await openDatabase({ pglite, migrate: false });
  try {
    await seedReference(db.prisma);
    await db.prisma.$disconnect();
    await dumpTo(pglite, reference);
  } finally {
    await db.close();
  }
  return { empty, migrated, reference };
}

export async function loadDump(file: string): Promise<Blob> {
  return new Blob([new Uint8Array(await readFile(file))]);
}

export interface DemoTemplate {
  /** the reference dump plus seedDemo */
  dump: string;
  /** the media folder (<dataDir>/media) the dump's rows point to */
  media: string;
}

const demoBuilds = new Map<string, Promise<DemoTemplate>>();

/**
 * The demo (seedDemo) as a dump and its pictures, made once per run in the run's folder by the first test
 * process that asks; the others wait for it. The seed (~4 s: the pictures go through the media store's
 * resizing) used to run in every file that wanted the demo; made in the global setup, every run paid it
 * before any test started, even a run of one file that never wants it.
 */
export function demoTemplate(paths: PgliteTemplatePaths): Promise<DemoTemplate> {
  const runDir = path.dirname(paths.reference);
  let build = demoBuilds.get(runDir);
  if (!build) {
    build = buildDemoOnce(paths, runDir);
    demoBuilds.set(runDir, build);
    build.catch(() => demoBuilds.delete(runDir));
  }
  return build;
}

async function buildDemoOnce(paths: PgliteTemplatePaths, runDir: string): Promise<DemoTemplate> {
  const demo: DemoTemplate = { dump: path.join(runDir, 'demo.tar'), media: path.join(runDir, 'demo-data', 'media') };
  const lock = await open(path.join(runDir, 'demo.lock'), 'wx').catch(() => null);
  if (!lock) {
    // another process is making it: its dump appears whole (written, then renamed), after the pictures
    const end = Date.now() + 180_000;
    while (!(await exists(demo.dump))) {
      if (Date.now() > end) throw new Error(`the demo template in ${runDir} was not made within 180 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return demo;
  }
  try {
    const pglite = await openPglite(undefined, await loadDump(paths.reference));
    const db = await openDatabase({ pglite, migrate: false });
    try {
      await seedDemo(db.prisma, createMediaStore({ dataDir: path.dirname(demo.media), maxBytes: 10 * 1024 * 1024 }));
      await db.prisma.$disconnect();
      await dumpTo(pglite, demo.dump);
    } finally {
      await db.close();
    }
    return demo;
  } finally {
    await lock.close();
  }
}
