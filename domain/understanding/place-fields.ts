// A resolved place as the fields a registration or an address stores: names as the national list writes
// them, and the regency's code (the catalogue's region code is the Kemendagri code, e.g. "53.01").
import type { PlaceResolution } from './places.ts';

export function fieldsOfPlace(p: PlaceResolution): Record<string, string> {
  const out: Record<string, string> = {};
  if (p.village) out.village = p.village.name;
  if (p.district) out.district = p.district.name;
  if (p.regency) {
    out.regionCode = p.regency.code;
    out.regionName = p.regency.name;
  }
  if (p.province) out.province = p.province.name;
  // "desa Beiposo" that the list does not know: kept as typed for a person to confirm
  const village = p.unmatched.find((u) => u.level === 'village');
  if (!p.village && village) out.villageTyped = village.text;
  return out;
}
