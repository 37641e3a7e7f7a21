// Text channels answer a menu by number ("2"), in words ("dua", "yang kedua") or by the option's words
// ("keranjang", "pembli" with a typo, "buyer" in the other language, "iya" for Yes); this maps such a reply
// back to the option's value. The numbering is the order of the options that carry a value, the same
// numbering the WhatsApp and console renderers print. Anything doubtful (two options equally close) is not
// a match: the step then answers as for free text.
import { normalizeText } from '../../domain/search/normalize.ts';
import type { StoredMenu } from '../../domain/repositories/conversation.repository.ts';
import { contentWords, editDistance, intentOf, numberOf, typosAllowed, wordOf } from './intents.ts';
import { otherLanguageLabels } from './label-translations.ts';

const YES_VALUES = new Set(['yes', 'confirm', 'submit']);
const NO_VALUES = new Set(['no']);

interface Candidate {
  value: string;
  /** the label and its translations, normalised */
  names: string[];
}

/** 3 = the whole label, 2 = a word of it, 1 = close to it or sharing a long word with it; 0 = no. */
function score(wanted: string, name: string): number {
  if (name === wanted) return 3;
  const words = name.split(' ');
  if (wanted.length >= 3 && (name.startsWith(wanted) || words.includes(wanted))) return 2;
  if (wanted.length >= 4 && words.some((w) => w.startsWith(wanted))) return 2;
  // "saya pembeli", "I am a buyer": once filler words are left out, only words of the label remain
  const typedWords = wanted.split(' ');
  const meaning = contentWords(wanted);
  if (typedWords.length > 1 && meaning.length > 0 && meaning.every((w) => words.includes(w))) return 1;
  const allowed = typosAllowed(wanted.length);
  if (allowed === 0) return 0;
  if (editDistance(wanted, name, allowed) <= allowed) return 1;
  // a typo in one word of a longer label ("pembli" for "🛍 Pembeli", "tenun ikt" for "Tenun Ikat")
  if (words.some((w) => w.length >= 4 && editDistance(wanted, w, allowed) <= allowed)) return 1;
  const typed = wanted.split(' ');
  if (typed.length > 1 && typed.length <= words.length) {
    const start = words.slice(0, typed.length);
    if (typed.every((w, i) => editDistance(w, start[i]!, typosAllowed(start[i]!.length)) <= typosAllowed(start[i]!.length))) return 1;
  }
  return 0;
}

function unique(candidates: Candidate[], wanted: string): string | null {
  // the label as shown counts a little more than its translation (two labels can share a translation)
  const scored = candidates.map((c) => ({ value: c.value, score: Math.max(...c.names.map((n, i) => score(wanted, n) * (i === 0 ? 1 : 0.9))) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best === 0) return null;
  const top = scored.filter((s) => s.score === best);
  return top.length === 1 ? top[0]!.value : null;
}

export function matchMenuReply(menu: StoredMenu | null, text: string): string | null {
  if (!menu || menu.items.length === 0) return null;
  const trimmed = text.trim().replace(/[.)]$/, '');
  if (/^\d{1,2}$/.test(trimmed)) {
    const item = menu.items[Number(trimmed) - 1];
    return item ? item.value : null;
  }
  const wanted = normalizeText(text);
  if (!wanted) return null;
  const candidates: Candidate[] = menu.items.map((i) => {
    const label = normalizeText(i.label);
    return { value: i.value, names: [label, ...otherLanguageLabels(label)] };
  });
  const shown = candidates.filter((c) => c.names[0] === wanted);
  if (shown.length === 1) return shown[0]!.value;
  const exact = candidates.filter((c) => c.names.includes(wanted));
  if (exact.length === 1) return exact[0]!.value;
  // "iya" / "gak": the menu's Yes / No (by value, or a label that is itself such a word)
  const word = wordOf(wanted);
  if (word === 'yes' || word === 'no') {
    const values = word === 'yes' ? YES_VALUES : NO_VALUES;
    const hits = candidates.filter((c) => values.has(c.value) || c.names.some((n) => wordOf(n) === word));
    if (hits.length === 1) return hits[0]!.value;
  }
  // "dua", "yang kedua", "no 3"
  const n = numberOf(wanted);
  if (n !== null && !/^\d+$/.test(wanted)) {
    const item = menu.items[n - 1];
    if (item) return item.value;
  }
  // close spellings only when the words are not something else the user means ("cari kopi" is a search,
  // not the "Cari produk" button)
  if (wanted.length < 3 || intentOf(wanted)) return null;
  return unique(candidates, wanted);
}
