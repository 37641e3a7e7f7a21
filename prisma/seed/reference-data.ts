// The reference data shipped with the product (prisma/seed/data/*.json; the regencies in domain/understanding/ntt-regions.json), read and validated once. The
// product never reads /work/shared: these files are copies that travel with the code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { normalizeText } from '../../domain/search/normalize.ts';
import { projectPath } from '../engine/project-root.ts';
import nttRegionsFile from '../../domain/understanding/ntt-regions.json' with { type: 'json' };

export const seedDataDir = projectPath('prisma', 'seed', 'data');

const regionSchema = z.object({
  code: z.string().regex(/^53\.\d{2}$/),
  name: z.string().min(1),
  shortName: z.string().min(1),
  type: z.enum(['kabupaten', 'kota']),
  seat: z.string().min(1),
  island: z.string().min(1),
  areaKm2: z.number().positive(),
});
export type RegionSeed = z.infer<typeof regionSchema>;

const categorySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
  sortOrder: z.number().int(),
  isFood: z.boolean(),
});
export type CategorySeed = z.infer<typeof categorySchema>;

const displayPointFileSchema = z.object({
  kind: z.enum(['airport', 'port']),
  name: z.string().min(1),
  iata: z.string().regex(/^[A-Z]{3}$/).nullable(),
  regionCode: z.string().regex(/^53\.\d{2}$/),
});

export interface DisplayPointSeed {
  code: string;
  kind: 'AIRPORT' | 'PORT';
  name: string;
  city: string;
  regionCode: string;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(seedDataDir, file), 'utf8'));
}

export function loadRegions(): RegionSeed[] {
  // the regencies live beside the national area list: understanding reads their seats and islands too
  return z.object({ regions: z.array(regionSchema).length(22) }).parse(nttRegionsFile).regions;
}

export function loadCategories(): CategorySeed[] {
  return z.object({ categories: z.array(categorySchema).min(1) }).parse(readJson('categories.json')).categories;
}

/** "Pelabuhan Labuan Bajo" → "PEL-LABUAN-BAJO": derived from the name only, so it never changes between runs. */
export function portCode(name: string): string {
  const place = normalizeText(name.replace(/^pelabuhan\s+/i, ''));
  return `PEL-${place.toUpperCase().replace(/ /g, '-')}`;
}

export function loadDisplayPoints(regions: RegionSeed[]): DisplayPointSeed[] {
  const file = z.object({ displayPoints: z.array(displayPointFileSchema) }).parse(readJson('ntt-display-points.json'));
  const seats = new Map(regions.map((r) => [r.code, r.seat]));
  return file.displayPoints.map((p) => {
    const seat = seats.get(p.regionCode);
    if (!seat) throw new Error(`display point ${p.name}: unknown region ${p.regionCode}`);
    const code = p.kind === 'airport' ? p.iata : portCode(p.name);
    if (!code) throw new Error(`airport ${p.name} has no IATA code`);
    return { code, kind: p.kind === 'airport' ? 'AIRPORT' : 'PORT', name: p.name, city: seat, regionCode: p.regionCode };
  });
}
