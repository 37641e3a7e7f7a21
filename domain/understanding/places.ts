// Where someone is, from however they typed it: "desa oelnasi kupang tengah kab kupang" → village Oelnasi,
// district Kupang Tengah, Kabupaten Kupang, without commas or place words; "SBD", "Mabar", "Manggarai Brt",
// "jaksel" from the short forms; one wrong letter forgiven. Every run of one to four words is looked up in
// the national list (places-data.ts), and the combination that fits together best wins (a village inside
// the named district inside the named regency). Two equally good answers ("bekasi": the city or the
// regency) are reported as ambiguous; a named place that does not fit the rest is reported, never dropped
// silently and never stored as typed.
import { editDistance } from '../lib/edit-distance.ts';
import { lexicon, type Lang } from './lexicon.ts';
import { tokenize } from './normalise.ts';
import { LEVELS, NTT, parentAt, placeData, placeKey, type Area, type Level, type PlaceData } from './places-data.ts';

export type { Area, Level } from './places-data.ts';

export interface PlaceOptions {
  /** 'ntt': producers (regencies, districts, villages of NTT); 'indonesia': buyers (every regency and province) */
  scope?: 'ntt' | 'indonesia';
  /** an area already known (a regency, a district): what is named must lie inside it */
  within?: string;
  /** the level the question asked for: a name that is both a district and a village is read at this level */
  prefer?: Level;
  lang?: Lang;
}

export interface PlaceMatch {
  area: Area;
  /** word positions and the span of the original text */
  from: number;
  to: number;
  start: number;
  end: number;
  hinted: boolean;
  fuzzy: boolean;
  weak: boolean;
  score: number;
}

export interface PlaceResolution {
  province?: Area;
  regency?: Area;
  district?: Area;
  village?: Area;
  /** the levels the person named; the others were implied by a named place inside them */
  named: Level[];
  /** equally good readings at one level: ask which */
  ambiguous?: { level: Level; options: Area[] };
  /** places named that do not fit the chosen ones, or lie outside `within` */
  conflicts: Area[];
  /** spans of the original text used (with their place words) */
  spans: { start: number; end: number }[];
  /** words after a place word that name nothing in the list ("desa Beiposo"): the level and the text typed */
  unmatched: { level: Level; text: string; start: number; end: number }[];
}

const HINTS: Record<string, Level> = { desa: 'village', kelurahan: 'village', dusun: 'village', kampung: 'village', village: 'village', kecamatan: 'district', district: 'district', kabupaten: 'regency', regency: 'regency', kota: 'regency', city: 'regency', provinsi: 'province', province: 'province' };
const FOREIGN = new Set(['singapore', 'singapura', 'malaysia', 'australia', 'japan', 'jepang', 'netherlands', 'belanda', 'germany', 'jerman', 'usa', 'america', 'amerika', 'timor leste', 'dili', 'hongkong', 'taiwan', 'korea', 'uk', 'england', 'inggris', 'france', 'perancis', 'brunei', 'philippines', 'filipina', 'thailand', 'china', 'tiongkok']);

/** place words that can also begin a name ("Kota Soe", "Pulau Ende", "Kepulauan Riau") */
const NAME_WORDS = new Set(['kota', 'pulau', 'kepulauan']);

interface Word {
  variants: string[];
  start: number;
  end: number;
  hint?: Level;
  hintKind?: 'kota' | 'kabupaten';
}

function words(text: string, lang: Lang): Word[] {
  const places = lexicon(lang).placeWords;
  const idPlaces = lexicon('id').placeWords;
  return tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => {
      const key = placeKey(t.lower);
      const expanded = places.get(key) ?? idPlaces.get(key);
      const std = expanded && !expanded.includes(' ') ? expanded : key;
      const w: Word = { variants: std !== key ? [key, std] : [key], start: t.start, end: t.end };
      if (HINTS[std]) {
        w.hint = HINTS[std];
        if (std === 'kota' || std === 'city') w.hintKind = 'kota';
        if (std === 'kabupaten' || std === 'regency') w.hintKind = 'kabupaten';
      }
      return w;
    });
}

// one row buffer for the whole process: the distance runs thousands of times per message

