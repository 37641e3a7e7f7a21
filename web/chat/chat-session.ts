// The web chat's identity: a random chat id in a signed, HttpOnly, SameSite=Lax cookie. A missing, forged
// or tampered cookie simply starts a new anonymous chat: never an error, never someone else's chat.
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getSignedCookie, setSignedCookie } from 'hono/cookie';
import { isHttps } from '../lang.ts';

export const CHAT_COOKIE = 'etalase_chat';
const HALF_YEAR_SECONDS = 182 * 24 * 60 * 60;
const chatIdPattern = /^w-[A-Za-z0-9_-]{24}$/;

export const newChatId = (): string => `w-${randomBytes(18).toString('base64url')}`;

/** The chat id of a valid cookie, or null (absent, unsigned, tampered, malformed). */
export async function readChatId(c: Context, secret: string): Promise<string | null> {
  let value: string | false | undefined;
  try {
    value = await getSignedCookie(c, secret, CHAT_COOKIE);
  } catch {
    return null; // a cookie header the parser chokes on counts as no cookie
  }
  return typeof value === 'string' && chatIdPattern.test(value) ? value : null;
}

/** The chat id of this browser, creating (and setting) a new one when the cookie is not valid. */
export async function ensureChatId(c: Context, secret: string): Promise<{ chatId: string; created: boolean }> {
  const existing = await readChatId(c, secret);
  if (existing) return { chatId: existing, created: false };
  const chatId = newChatId();
  await setSignedCookie(c, CHAT_COOKIE, chatId, secret, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c), maxAge: HALF_YEAR_SECONDS });
  return { chatId, created: true };
}
