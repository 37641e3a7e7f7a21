// The frame of every storefront page: language, title, description, Open Graph, canonical and alternate
// language links, header with navigation and the language switch, footer. Every value is escaped by
// hono/jsx; the only raw text is the constant stylesheet (raw because <style> content is not decoded).
import type { Child } from 'hono/jsx';
import type { Lang, TFunction } from '../domain/lib/i18n.ts';
import { css } from './styles.ts';
import { formatDate, formatIdr } from '../domain/lib/i18n.ts';
import type { CurrencyCode, DisplayRate } from '../domain/services/currency.service.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** the page's path without the language parameter, e.g. "/p/kopi-kbj01" */
  path: string;
  /** absolute URL of a picture for link previews */
  image?: string;
  type?: 'website' | 'product' | 'profile';
  noindex?: boolean;
}

export interface LayoutProps {
  lang: Lang;
  t: TFunction;
  meta: PageMeta;
  publicUrl: string;
  switchHref: string;
  children?: Child;
  /** extra elements for <head> (structured data) */
  head?: Child;
  /** elements at the end of <body> (the web chat's script) */
  foot?: Child;
  /** units in the visitor's cart: the header's cart link, with the count when there are any (absent: no
   * cart link, as on the officials' dashboard) */
  cartCount?: number;
  /** the currency chooser of the footer (absent: none, as on the dashboard) */
  picker?: CurrencyPicker;
}

export interface CurrencyPicker {
  currency: CurrencyCode;
  currencies: CurrencyCode[];
  money: DisplayRate | null;
}

/** A plain GET form: ?cur= is remembered in a cookie (web/currency.ts); the rate and its date beside it. */
function CurrencyForm({ t, lang, picker }: { t: TFunction; lang: Lang; picker: CurrencyPicker }) {
  return (
    <form method="get" class="cur" data-testid="currency-form">
      <label>
        {t('shop:currency.label')}{' '}
        <select name="cur">
          {picker.currencies.map((c) => (
            <option value={c} selected={c === picker.currency}>
              {c}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit" class="small alt">
        {t('shop:currency.apply')}
      </button>
      {picker.money ? (
        <span class="muted small" data-testid="rate">
          {' '}
          {t('shop:currency.rate', { code: picker.money.code, idr: formatIdr(picker.money.idrPerUnit), date: formatDate(picker.money.asOf, lang) })}
        </span>
      ) : null}
      <span class="muted small block0"> {t('shop:currency.checkoutIdr')}</span>
    </form>
  );
}

export function absoluteUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

function withLang(url: string, lang: Lang): string {
  return `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
}

/** The site icon in every size a browser or phone looks for (web/icons.routes.ts serves them). */
export function IconLinks() {
  return (
    <>
      <link rel="icon" href="/favicon.ico" sizes="32x32" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
      <link rel="manifest" href="/manifest.webmanifest" />
      <meta name="theme-color" content="#6b2a0c" />
    </>
  );
}

export function Layout({ lang, t, meta, publicUrl, switchHref, children, head, foot, cartCount, picker }: LayoutProps) {
  const canonical = absoluteUrl(publicUrl, meta.path);
  const siteName = t('web:siteName');
  const fullTitle = meta.title === siteName ? siteName : `${meta.title} · ${siteName}`;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={lang === 'id' ? canonical : withLang(canonical, 'en')} />
        <link rel="alternate" hreflang="id" href={canonical} />
        <link rel="alternate" hreflang="en" href={withLang(canonical, 'en')} />
        <link rel="alternate" hreflang="x-default" href={canonical} />
        <meta property="og:site_name" content={siteName} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:type" content={meta.type ?? 'website'} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={lang === 'id' ? 'id_ID' : 'en_US'} />
        {/* every page has a picture for link previews: its own, else the site's icon */}
        <meta property="og:image" content={meta.image ?? absoluteUrl(publicUrl, '/icons/icon-512.png')} />
        <meta name="twitter:card" content={meta.image ? 'summary_large_image' : 'summary'} />
        <IconLinks />
        <style dangerouslySetInnerHTML={{ __html: css }} />
        {head}
      </head>
      <body>
        <a class="skip" href="#main">
          {t('web:nav.skip')}
        </a>
        <header class="site">
          <div class="bar">
            <a class="brand" href="/">
              {siteName}
            </a>
            <nav aria-label={t('web:nav.label')}>
              <ul>
                <li>
                  <a href="/">{t('web:nav.home')}</a>
                </li>
                <li>
                  <a href="/katalog">{t('web:nav.catalog')}</a>
                </li>
                <li>
                  <a href="/chat">{t('web:nav.chat')}</a>
                </li>
                {cartCount === undefined ? null : (
                  <li>
                    <a href="/keranjang" class="cart-link" data-testid="cart-link">
                      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
                        <path d="M3 4h2l2.4 11h11l2-8H6.2" />
                        <circle cx="9" cy="19.5" r="1.5" />
                        <circle cx="17" cy="19.5" r="1.5" />
                      </svg>
                      {t('shop:cart.link')}
                      {cartCount ? (
                        <span class="count">
                          <span data-testid="cart-count">{cartCount}</span>
                          <span class="vh"> {t('shop:cart.units')}</span>
                        </span>
                      ) : null}
                    </a>
                  </li>
                )}
                <li>
                  <a href={switchHref} hreflang={t('web:nav.switchLang')} lang={t('web:nav.switchLang')} data-testid="lang-switch">
                    {t('web:nav.switchTo')}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer class="site">
          <p>{t('web:footer.about')}</p>
          {picker ? <CurrencyForm t={t} lang={lang} picker={picker} /> : null}
          <p>
            <a href="/sitemap.xml">{t('web:footer.sitemap')}</a>
          </p>
        </footer>
        {foot}
      </body>
    </html>
  );
}