/** Optimal-string-alignment distance, giving up above `max` (and for words too long to be a place's name). */
function damerau(a: string, b: string, max: number): number {
  if (a.length > 60 || b.length > 60) return max + 1;
  return editDistance(a, b, max);
}

// The index keys within `max` of a key, remembered per key (bounded): the same words come back message after
// message ("kopi", "arabika", a buyer's name typed at each checkout), and each fresh look runs the distance
// against every key of its first letter and about its length (~0.2–0.5 ms of CPU a word run).
const FUZZY_MEMO_MAX = 5_000;
const fuzzyMemo = new WeakMap<PlaceData, Map<string, readonly string[]>>();

function keysNear(d: PlaceData, key: string, max: number): readonly string[] {
  let memo = fuzzyMemo.get(d);
  if (!memo) fuzzyMemo.set(d, (memo = new Map()));
  const memoKey = `${max}:${key}`;
  let near = memo.get(memoKey);
  if (near) return near;
  const found: string[] = [];
  for (let len = key.length - max; len <= key.length + max; len++) for (const cand of d.keysByShape.get(key[0]! + len) ?? []) if (damerau(key, cand, max) <= max) found.push(cand);
  near = found;
  if (memo.size >= FUZZY_MEMO_MAX) memo.clear();
  memo.set(memoKey, near);
  return near;
}

function* product(lists: string[][], prefix: string[] = []): Generator<string> {
  if (!lists.length) {
    yield prefix.join(' ');
    return;
  }
  for (const v of lists[0]!) yield* product(lists.slice(1), [...prefix, v]);
}

function inScope(a: Area, opts: PlaceOptions): boolean {
  if (opts.scope !== 'indonesia' && !(a.code === NTT || a.code.startsWith(NTT + '.'))) return false;
  return true;
}

const inside = (a: Area, code: string) => a.code === code || a.code.startsWith(code + '.');

function findMatches(d: PlaceData, ws: Word[], opts: PlaceOptions, vocabulary: Set<string>): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const placeWordValues = new Set(lexicon('id').placeWords.values());
  for (let from = 0; from < ws.length; from++) {
    if (ws[from]!.hint && !NAME_WORDS.has(ws[from]!.variants.at(-1)!)) continue;
    for (let to = from + 1; to <= Math.min(ws.length, from + 4); to++) {
      const slice = ws.slice(from, to);
      if (slice.slice(1).some((w) => w.hint && !NAME_WORDS.has(w.variants.at(-1)!))) break;
      const before = ws[from - 1];
      const keys = [...product(slice.map((w) => w.variants))];
      const found = new Map<string, { fuzzy: boolean }>();
      for (const key of keys) for (const e of d.index.get(key) ?? []) found.set(e.area.code, { fuzzy: false });
      const single = to - from === 1;
      const isCommon = (w: Word) => w.variants.some((v) => vocabulary.has(v) && !placeWordValues.has(v));
      const common = slice.every(isCommon);
      // spelling mistakes: only for runs of up to three words that neither begin nor end with an everyday word
      if (!found.size && keys[0]!.length >= 5 && to - from <= 3 && !isCommon(slice[0]!) && !isCommon(slice.at(-1)!)) {
        const max = keys[0]!.length >= 8 ? 2 : 1;
        for (const key of keys) for (const cand of keysNear(d, key, max)) for (const e of d.index.get(cand)!) if (!found.has(e.area.code)) found.set(e.area.code, { fuzzy: true });
      }
      for (const [code, { fuzzy }] of found) {
        const area = d.areas.get(code)!;
        if (!inScope(area, opts)) continue;
        const hinted = !!before?.hint && before.hint === area.level && (!before.hintKind || !area.kind || before.hintKind === area.kind);
        // a buyer's address names a city; a village or district of NTT there counts only when announced or
        // when it fits the city named beside it
        const minor = opts.scope === 'indonesia' && (area.level === 'village' || area.level === 'district');
        const weak = (single && (common || keys[0]!.length <= 2)) || (single && fuzzy && keys[0]!.length < 6) || minor;
        // a short form shared by a province and regencies elsewhere ("sumbar") means the province
        const province = area.level === 'province' ? 0.2 : 0;
        const preferred = opts.prefer === area.level ? 0.5 : 0;
        // "Bajawa", "Ende", "Nita": a village named like its district is read as the district unless announced
        const seat = !hinted && area.level === 'village' && placeKey(d.areas.get(area.code.slice(0, area.code.lastIndexOf('.')))?.name ?? '') === placeKey(area.name) ? 0.3 : 0;
        const score = to - from + (hinted ? 1.5 : 0) - (fuzzy ? 0.6 : 0) - (weak && !hinted ? 2 : 0) + province + preferred - seat;
        const start = hinted ? before!.start : slice[0]!.start;
        out.push({ area, from: hinted ? from - 1 : from, to, start, end: slice.at(-1)!.end, hinted, fuzzy, weak, score });
      }
    }
  }
  return out;
}

