// Which language a first message is written in, from the words that mark each language
// (locales/<lang>/intents.json "languageWords": greetings, verbs of will, everyday nouns). A message with more
// words of one language than of the other is in that language; anything else (a name, "ok", a number) says
// nothing, and the caller keeps the language it had (Indonesian by default).
import { languages, loadLocaleFiles, type Lang } from '../../domain/lib/i18n.ts';
import { normalizeText } from '../../domain/search/normalize.ts';

const markers: Map<Lang, Set<string>> = new Map(
  languages.map((lang) => {
    const list = loadLocaleFiles(lang).intents?.languageWords;
    const words = typeof list === 'string' ? list.split('|').map((w) => normalizeText(w)).filter(Boolean) : [];
    return [lang, new Set(words)];
  }),
);

/** "hello", "hi, I want to sell coffee" → en; "halo", "mau jual kopi" → id; "Budi", "ok", "2" → null. */
export function detectLanguage(text: string): Lang | null {
  const words = normalizeText(text).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const scores = languages.map((lang) => ({ lang, score: words.filter((w) => markers.get(lang)?.has(w)).length }));
  scores.sort((a, b) => b.score - a.score);
  const [first, second] = scores;
  if (!first || first.score === 0 || (second && second.score === first.score)) return null;
  return first.lang;
}
