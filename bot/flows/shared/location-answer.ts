// "Desa Prailiu, Kec. Kambera, Sumba Timur" / "desa Beiposo kec Bajawa kab Ngada" / "Prailiu, Kambera, Sumba
// Timr": one answer read into village, district and one of the 22 regencies. Pieces are cut at commas and at
// the place words of locales/<lang>/intents.json "places" (desa, kel, kec, kab, kota ...); a piece without a
// place word is placed by its order (people write small to large: village, district, regency). The regency is
// matched typo-tolerantly; a regency that was named but matches none is reported, never guessed. Pure.
import { languages, loadLocaleFiles } from '../../../domain/lib/i18n.ts';
import { bestMatch } from '../../../domain/search/fuzzy.ts';
import { normalizeText } from '../../../domain/search/normalize.ts';
import { editDistance, typosAllowed } from '../../core/intents.ts';

export type PlaceKind = 'village' | 'district' | 'regency';

export interface RegionLike {
  code: string;
  name: string;
  shortName: string;
  type: string;
  seat: string;
}

export interface LocationAnswer<R extends RegionLike> {
  region?: R;
  /** a regency was named ("kab Jakarta") but is none of NTT's: refused, as typed */
  regionRefused?: string;
  district?: string;
  village?: string;
}

/** place word (normalised, one or two words) → what it names; "kota"/"city" also says the regency is a city */
const placeWords = new Map<string, PlaceKind>();
const cityWords = new Set(['kota', 'kotamadya', 'city']);
for (const lang of languages) {
  const places = loadLocaleFiles(lang).intents?.places;
  if (!places || typeof places !== 'object') continue;
  for (const kind of ['village', 'district', 'regency'] as const) {
    const list = places[kind];
    if (typeof list === 'string') for (const w of list.split('|')) if (normalizeText(w)) placeWords.set(normalizeText(w), kind);
  }
}

interface Piece {
  kind: PlaceKind | null;
  city: boolean;
  words: string[];
}

/** Cuts the answer at commas and place words: "desa Beiposo kec Bajawa" → [village Beiposo] [district Bajawa]. */
function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const segment of text.split(/[,;\n/]+/)) {
    const words = segment.trim().split(/\s+/).filter((w) => normalizeText(w));
    let current: Piece | null = null;
    for (let i = 0; i < words.length; i++) {
      const two = i + 1 < words.length ? normalizeText(`${words[i]} ${words[i + 1]}`) : '';
      const one = normalizeText(words[i]!);
      const span = placeWords.has(two) ? 2 : placeWords.has(one) ? 1 : 0;
      // a place word starts a piece when something follows it ("Kota Kupang", not a village called "Kota")
      if (span > 0 && i + span < words.length) {
        const word = span === 2 ? two : one;
        current = { kind: placeWords.get(word)!, city: cityWords.has(word), words: [] };
        pieces.push(current);
        i += span - 1;
        continue;
      }
      if (!current) {
        current = { kind: null, city: false, words: [] };
        pieces.push(current);
      }
      current.words.push(words[i]!);
    }
  }
  return pieces.filter((p) => p.words.length > 0);
}

/** A name as people expect to see it: typed all lower case → "Beiposo", otherwise as typed. */
function tidy(words: string[]): string {
  const text = words.join(' ').replace(/^[\s.:-]+|[\s.:-]+$/g, '');
  return text === text.toLowerCase() ? text.replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase()) : text;
}

/** Exactly (or with a typo or two) a regency's short name, full name or seat. */
function strictRegion<R extends RegionLike>(text: string, regions: R[]): R | null {
  const q = normalizeText(text);
  if (q.length < 3) return null;
  const hits = regions.filter((r) =>
    [r.shortName, r.name, r.seat].some((n) => {
      const nn = normalizeText(n);
      const allowed = typosAllowed(nn.length);
      return nn === q || (allowed > 0 && editDistance(q, nn, allowed) <= allowed);
    }),
  );
  return hits.length === 1 ? hits[0]! : null;
}

function namedRegion<R extends RegionLike>(piece: Piece, regions: R[]): R | null {
  const text = piece.words.join(' ');
  // "kab Kupang" and "Kota Kupang" are two regencies: the place word says which kind
  const kinds = piece.kind === 'regency' ? regions.filter((r) => (r.type === 'kota') === piece.city) : regions;
  return strictRegion(piece.city ? `Kota ${text}` : text, kinds) ?? bestMatch(text, kinds, (r) => (r.type === 'kota' ? [r.name, r.seat] : [r.shortName, r.name, r.seat]));
}

export function parseLocation<R extends RegionLike>(text: string, regions: R[]): LocationAnswer<R> {
  const pieces = piecesOf(text);
  const answer: LocationAnswer<R> = {};
  const labelled = pieces.find((p) => p.kind === 'regency');
  if (labelled) {
    const region = namedRegion(labelled, regions);
    if (region) answer.region = region;
    else answer.regionRefused = tidy(labelled.words);
    pieces.splice(pieces.indexOf(labelled), 1);
  } else {
    const last = pieces.at(-1);
    if (last && last.kind === null) {
      const whole = namedRegion(last, regions);
      if (whole) {
        answer.region = whole;
        pieces.pop();
      } else if (pieces.length >= 3) {
        // a third piece after village and district can only be the regency: typed as none of NTT's
        answer.regionRefused = tidy(last.words);
        pieces.pop();
      }
    }
    // "desa Beiposo kec Bajawa Ngada": the regency at the end of the last piece, without a comma
    const tail = pieces.at(-1);
    if (!answer.region && !answer.regionRefused && tail) {
      for (let k = Math.min(3, tail.words.length - 1); k >= 1; k--) {
        const region = strictRegion(tail.words.slice(-k).join(' '), regions);
        if (region) {
          answer.region = region;
          tail.words = tail.words.slice(0, -k);
          break;
        }
      }
    }
  }
  for (const piece of pieces) {
    const value = tidy(piece.words);
    if (value.length < 2 || !/\p{L}/u.test(value)) continue;
    const kind = piece.kind === 'village' || piece.kind === 'district' ? piece.kind : !answer.village && !pieces.some((p) => p.kind === 'village') ? 'village' : 'district';
    if (!answer[kind]) answer[kind] = value.slice(0, 100);
  }
  return answer;
}

/** An answer to "which district?" / "which village?": "Kec. Bajawa" → "Bajawa"; null when it names nothing. */
export function placeName(text: string): string | null {
  const words = text.trim().split(/\s+/).filter((w) => normalizeText(w));
  const two = words.length > 2 ? normalizeText(`${words[0]} ${words[1]}`) : '';
  const span = placeWords.has(two) ? 2 : words.length > 1 && placeWords.has(normalizeText(words[0]!)) ? 1 : 0;
  const value = tidy(words.slice(span));
  return /\p{L}/u.test(value) && value.length >= 2 ? value.slice(0, 100) : null;
}
