// Prisma's schema engine compiled to WebAssembly, run in-process. The native engine cannot be downloaded on
// our machines, and in-process it works on PGlite too (the driver adapter is the connection).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);

type EngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

// One wasm instance per process, kept on globalThis: the generated bindings module is one Node module that
// holds a single wasm pointer, while this file may be loaded more than once (vitest's projects each load
// it apart). A second load set a new instance under the first one's engines (garbled memory, an
// ERR_ENCODING_INVALID_ENCODED_DATA crash while the test templates were built).
const shared = globalThis as typeof globalThis & { etalaseSchemaEngineModule?: Promise<EngineModule> };

async function loadEngineModule(): Promise<EngineModule> {
  const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bindings = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as EngineModule;
  const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
  const compiled = await WebAssembly.compile(new Uint8Array(bytes));
  const instance = await WebAssembly.instantiate(compiled, { './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

export type EngineLog = (line: string) => void;


// The connections the engine opened through its adapter factory: it never disposes them, and on PostgreSQL a
// pool's idle connection then stayed for its 10 s idle timeout, holding the database (CREATE DATABASE …
// TEMPLATE of a just-migrated database waited that long). closeSchemaEngine disposes them.
const openedBy = new WeakMap<SchemaEngine, SqlDriverAdapter[]>();

export async function openSchemaEngine(
  schema: { path: string; content: string },
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: EngineLog = () => {},
): Promise<SchemaEngine> {
  const mod = await (shared.etalaseSchemaEngineModule ??= loadEngineModule());
  const opened: SqlDriverAdapter[] = [];
  const keep = async (adapter: Promise<SqlDriverAdapter>) => {
    const a = await adapter;
    opened.push(a);
    return a;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => keep(adapterFactory.connect()),
    connectToShadowDb: () => keep(adapterFactory.connectToShadowDb()),
  };
  const engine = await mod.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, log, bindMigrationAwareSqlAdapterFactory(tracked));
  openedBy.set(engine, opened);
  return engine;
}

/** Frees the engine and closes the connections it opened. */
export async function closeSchemaEngine(engine: SchemaEngine): Promise<void> {
  engine.free();
  for (const adapter of openedBy.get(engine) ?? []) await adapter.dispose().catch(() => {});
  openedBy.delete(engine);
}
