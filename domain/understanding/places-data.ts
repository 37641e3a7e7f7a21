// The national area list from the npm package idn-area-data (MIT; the data ODbL, © its contributors, from
// Kemendagri's codes): every province and regency/city of Indonesia, and the districts and villages of Nusa
// Tenggara Timur (code 53). Read from its CSV files once, on first use, and indexed by normalised name with
// the short forms people type, built from the names themselves: initials ("Timor Tengah Selatan" → TTS,
// "Sumba Barat Daya" → SBD) and syllable + direction ("Manggarai Barat" → Mabar, "Jakarta Selatan" → Jaksel,
// "Jawa Timur" → Jatim); towns and nicknames that no rule gives are in place-aliases.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fold } from './normalise.ts';
import aliasFile from './place-aliases.json' with { type: 'json' };
import nttRegions from './ntt-regions.json' with { type: 'json' };

export type Level = 'province' | 'regency' | 'district' | 'village';
export const LEVELS: readonly Level[] = ['province', 'regency', 'district', 'village'];
export const NTT = '53';

export interface Area {
  code: string;
  level: Level;
  /** as the list writes it: "Kabupaten Sumba Barat Daya", "Kota Kupang", "Kupang Tengah", "Oelnasi" */
  name: string;
  /** the name without "Kabupaten"/"Kota (Administrasi)": "Sumba Barat Daya", "Kupang" */
  short: string;
  /** regencies: a city (kota) or a regency (kabupaten) */
  kind?: 'kota' | 'kabupaten';
}

export interface IndexEntry {
  area: Area;
  /** matched through a short form rather than the name */
  alias: boolean;
}

export interface PlaceData {
  areas: Map<string, Area>;
  /** normalised name or short form → areas */
  index: Map<string, IndexEntry[]>;
  /** index keys by first letter and length ("k7" → ["kambera", …]), for spelling mistakes */
  keysByShape: Map<string, string[]>;
  children: Map<string, Area[]>;
  loadMs: number;
}

