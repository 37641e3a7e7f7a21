// Who is buying on the website, and the guards of its forms. The buyer is the web chat's identity (the
// signed etalase_chat cookie), so the storefront's cart is the web chat's cart. Every POST must come from
// this site (Sec-Fetch-Site, else Origin): the cookie is SameSite=Lax, which already keeps it off other
// sites' POSTs; this refuses them plainly instead of acting for a fresh anonymous buyer.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { Lang } from '../../domain/lib/i18n.ts';
import type { Actor } from '../../domain/services/actor.ts';
import type { Services } from '../../domain/services/services.ts';
import { ensureChatId, readChatId } from '../chat/chat-session.ts';
import { isHttps } from '../lang.ts';

/** a buyer who signed in elsewhere (the Telegram Mini App): their user id, signed; it wins over the web chat's */
export const BUYER_COOKIE = 'etalase_buyer';
const MONTH_SECONDS = 30 * 24 * 60 * 60;

export async function writeBuyerCookie(c: Context, secret: string, userId: string): Promise<void> {
  await setSignedCookie(c, BUYER_COOKIE, userId, secret, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c), maxAge: MONTH_SECONDS });
}

/**
 * Signs the browser in as a chat's buyer (the Mini App, a WhatsApp or Telegram sign-in): what this browser
 * put in its cart as a guest joins the buyer's cart first (cart.mergeGuest), then the cookie is written.
 * True when something was merged.
 */
export async function signInBrowser(c: Context, services: Services, secret: string, buyer: Actor): Promise<boolean> {
  const chatId = await readChatId(c, secret);
  const guest = chatId ? await services.webBuyers.find(chatId) : null;
  const merged = guest && guest.userId !== buyer.userId ? (await services.cart.mergeGuest(guest, buyer, chatId)).moved > 0 : false;
  await writeBuyerCookie(c, secret, buyer.userId);
  return merged;
}

export async function signedInBuyer(c: Context, services: Services, secret: string): Promise<Actor | null> {
  let userId: string | false | undefined;
  try {
    userId = await getSignedCookie(c, secret, BUYER_COOKIE);
  } catch {
    return null;
  }
  return typeof userId === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(userId) ? services.webBuyers.byUserId(userId) : null;
}

/** the browser's buyer, or null when this browser never bought, chatted or signed in (nothing is created) */
export async function currentBuyer(c: Context, services: Services, secret: string): Promise<Actor | null> {
  const signedIn = await signedInBuyer(c, services, secret);
  if (signedIn) return signedIn;
  const chatId = await readChatId(c, secret);
  return chatId ? services.webBuyers.find(chatId) : null;
}

/** the browser's buyer, made on first use (the cookie too) */
export async function ensureBuyer(c: Context, services: Services, secret: string, lang: Lang, displayName: string): Promise<Actor> {
  const signedIn = await signedInBuyer(c, services, secret);
  if (signedIn) return signedIn;
  const { chatId } = await ensureChatId(c, secret);
  return services.webBuyers.ensure(chatId, lang, displayName);
}

/** units in the browser's cart (0 without a buyer); never fails a page */
export async function cartCountOf(c: Context, services: Services, secret: string): Promise<number> {
  try {
    const buyer = await currentBuyer(c, services, secret);
    return buyer ? (await services.cart.view(buyer)).itemCount : 0;
  } catch {
    return 0;
  }
}

/** true when a form POST comes from this site (or from a client that says nothing about its origin) */
export function fromThisSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === new URL(c.req.url).host || origin === new URL(c.req.url).origin;
  } catch {
    return false;
  }
}

const tokenOf = (secret: string, number: string) => createHmac('sha256', secret).update(`order-link:${number}`).digest('base64url').slice(0, 24);

/** the private address of a checkout's order page: the order number and a signature of it */
export const orderPath = (secret: string, number: string): string => `/pesanan/${encodeURIComponent(number)}?k=${tokenOf(secret, number)}`;

export function validOrderToken(secret: string, number: string, token: string | undefined): boolean {
  if (!token) return false;
  const want = Buffer.from(tokenOf(secret, number));
  const got = Buffer.from(token);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** the text fields of a form, cut to a sane length (files and repeated fields are not text) */
export async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) if (typeof value === 'string') out[name] = value.slice(0, 400);
  return out;
}
