// What a typed search asks for, read once before the catalogue is searched (issue 25): "ada tenun dari alor
// ga" is the product word "tenun" from producers in Kabupaten Alor, not five words to match anywhere in a
// product's text. The text is normalised with the lexicon (ga → tidak, yg → yang), the regency it names is
// read from the national area list (places.ts: names, short forms, and regency seats such as Kalabahi,
// Maumere, Labuan Bajo) and becomes a filter, and the words of the question itself (locales/<lang>/
// lexicon.json "searchNoise": ada, dari, apa, is there any …) are dropped. Words that name nothing the
// catalogue could hold stay: a misspelt product still reaches the typo-tolerant search.
import { guessLang, normalise } from './normalise.ts';
import { lexicon, type Lang } from './lexicon.ts';
import { resolvePlace } from './places.ts';
import { islandRegencies, NTT, placeKey } from './places-data.ts';

export interface SearchQuery {
  /** the words to look for in products, space-separated (may be empty: only a place was named) */
  text: string;
  /** the NTT regency named ("alor", "kalabahi", "kab. alor"): only its producers' products */
  regionCode?: string;
  /** how the regency is written in the area list ("Kabupaten Alor"), to say what was understood */
  regionName?: string;
  /** an island of several regencies named instead ("kopi flores"): its regencies */
  regionCodes?: string[];
}

/** Reads a search text; the words are left as typed when they are nothing but question words. */
export function readSearchQuery(input: string, lang?: Lang): SearchQuery {
  const typed = input.slice(0, 200);
  const language = lang ?? guessLang(typed) ?? 'id';
  const region = regencyNamed(typed);
  const island = region ? null : islandNamed(typed);
  const rest = region ? cutSpans(typed, region.spans) : island ? cutSpans(typed, [island.span]) : typed;
  const noise = new Set([...lexicon('id').searchNoise, ...lexicon('en').searchNoise, ...lexicon(language).fillers]);
  const honorifics = new Set([...lexicon('id').honorifics, ...lexicon('en').honorifics]);
  const words = normalise(rest, language)
    .tokens.filter((t) => t.kind === 'word')
    .flatMap((t) => t.norm.split(/\s+/))
    .filter((w) => w && !noise.has(w) && !honorifics.has(w));
  // nothing but question words and no place ("ada apa"): search what was typed, as before
  const text = words.length || region || island ? words.join(' ') : typed;
  return { text, ...(region ? { regionCode: region.code, regionName: region.name } : {}), ...(island ? { regionCodes: island.codes } : {}) };
}

/** The one NTT regency a search names, read only when the reading is sure (no ambiguity, no conflict). */
function regencyNamed(text: string): { code: string; name: string; spans: { start: number; end: number }[] } | null {
  const place = resolvePlace(text, { scope: 'indonesia' });
  const regency = place?.regency;
  if (!place || !regency || place.ambiguous || place.conflicts.length || !regency.code.startsWith(NTT + '.')) return null;
  // a province alone ("ntt") narrows nothing here: every producer is in NTT
  if (!place.named.includes('regency')) return null;
  return { code: regency.code, name: regency.name, spans: place.spans };
}

/** "Flores", "Sumba", "Timor": an island of several regencies, read as a word of its own. */
function islandNamed(text: string): { codes: string[]; span: { start: number; end: number } } | null {
  const islands = islandRegencies();
  for (const m of text.matchAll(/[\p{L}']+/gu)) {
    const codes = islands.get(placeKey(m[0]));
    if (codes) return { codes, span: { start: m.index, end: m.index + m[0].length } };
  }
  return null;
}

function cutSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, s.start) + ' ';
    at = s.end;
  }
  return out + text.slice(at);
}
