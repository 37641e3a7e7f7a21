// The unit a product is sold by, in the reader's language and number: the units producers pick or type
// ("lembar", "bungkus", "btl") come from locales/<lang>/units.json with i18next plurals ("per piece",
// "3 packs"); a unit nobody listed is shown as the producer typed it.
import { i18n, type TFunction } from './i18n.ts';
import { normalizeText } from '../search/normalize.ts';

// spellings people type for the same unit → its key in units.json
const ALIASES: Record<string, string> = {
  pc: 'pcs',
  pcs: 'pcs',
  piece: 'pcs',
  pieces: 'pcs',
  buah: 'pcs',
  bh: 'pcs',
  biji: 'pcs',
  item: 'pcs',
  unit: 'pcs',
  each: 'pcs',
  kg: 'kg',
  kgs: 'kg',
  kilo: 'kg',
  kilogram: 'kg',
  g: 'gram',
  gr: 'gram',
  grm: 'gram',
  gram: 'gram',
  grams: 'gram',
  l: 'liter',
  lt: 'liter',
  ltr: 'liter',
  liter: 'liter',
  liters: 'liter',
  litre: 'liter',
  lembar: 'lembar',
  lbr: 'lembar',
  sheet: 'lembar',
  helai: 'lembar',
  botol: 'botol',
  btl: 'botol',
  bottle: 'botol',
  bungkus: 'bungkus',
  bungkusan: 'bungkus',
  bks: 'bungkus',
  packet: 'bungkus',
  pak: 'pak',
  pack: 'pak',
  pax: 'pak',
  toples: 'toples',
  stoples: 'toples',
  kotak: 'kotak',
  dus: 'kotak',
  ikat: 'ikat',
  sisir: 'sisir',
  karung: 'karung',
  set: 'set',
  pasang: 'pasang',
};

/** The units.json key of a unit as stored ("Bks" → "bungkus"), or null when it is not a listed unit. */
export function unitKey(unit: string): string | null {
  return ALIASES[normalizeText(unit)] ?? null;
}

/** "per {{unit}}" wants count 1; "{{stock}} {{unit}}" the stock. */
export function unitName(t: TFunction, unit: string, count = 1): string {
  const key = unitKey(unit);
  return key && i18n.exists(`units:${key}_other`) ? t(`units:${key}`, { count }) : unit;
}
