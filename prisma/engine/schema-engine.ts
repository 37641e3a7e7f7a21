// Prisma's schema engine compiled to WebAssembly, run in-process. The native engine cannot be downloaded on
// our machines, and in-process it works on PGlite too (the driver adapter is the connection).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
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


export async function openSchemaEngine(
  schema: { path: string; content: string },
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: EngineLog = () => {},
): Promise<SchemaEngine> {
  const mod = await (shared.etalaseSchemaEngineModule ??= loadEngineModule());
  return mod.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}