interface Combo {
  picks: PlaceMatch[];
  score: number;
}

function bestCombos(matches: PlaceMatch[], opts: PlaceOptions): Combo[] {
  const byLevel = LEVELS.map((level) =>
    matches
      .filter((m) => m.area.level === level)
      .sort((a, b) => b.score - a.score)
      .slice(0, 8),
  );
  let best: Combo[] = [];
  let bestScore = 0;
  const walk = (li: number, picks: PlaceMatch[]) => {
    if (li === LEVELS.length) {
      if (!picks.length) return;
      let score = 0;
      for (const p of picks) score += p.score;
      for (let i = 0; i < picks.length; i++)
        for (let j = i + 1; j < picks.length; j++) {
          const [hi, lo] = [picks[i]!, picks[j]!];
          if (!inside(lo.area, hi.area.code)) return;
          // fitting together counts fully between names read with confidence; a weak reading gains little
          score += lo.score > 0 && hi.score > 0 ? 1.5 : 0.5;
        }
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = [{ picks, score }];
      } else if (Math.abs(score - bestScore) < 1e-9 && score > 0) best.push({ picks, score });
      return;
    }
    walk(li + 1, picks);
    for (const m of byLevel[li]!) if (!picks.some((p) => m.from < p.to && p.from < m.to)) walk(li + 1, [...picks, m]);
  };
  walk(0, []);
  return best;
}

