// /sitemap.xml (home, catalogue, every regency, every published product and producer) and /robots.txt.
import { Hono } from 'hono';
import type { AppEnv } from '../domain/lib/http/context.ts';
import { absoluteUrl } from './layout.tsx';
import type { StorefrontDeps } from './web-deps.ts';

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

interface SitemapUrl {
  path: string;
  lastmod?: Date;
}

export function sitemapXml(publicUrl: string, urls: SitemapUrl[]): string {
  const body = urls
    .map((u) => `<url><loc>${xmlEscape(absoluteUrl(publicUrl, u.path))}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function seoRoutes({ services }: StorefrontDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/sitemap.xml', async (c) => {
    const [regions, entries] = await Promise.all([services.catalog.listRegions(), services.storefront.sitemapEntries()]);
    const urls: SitemapUrl[] = [
      { path: '/' },
      { path: '/katalog' },
      ...regions.map((r) => ({ path: `/kabupaten/${encodeURIComponent(r.code)}` })),
      ...entries.products.map((p) => ({ path: `/p/${encodeURIComponent(p.slug)}`, lastmod: p.updatedAt })),
      ...entries.producers.map((p) => ({ path: `/produsen/${encodeURIComponent(p.id)}`, lastmod: p.updatedAt })),
    ];
    return c.body(sitemapXml(services.settings.publicUrl, urls), 200, { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' });
  });

  app.get('/robots.txt', (c) => {
    const lines = ['User-agent: *', 'Allow: /', 'Disallow: /chat/api/', 'Disallow: /api/', 'Disallow: /internal/', `Sitemap: ${absoluteUrl(services.settings.publicUrl, '/sitemap.xml')}`];
    return c.body(`${lines.join('\n')}\n`, 200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=86400' });
  });

  return app;
}
