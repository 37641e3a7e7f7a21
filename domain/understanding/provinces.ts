// Indonesia's provinces and regencies for checking a delivery address, from the national area list
// (places-data.ts, idn-area-data) — the one place list of the project: the province picker's names, a
// typed province ("jatim", "east java", "DKI"), and the provinces a typed regency or city lies in ("Banjar":
// a city in Jawa Barat and a regency in Kalimantan Selatan).
import { bestMatch } from '../search/fuzzy.ts';
import { lexicon } from './lexicon.ts';
import { parentAt, placeData, placeKey, type Area } from './places-data.ts';

export interface Province {
  code: string;
  /** as addresses write it: "DKI Jakarta", "DI Yogyakarta", "Jawa Timur" */
  name: string;
}

const data = () => placeData(lexicon('id').vocabulary);

/** "Daerah Khusus Ibukota Jakarta" → "DKI Jakarta", "Daerah Istimewa Yogyakarta" → "DI Yogyakarta". */
export function provinceName(area: Area): string {
  return area.name.replace(/^Daerah Khusus Ibukota /, 'DKI ').replace(/^Daerah Istimewa /, 'DI ');
}

/** Every province, in the order of their codes (Aceh … Papua Barat Daya). */
export function provinces(): Province[] {
  return [...data().areas.values()].filter((a) => a.level === 'province').map((a) => ({ code: a.code, name: provinceName(a) }));
}

/** The province of an area of the list (a regency's, a village's, or itself). */
export function provinceOfArea(area: Area | undefined): Province | undefined {
  const p = area && (area.level === 'province' ? area : parentAt(data(), area.code, 'province'));
  return p ? { code: p.code, name: provinceName(p) } : undefined;
}

let provinceKeys: { province: Province; keys: string[] }[] | null = null;

/** A typed province by any of its names and short forms, one typo forgiven in longer ones. */
export function findProvince(text: string): Province | undefined {
  provinceKeys ??= (() => {
    const byCode = new Map<string, { province: Province; keys: string[] }>();
    for (const [key, entries] of data().index) {
      for (const { area } of entries) {
        if (area.level !== 'province') continue;
        const entry = byCode.get(area.code) ?? { province: { code: area.code, name: provinceName(area) }, keys: [placeKey(provinceName(area))] };
        entry.keys.push(key);
        byCode.set(area.code, entry);
      }
    }
    return [...byCode.values()];
  })();
  return bestMatch(text, provinceKeys, (p) => p.keys)?.province;
}

/** Whether the text is a province's name or short form and nothing else. */
export function isProvinceName(text: string): boolean {
  return (data().index.get(placeKey(text)) ?? []).some((e) => e.area.level === 'province');
}

/** Regencies and cities by their names, short forms and towns: key → the regencies (every province). */
export function regencyIndex(): Map<string, Area[]> {
  const out = new Map<string, Area[]>();
  for (const [key, entries] of data().index) {
    const regencies = entries.filter((e) => e.area.level === 'regency').map((e) => e.area);
    if (regencies.length) out.set(key, regencies);
  }
  return out;
}

/** Every regency and city outside NTT as the list writes it ("Kota Surabaya"), sorted: suggestions for a city field. */
export function regencyNames(): string[] {
  return [...data().areas.values()].filter((a) => a.level === 'regency' && !a.code.startsWith('53.')).map((a) => a.name).sort((a, b) => a.localeCompare(b));
}