/** Reads the places in a text; null when it names none. */
export function resolvePlace(text: string, opts: PlaceOptions = {}): PlaceResolution | null {
  const lang = opts.lang ?? 'id';
  const vocabulary = lexicon('id').vocabulary;
  const d = placeData(vocabulary);
  // addresses and places are short: a long message is read in its first words only (a pasted essay costs no more)
  const ws = words(text.slice(0, 400), lang).slice(0, 60);
  // "kota" alone, in NTT, is how people there name Kota Kupang
  if (opts.scope !== 'indonesia' && ws.length === 1 && ws[0]!.variants.includes('kota')) return { regency: d.areas.get('53.71'), province: d.areas.get(NTT), named: ['regency'], conflicts: [], spans: [{ start: ws[0]!.start, end: ws[0]!.end }], unmatched: [] };
  // an address abroad ("Tampines St 11, Singapore 521123") names no Indonesian place
  if (opts.scope === 'indonesia' && ws.some((w) => FOREIGN.has(w.variants[0]!))) return null;
  const found = findMatches(d, ws, opts, vocabulary);
  const fitsWithin = (a: Area) => !opts.within || inside(a, opts.within) || opts.within.startsWith(a.code + '.');
  const all = found.filter((m) => fitsWithin(m.area));
  const combos = bestCombos(all, opts);
  const outside = found.filter((m) => !fitsWithin(m.area) && !m.weak);
  // "kupang tengah" outside the regency: report the district, not also the "kupang" inside its name
  const longest = outside.filter((m) => !outside.some((o) => o.to - o.from > m.to - m.from && o.from <= m.from && m.to <= o.to));
  const res: PlaceResolution = { named: [], conflicts: longest.map((m) => m.area), spans: [], unmatched: [] };
  if (!combos.length) return res.conflicts.length ? res : null;
  const top = combos[0]!;
  // a lone village name among other words ("kampung saya jauh di gunung") is no answer: only when announced
  // ("desa …"), said with its district or regency, or typed alone
  const [only] = top.picks;
  if (top.picks.length === 1 && only!.area.level === 'village' && !only!.hinted && opts.prefer !== 'village') {
    const placeWordValues = new Set(lexicon('id').placeWords.values());
    const others = ws.filter((w) => w.end <= only!.start || w.start >= only!.end).filter((w) => !w.variants.some((v) => vocabulary.has(v) || placeWordValues.has(v)) && w.variants[0]!.length > 3);
    if (others.length) return res.conflicts.length ? res : null;
  }
  for (const p of top.picks) {
    res[p.area.level] = p.area;
    res.named.push(p.area.level);
    res.spans.push({ start: p.start, end: p.end });
  }
  // equally good readings that place the person differently ("fatumnasi": the district, or the village of
  // that name in Noebana) are asked, at the highest level where they part
  const chains = combos.map((c) => {
    const lowest = [...c.picks].sort((a, b) => LEVELS.indexOf(b.area.level) - LEVELS.indexOf(a.area.level))[0]!.area;
    return LEVELS.map((level) => (level === lowest.level ? lowest : parentAt(d, lowest.code, level)));
  });
  for (const [i, level] of LEVELS.entries()) {
    const options = [...new Map(chains.map((chain) => chain[i]).filter((a): a is Area => !!a).map((a) => [a.code, a])).values()];
    if (options.length > 1) {
      res.ambiguous = { level, options };
      break;
    }
  }
  // what the named places imply: a village's district, regency and province
  const lowest = [...LEVELS].reverse().find((l) => res[l]);
  if (lowest && !res.ambiguous) for (const level of LEVELS) res[level] ??= parentAt(d, res[lowest]!.code, level);
  const used = top.picks;
  for (const m of all) {
    if (m.weak || m.score < 1 || used.some((p) => m.from < p.to && p.from < m.to)) continue;
    const fits = used.every((p) => inside(m.area, p.area.code) || inside(p.area, m.area.code));
    if (!fits && !res.conflicts.some((c) => c.code === m.area.code)) res.conflicts.push(m.area);
  }
  res.unmatched = unmatchedAfterHints(text, ws, res.spans);
  // "Beiposo, Bajawa, Ngada": people write small to large, so a first part the list does not know is the village
  if (!res.village && !res.unmatched.some((u) => u.level === 'village') && res.district) {
    const first = /^[^,;\n/]+/.exec(text);
    const used = first && res.spans.some((sp) => sp.start < first[0].length);
    if (first && !used && text.slice(first[0].length).trim() && /^\s*\p{L}[\p{L} '’.-]{1,60}$/u.test(first[0])) res.unmatched.push({ level: 'village', text: first[0].trim(), start: first.index, end: first[0].length });
  }
  return res;
}

/** "desa Beiposo": the words after a place word up to the next place word, when no area was read there. */
function unmatchedAfterHints(text: string, ws: Word[], spans: { start: number; end: number }[]): PlaceResolution['unmatched'] {
  const out: PlaceResolution['unmatched'] = [];
  ws.forEach((w, i) => {
    if (!w.hint || NAME_WORDS.has(w.variants.at(-1)!) || spans.some((s) => s.start <= w.start && w.end <= s.end)) return;
    let j = i + 1;
    while (j < ws.length && !ws[j]!.hint && !spans.some((s) => s.start <= ws[j]!.start && ws[j]!.end <= s.end) && j - i <= 3) j++;
    if (j > i + 1) out.push({ level: w.hint, text: text.slice(ws[i + 1]!.start, ws[j - 1]!.end), start: ws[i + 1]!.start, end: ws[j - 1]!.end });
  });
  return out;
}

/** Every province, for the province picker. */
export function allProvinces(): Area[] {
  const d = placeData(lexicon('id').vocabulary);
  return [...d.areas.values()].filter((a) => a.level === 'province').sort((a, b) => a.short.localeCompare(b.short));
}

/** The areas directly inside one (a province's regencies, a regency's districts, a district's villages). */
export function areasIn(code: string): Area[] {
  return placeData(lexicon('id').vocabulary).children.get(code) ?? [];
}

export function areaByCode(code: string): Area | undefined {
  return placeData(lexicon('id').vocabulary).areas.get(code);
}
