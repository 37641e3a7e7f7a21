// Inbound text from any channel, made safe to store and match: every channel's parser runs what a person
// typed through cleanInboundText before it becomes an event. Why: PostgreSQL and PGlite refuse a NUL
// character in text and jsonb (22P05) and a lone UTF-16 surrogate in jsonb (22P02), so one such message
// failed the whole turn; other control characters are never meant by a person and only confuse matching.

/** Beyond this many characters a message is refused ("too long") whatever the step; longer input is cut here first. */
export const MAX_INBOUND_TEXT = 4000;
/** What a parser keeps of an over-long text: enough to know it was too long, never megabytes in memory. */
export const INBOUND_TEXT_CAP = MAX_INBOUND_TEXT + 1;

// C0 controls except tab and line feed, DEL, C1 controls; a carriage return is handled before (CRLF → LF).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// a high surrogate not followed by a low one, or a low one not preceded by a high one
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes NUL and other control characters (keeping tabs and line breaks; CR LF and lone CR become LF),
 * replaces lone surrogates with U+FFFD, and cuts the text at `cap` characters without splitting a pair.
 */
export function cleanInboundText(raw: string, cap = INBOUND_TEXT_CAP): string {
  // cut first (with a margin for what cleaning removes) so a megabyte paste costs no more than a short one
  let text = raw.length > cap * 2 ? raw.slice(0, cap * 2) : raw;
  text = text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
  if (text.length > cap) {
    text = text.slice(0, cap);
    // a pair cut in half leaves a high surrogate at the end
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  }
  return text;
}

/** Names, captions, command arguments: cleaned the same way and cut at `max`. */
export const cleanShortText = (raw: string, max: number): string => cleanInboundText(raw, max);

/** A text too long for any step: the engine answers "too long" (engine:tooLong) instead of using it. */
export const isOverLong = (text: string): boolean => text.length > MAX_INBOUND_TEXT;

/**
 * A typed text as a parser hands it on: cleaned, or null when nothing a person could mean is left (a
 * message of control characters only); parsers answer that as an unsupported message, never silently.
 */
export function cleanTypedText(raw: string): string | null {
  const text = cleanInboundText(raw);
  return text.trim() ? text : null;
}
