// Telegram refuses messages over 4096 characters and captions over 1024. Long texts (a big order summary,
// a long product description) are cut at the last paragraph, line or word break that fits.
export const MAX_MESSAGE_CHARS = 4096;
export const MAX_CAPTION_CHARS = 1024;

export function splitText(text: string, max = MAX_MESSAGE_CHARS): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    // prefer a paragraph break, then a line break, then a space, as long as it keeps at least half a part
    const breakAt = ['\n\n', '\n', ' '].map((sep) => window.lastIndexOf(sep)).find((at) => at >= max / 2);
    let cut = breakAt ?? max;
    // never cut between the two halves of an emoji or other astral character
    const code = rest.charCodeAt(cut - 1);
    if (cut === max && code >= 0xd800 && code <= 0xdbff) cut -= 1;
    const head = rest.slice(0, cut).trimEnd();
    if (head) parts.push(head);
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (parts.length === 0) return [text]; // short enough: untouched
  if (rest.trimEnd()) parts.push(rest.trimEnd());
  return parts;
}
