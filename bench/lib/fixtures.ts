// The run's shared templates, built on first use and reused by every scenario: the demo (reference data,
// twelve producers with pictures), and the demo plus a generated catalogue of a given size.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMediaStore, type MediaStore } from '../../domain/media/media-store.ts';
import { seedDemo } from '../../prisma/seed/demo.seed.ts';
import { analyzeCatalogue, GENERATED_STOCK, generateCatalogue } from './catalogue.ts';
import { pgliteTemplate, postgresTemplate, writeDataDir, type PgliteTemplate, type PostgresTemplate, type Template } from './databases.ts';

export interface Fixtures {
  /** the data folder of the demo pictures (every service container of the run uses this media store) */
  mediaDataDir: string;
  mediaStore: MediaStore;
  demo(): Promise<PgliteTemplate>;
  /** the demo plus `products` generated products, statistics analysed */
  catalogue(products: number): Promise<PgliteTemplate>;
  /** the demo plus `products` generated products on the PostgreSQL server of `url` (one per url and size) */
  postgresCatalogue(url: string, products: number): Promise<PostgresTemplate>;
  /** a fresh data folder holding catalogue(products) for one `npm start` process (removed at close) */
  serverDataDir(products: number): Promise<string>;
  close(): Promise<void>;
}

export async function createFixtures(log: (line: string) => void): Promise<Fixtures> {
  const mediaDataDir = await mkdtemp(path.join(tmpdir(), 'etalase-bench-media-'));
  const mediaStore = createMediaStore({ dataDir: mediaDataDir, maxBytes: 10 * 1024 * 1024 });
  const opened: Promise<Template>[] = [];
  let demo: Promise<PgliteTemplate> | undefined;
  const catalogues = new Map<number, Promise<PgliteTemplate>>();
  const postgresCatalogues = new Map<string, Promise<PostgresTemplate>>();
  const prepared = new Map<number, Promise<string>>();
  const folders: string[] = [];
  const folder = async (name: string) => {
    const dir = await mkdtemp(path.join(tmpdir(), `etalase-bench-${name}-`));
    folders.push(dir);
    return dir;
  };
  const remember = <T extends Template>(p: Promise<T>): Promise<T> => {
    opened.push(p);
    return p;
  };

  const seedAndGenerate = (products: number) => async (db: Parameters<Parameters<typeof pgliteTemplate>[1]>[0]) => {
    const generated = await generateCatalogue(db.prisma, products, 'G');
    // the demo's own stock is small: hundreds of benchmark buyers would sell it out and stop checking out
    await db.prisma.product.updateMany({ where: { stock: { lt: GENERATED_STOCK } }, data: { stock: GENERATED_STOCK } });
    await analyzeCatalogue(db.prisma);
    log(`  generated ${generated.products} products of ${generated.producers} producers in ${Math.round(generated.ms)} ms`);
  };

  const fixtures: Fixtures = {
    mediaDataDir,
    mediaStore,
    demo() {
      demo ??= remember(
        (async () => {
          const started = performance.now();
          const t = await pgliteTemplate(undefined, async (db) => {
            await seedDemo(db.prisma, mediaStore);
          });
          log(`  demo database migrated and seeded in ${Math.round(performance.now() - started)} ms`);
          return t;
        })(),
      );
      return demo;
    },
    catalogue(products) {
      let t = catalogues.get(products);
      if (!t) {
        t = remember((async () => pgliteTemplate(await fixtures.demo(), seedAndGenerate(products)))());
        catalogues.set(products, t);
      }
      return t;
    },
    postgresCatalogue(url, products) {
      const key = `${url} ${products}`;
      let t = postgresCatalogues.get(key);
      if (!t) {
        t = remember(
          postgresTemplate(url, async (db) => {
            await seedDemo(db.prisma, mediaStore);
            await seedAndGenerate(products)(db);
          }),
        );
        postgresCatalogues.set(key, t);
      }
      return t;
    },
    async serverDataDir(products) {
      let source = prepared.get(products);
      if (!source) {
        source = (async () => {
          const dir = await folder('prepared');
          await writeDataDir(await fixtures.catalogue(products), mediaDataDir, dir);
          return dir;
        })();
        prepared.set(products, source);
      }
      const dir = await folder('data');
      await cp(await source, dir, { recursive: true });
      return dir;
    },
    async close() {
      for (const t of opened) await (await t.catch(() => null))?.close();
      for (const dir of folders) await rm(dir, { recursive: true, force: true });
      await rm(mediaDataDir, { recursive: true, force: true });
    },
  };
  return fixtures;
}
