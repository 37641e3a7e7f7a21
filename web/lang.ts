// The page language: ?lang= (remembered in a cookie), then the cookie, then the browser's preference
// between Indonesian and English, Indonesian by default.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isLang, type Lang } from '../domain/lib/i18n.ts';

export const LANG_COOKIE = 'lang';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Secure cookies when the client reached us over https (directly or through a proxy). */
export function isHttps(c: Context): boolean {
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' || new URL(c.req.url).protocol === 'https:';
}

/** First of "id" / "en" named in Accept-Language (in the order the browser lists them). */
export function langFromAcceptLanguage(header: string | undefined): Lang | undefined {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag === 'id' || tag.startsWith('id-') || tag === 'in') return 'id';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return undefined;
}

export function resolveLang(c: Context): Lang {
  const asked = c.req.query('lang');
  if (isLang(asked)) {
    setCookie(c, LANG_COOKIE, asked, { path: '/', maxAge: YEAR_SECONDS, sameSite: 'Lax', httpOnly: true, secure: isHttps(c) });
    return asked;
  }
  const remembered = getCookie(c, LANG_COOKIE);
  if (isLang(remembered)) return remembered;
  return langFromAcceptLanguage(c.req.header('accept-language')) ?? 'id';
}

export const otherLang = (lang: Lang): Lang => (lang === 'id' ? 'en' : 'id');

/** The current URL (path and query) with lang switched: the switch link of every page. */
export function switchLangHref(c: Context, lang: Lang): string {
  const url = new URL(c.req.url);
  url.searchParams.set('lang', otherLang(lang));
  return `${url.pathname}?${url.searchParams.toString()}`;
}
