// /favicon.ico, /favicon.svg, /apple-touch-icon(-precomposed).png, /icons/icon-<size>.png and
// /manifest.webmanifest: every page links them, and browsers ask for some of them on their own, so none
// may answer 404.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../domain/lib/http/context.ts';
import { translator } from '../domain/lib/i18n.ts';
import { iconPng, iconSvg, pngToIco } from './icons.ts';
import { resolveLang } from './lang.ts';

const LONG_CACHE = 'public, max-age=604800';
const APP_ICON_SIZES = [192, 512] as const;

const png = async (c: Context, size: number) => c.body(new Uint8Array(await iconPng(size)), 200, { 'content-type': 'image/png', 'cache-control': LONG_CACHE });

export function iconRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/favicon.svg', (c) => c.body(iconSvg, 200, { 'content-type': 'image/svg+xml', 'cache-control': LONG_CACHE }));
  app.get('/favicon.ico', async (c) => c.body(new Uint8Array(pngToIco(await iconPng(32), 32)), 200, { 'content-type': 'image/x-icon', 'cache-control': LONG_CACHE }));
  app.get('/apple-touch-icon.png', (c) => png(c, 180));
  app.get('/apple-touch-icon-precomposed.png', (c) => png(c, 180));
  for (const size of APP_ICON_SIZES) app.get(`/icons/icon-${size}.png`, (c) => png(c, size));
  app.get('/manifest.webmanifest', (c) => {
    const t = translator(resolveLang(c));
    const manifest = {
      name: t('web:siteName'),
      short_name: t('web:siteName'),
      description: t('web:tagline'),
      lang: resolveLang(c),
      start_url: '/',
      display: 'browser',
      background_color: '#fbf8f3',
      theme_color: '#6b2a0c',
      icons: [...APP_ICON_SIZES.map((size) => ({ src: `/icons/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png' })), { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    };
    return c.body(JSON.stringify(manifest), 200, { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'public, max-age=86400', vary: 'Cookie, Accept-Language' });
  });
  return app;
}
