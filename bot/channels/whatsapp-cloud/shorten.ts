// Fits a label into one of WhatsApp's small fields (button title 20, row title 24, description 72, caption
// 1024). The rule: a text that fits is left alone; a longer one is cut at the last word boundary that
// leaves room for "…" and the ellipsis is added; only a single word longer than most of the field is cut
// inside the word, and then too with the ellipsis. Emoji and other surrogate pairs are never split. Length
// is counted in UTF-16 units, as WhatsApp (and whatsapp-api-js's checks) count it.
export const ELLIPSIS = '…';

/** How far back a word boundary may be before cutting inside the word is the better choice. */
const MIN_KEPT_SHARE = 0.6;

export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = max - ELLIPSIS.length;
  let cut = '';
  for (const ch of clean) {
    if (cut.length + ch.length > room) break;
    cut += ch;
  }
  // the character after the cut starts a new word: the cut already ends on a boundary
  const nextChar = clean.charAt(cut.length);
  if (nextChar !== ' ') {
    const lastSpace = cut.lastIndexOf(' ');
    if (lastSpace >= Math.floor(room * MIN_KEPT_SHARE)) cut = cut.slice(0, lastSpace);
  }
  return `${cut.replace(/[\s,.;:·\-–—/(]+$/u, '')}${ELLIPSIS}`;
}
