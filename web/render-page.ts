// Turns a page component into the HTML response: doctype, security headers, status.
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { translator } from '../domain/lib/i18n.ts';
import type { Services } from '../domain/services/services.ts';
import { resolveLang, switchLangHref } from './lang.ts';
import { resolveCurrency } from './currency.ts';
import type { PageContext } from './storefront/pages/page-context.ts';
import { setPageHeaders } from './security-headers.ts';

export function pageContext(c: Context, services: Services): PageContext {
  const lang = resolveLang(c);
  const currency = resolveCurrency(c, lang);
  const currencies = ['IDR' as const, ...services.currency.list().map((r) => r.code)];
  return { lang, t: translator(lang), publicUrl: services.settings.publicUrl, switchHref: switchLangHref(c, lang), money: services.currency.rateOf(currency), currency, currencies, cartCount: c.get('cartCount') };
}

type Node = HtmlEscapedString | Promise<HtmlEscapedString>;

export function renderPage(c: Context, node: unknown, status: 200 | 400 | 404 | 429 | 500 | 503 = 200, options: { scriptNonce?: string } = {}) {
  setPageHeaders(c, options);
  return c.html(html`<!DOCTYPE html>${node as Node}`, status);
}
