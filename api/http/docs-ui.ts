// GET /docs: Swagger UI over /openapi.json, served from the installed swagger-ui-dist (the lockfile pins its
// version), so the page works with no internet and loads nothing from a CDN.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { projectPath } from '../../prisma/engine/project-root.ts';

const licence = () => readFileSync(projectPath('docs', 'api-licence.txt'), 'utf8');

const dist = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Etalase NTT API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null });\n`;

const csp = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";

export function docsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const cache = new Map<string, Buffer>();
  const headers = (type: string) => ({ 'content-type': type, 'content-security-policy': csp, 'x-content-type-options': 'nosniff' });
  app.get('/docs', (c) => c.body(page, 200, { ...headers('text/html; charset=utf-8'), 'cache-control': 'no-cache' }));
  app.get('/docs/init.js', (c) => c.body(init, 200, { ...headers('text/javascript; charset=utf-8'), 'cache-control': 'no-cache' }));
  // the document's info.license.url
  app.get('/docs/licence', (c) => c.body(licence(), 200, { 'content-type': 'text/plain; charset=utf-8' }));
  app.get('/docs/assets/:file', (c) => {
    const file = c.req.param('file');
    const type = assets[file];
    if (!type) return c.notFound();
    let data = cache.get(file);
    if (!data) cache.set(file, (data = readFileSync(path.join(dist, file))));
    const common = { ...headers(type), 'cache-control': 'public, max-age=86400', vary: 'Accept-Encoding' };
    // the 1.7 MB bundle is gzipped once and kept (about 0.5 MB), not again on every request by compress()
    if (/^(text|application)\//.test(type) && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      let zipped = cache.get(`${file}.gz`);
      if (!zipped) cache.set(`${file}.gz`, (zipped = gzipSync(data, { level: 9 })));
      return c.body(new Uint8Array(zipped), 200, { ...common, 'content-encoding': 'gzip' });
    }
    return c.body(new Uint8Array(data), 200, common);
  });
  return app;
}
