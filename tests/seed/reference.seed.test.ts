import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../domain/db/database.ts';
import { seedReference } from '../../prisma/seed/index.ts';
import { portCode } from '../../prisma/seed/reference-data.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

async function snapshot() {
  const { prisma } = db;
  return {
    regions: await prisma.region.findMany({ orderBy: { code: 'asc' } }),
    categories: await prisma.category.findMany({ orderBy: { id: 'asc' } }),
    displayPoints: await prisma.displayPoint.findMany({ orderBy: { code: 'asc' } }),
  };
}

describe('seedReference', () => {
  it('creates the 22 regions, the categories and the airports and ports', async () => {
    const counts = await seedReference(db.prisma);
    expect(counts).toEqual({ regions: 22, categories: 12, displayPoints: 18 });

    const regions = await db.prisma.region.findMany({ orderBy: { code: 'asc' } });
    const expected = [...Array.from({ length: 21 }, (_, i) => `53.${String(i + 1).padStart(2, '0')}`), '53.71'];
    expect(regions.map((r) => r.code)).toEqual(expected);
    expect(regions.find((r) => r.code === '53.09')).toMatchObject({ shortName: 'Ngada', type: 'kabupaten', seat: 'Bajawa', island: 'Flores' });
    expect(regions.find((r) => r.code === '53.71')).toMatchObject({ name: 'Kota Kupang', type: 'kota' });
    expect(regions.every((r) => r.areaKm2 > 0)).toBe(true);

    const kopi = await db.prisma.category.findUnique({ where: { id: 'kopi' } });
    expect(kopi).toMatchObject({ nameEn: 'Coffee', isFood: true });
    expect(await db.prisma.category.findUnique({ where: { id: 'tenun' } })).toMatchObject({ isFood: false });

    const koe = await db.prisma.displayPoint.findUnique({ where: { code: 'KOE' } });
    expect(koe).toMatchObject({ kind: 'AIRPORT', name: 'Bandara El Tari', city: 'Kupang', regionCode: '53.71', active: true });
    const tenau = await db.prisma.displayPoint.findUnique({ where: { code: 'PEL-TENAU' } });
    expect(tenau).toMatchObject({ kind: 'PORT', regionCode: '53.71' });
    expect(await db.prisma.displayPoint.findUnique({ where: { code: 'PEL-LABUAN-BAJO' } })).toMatchObject({ city: 'Labuan Bajo' });
    expect(await db.prisma.displayPoint.count({ where: { kind: 'AIRPORT' } })).toBe(12);
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot();
    await seedReference(db.prisma);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps what officials changed on a display point', async () => {
    await db.prisma.displayPoint.update({ where: { code: 'KOE' }, data: { address: 'Terminal keberangkatan, lantai 2', active: false } });
    await seedReference(db.prisma);
    expect(await db.prisma.displayPoint.findUnique({ where: { code: 'KOE' } })).toMatchObject({ address: 'Terminal keberangkatan, lantai 2', active: false });
  });

  it('derives port codes from the name alone', () => {
    expect(portCode('Pelabuhan Tenau')).toBe('PEL-TENAU');
    expect(portCode('Pelabuhan Lorens Say')).toBe('PEL-LORENS-SAY');
  });
});
