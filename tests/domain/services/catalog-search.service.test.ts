// Search quality on the realistic demo catalogue (seedDemo): typos, missing accents, Indonesian and English,
// island and regency names, ranked with the right product first. Runs on PostgreSQL too (pg_trgm).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { createMediaStore } from '../../../domain/media/media-store.ts';
import { createServices, type Services } from '../../../domain/services/services.ts';
import { createDemoDatabase } from '../../helpers/test-database.ts';

let db: Database;
let services: Services;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'search-quality-'));
  db = await createDemoDatabase(dataDir);
  const mediaStore = createMediaStore({ dataDir, maxBytes: 10 * 1024 * 1024 });
  services = createServices({ prisma: db.prisma, mediaStore });
}, 120_000);
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function codes(q: string, limit = 10): Promise<string[]> {
  return (await services.catalog.listProducts({ q, limit })).items.map((p) => p.code);
}

describe('search ranking on the demo catalogue', () => {
  it('"kopi bajawa" puts the Bajawa coffees first', async () => {
    const found = await codes('kopi bajawa');
    expect(found.slice(0, 2).sort()).toEqual(['KBJ01', 'KBJ02']);
  });

  it('"kopi bajawá" (accent) and "KOPI  Bajawa!" give the same ranking', async () => {
    const plain = await codes('kopi bajawa');
    expect(await codes('kopi bajawá')).toEqual(plain);
    expect(await codes('KOPI  Bajawa!')).toEqual(plain);
  });

  it('"coffe flores" (English with a typo) finds Flores coffee, the one named Flores first', async () => {
    const found = await codes('coffe flores');
    expect(found[0]).toBe('KBJ01');
    // the Manggarai coffee has no "Flores" in its name: the island in its search text finds it
    expect(found.slice(0, 4).sort()).toEqual(['KBJ01', 'KBJ02', 'KMG01', 'KMG02']);
  });

  it('"tenun sumba" finds the Sumba ikat only (the island names its regencies), never the unpublished one', async () => {
    const found = await codes('tenun sumba');
    expect(found).toEqual(['TSB01']);
    expect(found).not.toContain('TSB02'); // draft
    // without a place, every ikat
    expect(await codes('tenun')).toEqual(expect.arrayContaining(['TSB01', 'TAL01', 'TSK01']));
  });

  it('a question naming a regency or its town searches its words there only (issue 25)', async () => {
    expect(await codes('ada tenun dari alor ga')).toEqual(['TAL01']);
    expect(await codes('kak ada tenun ikat dr kalabahi?')).toEqual(['TAL01']);
    expect(await codes('sarung tenun dari maumere ada?')).toEqual(['TSK01']);
    // nothing of that kind there: nothing, not the coffees of elsewhere
    expect(await codes('ada kopi dari alor ga')).toEqual([]);
    const page = await services.catalog.listProducts({ q: 'ada kopi dari alor ga', limit: 5 });
    expect(page.understood).toMatchObject({ text: 'kopi', regionCode: '53.05', regionName: 'Kabupaten Alor' });
  });

  it('a word found only in descriptions is no match ("blm ada izin")', async () => {
    expect(await codes('blm ada izin')).toEqual([]);
  });

  it('a product named by the word ranks above one that only mentions it in its description', async () => {
    const kopi = await codes('kopi');
    expect(kopi.slice(0, 4).sort()).toEqual(['KBJ01', 'KBJ02', 'KMG01', 'KMG02']);
    expect((await codes('gula lontar')).slice(0, 2).sort()).toEqual(['GLR01', 'GLR02']);
    expect((await codes('sei kupang'))[0]).toBe('SSK01');
  });

  it('English words and seats of regencies work too', async () => {
    expect((await codes('honey'))[0]).toBe('MHT01');
    expect((await codes('seaweed')).sort()).toEqual(['RLS01', 'RLS02']);
    expect((await codes('coffee manggarai')).slice(0, 2).sort()).toEqual(['KMG01', 'KMG02']);
    expect(await codes('kopi ruteng')).toContain('KMG01'); // Ruteng is Manggarai's seat
  });

  it('nonsense finds nothing; pages continue the same ranking', async () => {
    expect(await codes('xyzzy qwv')).toEqual([]);
    const all = await codes('kopi', 20);
    const first = await services.catalog.listProducts({ q: 'kopi', limit: 2 });
    const second = await services.catalog.listProducts({ q: 'kopi', limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((p) => p.code)).toEqual(all.slice(0, 4));
  });

  it('completes a word begun ("kop", "sumb") and finds a product by its new name once renamed', async () => {
    expect((await codes('kop bajawa')).slice(0, 2).sort()).toEqual(['KBJ01', 'KBJ02']);
    expect(await codes('tenun sumb')).toContain('TSB01');
    // the words follow the names and the search text, whoever writes them (a trigger in the database)
    const product = await db.prisma.product.findFirstOrThrow({ where: { code: 'MHT01' } });
    await db.prisma.product.update({ where: { id: product.id }, data: { nameId: 'Madu Kelimutu Istimewa', searchText: `${product.searchText} kelimutu istimewa` } });
    expect((await codes('istimewa'))[0]).toBe('MHT01');
    expect(await codes('istimewah')).toContain('MHT01'); // a typo of a word that exists only since the rename
    const [row] = await db.prisma.$queryRaw<{ nameWords: string[] }[]>`SELECT "nameWords" FROM "Product" WHERE id = ${product.id}`;
    expect(row!.nameWords.sort()).toEqual(expect.arrayContaining(['madu', 'kelimutu', 'istimewa']));
  });
});

describe('search precision: name and category matches first, weak tails cut, results counted', () => {
  it('"kopi" lists the coffees and not the palm syrup whose description mentions coffee', async () => {
    const kopi = await codes('kopi', 20);
    expect(kopi.sort()).toEqual(['KBJ01', 'KBJ02', 'KMG01', 'KMG02']);
    expect(await codes('coffee', 20)).not.toContain('GLR01');
  });

  it('"tenun sumb" lists ikat (East Sumba first), not the canarium nuts of a producer named "Tenun …"', async () => {
    const found = await codes('tenun sumb', 20);
    expect(found[0]).toBe('TSB01');
    expect(found).toEqual(expect.arrayContaining(['TAL01', 'TSK01']));
    expect(found).not.toContain('KNA01');
    expect(found).not.toContain('TSB02'); // draft
  });

  it('a category name finds its products even when their names do not say it', async () => {
    // "madu" names the honey; "ikat" is in the Tenun Ikat category and in the names: both strong
    expect((await codes('madu'))[0]).toBe('MHT01');
    expect((await codes('woven', 20)).sort()).toEqual(['TAL01', 'TSB01', 'TSK01']); // only the category's English name says "woven"
  });

  it('a place alone still finds that place’s products (nothing strong to prefer)', async () => {
    expect(await codes('ruteng')).toEqual(expect.arrayContaining(['KMG01', 'KMG02']));
  });

  it('keeps the typo tolerance: "kopii bajwa" finds the Bajawa coffees first', async () => {
    expect((await codes('kopii bajwa')).slice(0, 2).sort()).toEqual(['KBJ01', 'KBJ02']);
  });

  it('counts the results when asked, the same on every page, and not beyond the cap', async () => {
    const first = await services.catalog.listProducts({ q: 'kopi', limit: 2, withTotal: true });
    expect(first.total).toEqual({ count: 4, capped: false });
    const second = await services.catalog.listProducts({ q: 'kopi', limit: 2, cursor: first.nextCursor!, withTotal: true });
    expect(second.total).toEqual({ count: 4, capped: false });
    expect((await services.catalog.listProducts({ q: 'tenun sumb', limit: 10, withTotal: true })).total).toEqual({ count: 3, capped: false });
    expect((await services.catalog.listProducts({ q: 'xyzzy qwv', limit: 10, withTotal: true })).total).toEqual({ count: 0, capped: false });
    expect((await services.catalog.listProducts({ q: 'kopi', limit: 10 })).total).toBeUndefined();
    expect((await services.repos.productQuery.searchPublic('kopi', {}, 10, 0, 3)).total).toEqual({ count: 3, capped: true });
  });
});
