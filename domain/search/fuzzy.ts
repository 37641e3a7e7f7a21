// Tolerant matching of short typed names (a regency, a category) against a small list, in memory.
import { normalizeText } from './normalize.ts';

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const out = new Set<string>();
  for (let i = 0; i < padded.length - 2; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Jaccard similarity of trigram sets, 0..1, like pg_trgm's similarity(). */
export function similarity(a: string, b: string): number {
  const ta = trigrams(normalizeText(a));
  const tb = trigrams(normalizeText(b));
  let common = 0;
  for (const g of ta) if (tb.has(g)) common++;
  return common / (ta.size + tb.size - common || 1);
}

/**
 * The best candidate for a typed name: exact or contained matches first, then trigram similarity above
 * `threshold`. Returns null when nothing is close or two candidates are equally close.
 */
export function bestMatch<T>(query: string, items: T[], names: (item: T) => string[], threshold = 0.35): T | null {
  const q = normalizeText(query);
  if (q.length < 2) return null;
  const scored = items
    .map((item) => {
      const score = Math.max(
        ...names(item).map((n) => {
          const nn = normalizeText(n);
          if (nn === q) return 2;
          if (q.length >= 4 && nn.includes(q)) return 1 + q.length / nn.length / 2;
          return similarity(q, nn);
        }),
      );
      return { item, score };
    })
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < threshold) return null;
  if (second && second.score === first.score) return null;
  return first.item;
}
