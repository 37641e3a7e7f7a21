// The visitor's currency beside rupiah: ?cur= (remembered in a cookie), then the cookie; otherwise US
// dollars for English pages and rupiah alone for Indonesian ones.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Lang } from '../domain/lib/i18n.ts';
import { displayCurrency, isCurrency, type CurrencyCode } from '../domain/services/currency.service.ts';
import { isHttps } from './lang.ts';

export const CURRENCY_COOKIE = 'cur';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

export function resolveCurrency(c: Context, lang: Lang): CurrencyCode {
  const asked = c.req.query('cur');
  if (isCurrency(asked)) {
    setCookie(c, CURRENCY_COOKIE, asked, { path: '/', maxAge: YEAR_SECONDS, sameSite: 'Lax', httpOnly: true, secure: isHttps(c) });
    return asked;
  }
  return displayCurrency(getCookie(c, CURRENCY_COOKIE), lang);
}