/** Lower case, no accents, no apostrophes, words separated by one space: "Oe'ekam" → "oeekam". */
export const placeKey = (s: string): string =>
  fold(s)
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A copy of a cell that does not hold its file: V8 keeps a substring of 13 characters or more (split's
 * cells, as a village's code "53.01.01.2001") as a slice of the whole text, so the 3,400 NTT villages kept
 * held villages.csv of all Indonesia (5.4 MB of the server's heap, found in a heap snapshot).
 */
const ownCopy = (cell: string): string => Buffer.from(cell, 'utf8').toString('utf8');

/** The rows `keep` accepts, their cells copied out of the file's text (ownCopy). */
function csvRows(file: string, keep: (cells: string[]) => boolean = () => true): string[][] {
  const rows: string[][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue;
    const cells = line.includes('"')
      ? [...line.trim().matchAll(/"((?:[^"]|"")*)"|([^,]*)/g)].filter((m, i, all) => m[0] !== '' || (i > 0 && all[i - 1]![0] === '')).map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"'))
      : line.trim().split(',');
    if (keep(cells)) rows.push(cells.map(ownCopy));
  }
  return rows;
}

const DIRECTIONS: Record<string, string[]> = {
  barat: ['bar', 'brt'],
  timur: ['tim', 'tmr'],
  utara: ['ut', 'utr', 'tara'],
  selatan: ['sel', 'sltn'],
  tengah: ['teng', 'tgh'],
  tenggara: ['tra', 'tgr'],
  pusat: ['pus', 'pst'],
  'barat daya': ['bd', 'barda', 'bardaya'],
  'barat laut': ['barlut'],
};

/** The short forms of a name: initials of three or more words, syllable + direction. */
export function shortForms(short: string, vocabulary: Set<string>): string[] {
  const words = placeKey(short).split(' ');
  const out = new Set<string>();
  if (words.length >= 3) out.add(words.map((w) => w[0]).join(''));
  if (words.length >= 2) {
    const dir = words.slice(1).join(' ');
    const abbrevs = DIRECTIONS[dir];
    if (abbrevs) {
      for (const len of [2, 3, 4]) {
        const head = words[0]!.slice(0, len);
        if (head.length < len) continue;
        for (const a of abbrevs) out.add(head + a);
      }
      // "Manggarai Brt", "Sumba Tmr"
      for (const a of abbrevs) out.add(`${words[0]} ${a}`);
    }
  }
  return [...out].filter((f) => f.length >= 3 && !vocabulary.has(f) && f !== placeKey(short));
}

let data: PlaceData | null = null;

export function placeData(vocabulary: Set<string>): PlaceData {
  if (data) return data;
  const started = performance.now();
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');
  const areas = new Map<string, Area>();
  const add = (a: Area) => areas.set(a.code, a);
  for (const [code, name] of csvRows(path.join(dir, 'provinces.csv'))) {
    const short = name!.replace(/^Daerah (Khusus Ibukota|Istimewa) /, '');
    add({ code: code!, level: 'province', name: name!, short });
  }
  for (const [code, , name] of csvRows(path.join(dir, 'regencies.csv'))) {
    const kind = name!.startsWith('Kota') ? 'kota' : 'kabupaten';
    add({ code: code!, level: 'regency', name: name!, short: name!.replace(/^(Kabupaten|Kota)( Administrasi)? /, ''), kind });
  }
  const inNtt = (cells: string[]) => cells[1]!.startsWith(NTT + '.');
  for (const [code, , name] of csvRows(path.join(dir, 'districts.csv'), inNtt)) add({ code: code!, level: 'district', name: name!, short: name! });
  for (const [code, , name] of csvRows(path.join(dir, 'villages.csv'), inNtt)) add({ code: code!, level: 'village', name: name!, short: name! });

  const index = new Map<string, IndexEntry[]>();
  const put = (key: string, area: Area, alias: boolean) => {
    if (!key) return;
    const list = index.get(key) ?? [];
    if (!list.some((e) => e.area.code === area.code)) list.push({ area, alias });
    index.set(key, list);
  };
  const children = new Map<string, Area[]>();
  for (const a of areas.values()) {
    put(placeKey(a.short), a, false);
    if (a.short !== a.name) put(placeKey(a.name), a, false);
    // "Kota Soe", "Kota Waingapu": districts named after their town are typed without "Kota"
    if (a.level === 'district' && /^Kota /.test(a.name)) put(placeKey(a.name.slice(5)), a, true);
    if (a.level === 'province' || a.level === 'regency') for (const f of shortForms(a.short, vocabulary)) put(f, a, true);
    if (a.level === 'province' && a.short !== a.name) {
      // "Daerah Khusus Ibukota Jakarta" → DKI, "Daerah Istimewa Yogyakarta" → DIY
      const initials = placeKey(a.name).split(' ').map((w) => w[0]).join('');
      put(initials, a, true);
      if (initials.length >= 4) put(initials.slice(0, -1), a, true);
    }
    const parent = a.level === 'province' ? null : a.code.slice(0, a.code.lastIndexOf('.')) || null;
    const parentCode = a.level === 'regency' ? a.code.slice(0, 2) : parent;
    if (parentCode) children.set(parentCode, [...(children.get(parentCode) ?? []), a]);
  }
  for (const [key, code] of Object.entries(aliasFile.aliases)) {
    const a = areas.get(code);
    if (a) put(placeKey(key), a, true);
  }
  // the town each NTT regency is governed from, as the project's reference data has it ("Maumere" → Sikka,
  // "Ba'a" → Rote Ndao, "Labuan Bajo" → Manggarai Barat): people name the town, not the regency; a district
  // of the same name ("Kota Soe") keeps its own entry beside the regency
  for (const r of nttRegions.regions) {
    const a = areas.get(r.code);
    if (a && placeKey(r.seat) !== placeKey(a.short)) put(placeKey(r.seat), a, true);
  }
  const keysByShape = new Map<string, string[]>();
  for (const key of index.keys()) {
    const shape = key[0]! + key.length;
    const list = keysByShape.get(shape);
    if (list) list.push(key);
    else keysByShape.set(shape, [key]);
  }
  data = { areas, index, keysByShape, children, loadMs: performance.now() - started };
  return data;
}

/** The NTT regencies on each island of several regencies ("flores" → the eight of Flores), by island key. */
export function islandRegencies(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of nttRegions.regions) out.set(placeKey(r.island), [...(out.get(placeKey(r.island)) ?? []), r.code]);
  for (const [island, codes] of out) if (codes.length < 2) out.delete(island);
  return out;
}

/** The area a code belongs to at a higher level: parentAt("53.01.08.2006", "regency") → Kabupaten Kupang. */
export function parentAt(d: PlaceData, code: string, level: Level): Area | undefined {
  const len = { province: 1, regency: 2, district: 3, village: 4 }[level];
  const parts = code.split('.');
  return parts.length < len ? undefined : d.areas.get(parts.slice(0, len).join('.'));
}
