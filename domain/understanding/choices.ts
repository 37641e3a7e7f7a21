// Typed words against a set of choices — the current step's buttons, the buttons of a notification, the
// menu: "2", "no 2", "yang kedua", the label's words ("terima" for "✅ Terima pesanan"), or the label with a
// wrong letter ("konfirmasi pembayran"). Several equally good matches are reported, not guessed.
import { lexicon, type Lang } from './lexicon.ts';
import { normalise } from './normalise.ts';
import { parseAmounts } from './numbers.ts';

export interface Choice {
  value: string;
  label: string;
}

export type ChoiceMatch = { value: string; how: 'number' | 'exact' | 'words' | 'close' } | { ambiguous: string[] };

const ORDINAL = /^(ke|yang ke|yang|pilih|pilihan|nomor|no|opsi|option|number|#)?\s*/;
const ORDINAL_WORDS: Record<string, number> = { pertama: 1, kesatu: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, last: -1, terakhir: -1 };

/** words around an ordinal that only point ("the second one", "yang kedua saja") */
const POINTERS = new Set(['the', 'one', 'yang', 'ke', 'pilih', 'nomor', 'option', 'number', 'saja', 'please', 'itu', 'ini', 'mau', 'i', 'want', 'take', 'ambil']);

function words(text: string, lang: Lang): string[] {
  const n = normalise(text.replace(/\p{Extended_Pictographic}|\uFE0F/gu, ' '), lang);
  const fillers = new Set([...lexicon(lang).fillers, ...lexicon(lang).greetingWords, 'mau', 'ingin', 'saya', 'please', 'i', 'want', 'to']);
  const all = n.tokens.map((t) => t.norm);
  const content = all.filter((w) => !fillers.has(w));
  return content.length ? content : all;
}

function close(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1) || (x[0] === y[1] && x[1] === y[0] && x.slice(2) === y.slice(2));
}

/** Which choice the text means, or null. */
export function matchChoice(text: string, choices: Choice[], lang: Lang = 'id'): ChoiceMatch | null {
  if (!choices.length) return null;
  const plain = normalise(text, lang).text;
  // a number or an ordinal: "2", "no 2", "yang kedua", "nomor dua", "the second one"
  const rest = plain.replace(ORDINAL, '').trim();
  const ordinalWords = plain.split(' ').filter((w) => !POINTERS.has(w));
  const ordinal = ORDINAL_WORDS[rest] ?? (ordinalWords.length === 1 ? ORDINAL_WORDS[ordinalWords[0]!] : undefined);
  if (ordinal !== undefined) {
    const c = ordinal < 0 ? choices.at(-1) : choices[ordinal - 1];
    if (c) return { value: c.value, how: 'number' };
  }
  const nums = parseAmounts(rest, lang);
  if (nums.length === 1 && nums[0]!.kind === 'number' && nums[0]!.start === 0 && nums[0]!.end === rest.length) {
    const c = choices[nums[0]!.value - 1];
    if (c && Number.isInteger(nums[0]!.value)) return { value: c.value, how: 'number' };
  }
  const typed = words(text, lang);
  if (!typed.length) return null;
  const labels = choices.map((c) => ({ c, w: words(c.label, lang) }));
  const pick = (how: 'exact' | 'words' | 'close', hits: Choice[]): ChoiceMatch | null => {
    const unique = [...new Set(hits.map((c) => c.value))];
    if (unique.length === 1) return { value: unique[0]!, how };
    return unique.length > 1 ? { ambiguous: unique } : null;
  };
  const exact = pick('exact', labels.filter((l) => l.w.join(' ') === typed.join(' ')).map((l) => l.c));
  if (exact) return exact;
  // every typed word is a word of the label ("terima" → "Terima pesanan"), or every label word was typed
  const words_ = pick('words', labels.filter((l) => typed.every((w) => l.w.includes(w)) || (l.w.length > 0 && l.w.every((w) => typed.includes(w)) && typed.length <= l.w.length + 2)).map((l) => l.c));
  if (words_) return words_;
  const closeHit = pick('close', labels.filter((l) => typed.every((w) => l.w.some((lw) => close(w, lw)))).map((l) => l.c));
  if (closeHit) return closeHit;
  // "lihat laporan" for "📊 Laporan bulanan": the one label sharing the most words, if it shares at least half
  const scored = labels.map((l) => ({ c: l.c, n: typed.filter((w) => l.w.some((lw) => close(w, lw))).length })).sort((a, b) => b.n - a.n);
  const [first, second] = scored;
  if (first && first.n * 2 >= typed.length && first.n > 0 && (!second || second.n < first.n)) return { value: first.c.value, how: 'words' };
  return null;
}
