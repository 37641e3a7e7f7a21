// Inline buttons carry "c|<menuToken>|<value>" as callback_data. Telegram caps callback_data at 64 bytes, so
// the token is dropped when token + value do not fit (the engine then cannot tell a stale tap, but the tap
// still works); a value that cannot fit even alone is a programming error and throws at render time.
export const CALLBACK_PREFIX = 'c';
export const MAX_CALLBACK_BYTES = 64;
const MAX_TOKEN_CHARS = 32; // inboundEventSchema: menuToken max 32

export interface DecodedChoice {
  value: string;
  menuToken?: string;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function encodeCallbackData(value: string, menuToken?: string): string {
  const token = menuToken && !menuToken.includes('|') && menuToken.length <= MAX_TOKEN_CHARS ? menuToken : '';
  const full = `${CALLBACK_PREFIX}|${token}|${value}`;
  if (bytes(full) <= MAX_CALLBACK_BYTES) return full;
  const bare = `${CALLBACK_PREFIX}||${value}`;
  if (bytes(bare) <= MAX_CALLBACK_BYTES) return bare;
  throw new Error(`option value is too long for a Telegram button (${bytes(value)} bytes, max ${MAX_CALLBACK_BYTES - 3})`);
}

/** Anything we did not encode (old formats, other bots' buttons) decodes to an empty value: "outdated". */
export function decodeCallbackData(data: string | undefined): DecodedChoice {
  if (!data || !data.startsWith(`${CALLBACK_PREFIX}|`)) return { value: '' };
  const rest = data.slice(CALLBACK_PREFIX.length + 1);
  const bar = rest.indexOf('|');
  if (bar < 0) return { value: '' };
  const token = rest.slice(0, bar);
  const value = rest.slice(bar + 1);
  if (token.length > MAX_TOKEN_CHARS) return { value: '' };
  return token ? { value, menuToken: token } : { value };
}
