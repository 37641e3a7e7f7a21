// GET /docs: Swagger UI over /openapi.json, served from the installed swagger-ui-dist (the lockfile pins its
// version), so the page works with no internet and loads nothing from a CDN.
//
// Its files (issue 27) are linked by names that carry their content hash ("swagger-ui-bundle.<hash>.js"),
// cached for a year (immutable); the plain names still answer, with an hour's cache. The text files are
// compressed once and kept: gzip at once, Brotli at its highest quality in the background (~4-10 s of one
// thread-pool thread for the 1.7 MB bundle: gzip is sent until it is ready).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompress, constants, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { projectPath } from '../../prisma/engine/project-root.ts';
import { chooseEncoding } from './compress.ts';

const licence = () => readFileSync(projectPath('docs', 'api-licence.txt'), 'utf8');

const dist = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT_CACHE = 'public, max-age=3600';

const init = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null });\n`;

interface Asset {
  type: string;
  read: () => Buffer;
}

const ASSETS: Record<string, Asset> = {
  'swagger-ui.css': { type: 'text/css; charset=utf-8', read: () => readFileSync(path.join(dist, 'swagger-ui.css')) },
  'swagger-ui-bundle.js': { type: 'text/javascript; charset=utf-8', read: () => readFileSync(path.join(dist, 'swagger-ui-bundle.js')) },
  'favicon-32x32.png': { type: 'image/png', read: () => readFileSync(path.join(dist, 'favicon-32x32.png')) },
  'init.js': { type: 'text/javascript; charset=utf-8', read: () => Buffer.from(init) },
};

interface Loaded {
  data: Buffer;
  hash: string;
  gzip?: Buffer;
  br?: Buffer;
  brPending?: Promise<void>;
}

// the files never change while the process runs: loaded once per process, on the first /docs visit
const loaded = new Map<string, Loaded>();

function load(file: string): Loaded {
  let entry = loaded.get(file);
  if (!entry) {
    const data = ASSETS[file]!.read();
    loaded.set(file, (entry = { data, hash: createHash('sha256').update(data).digest('hex').slice(0, 16) }));
  }
  return entry;
}

/** "swagger-ui-bundle.js" → "swagger-ui-bundle.<hash>.js" */
export function hashedName(file: string): string {
  const { hash } = load(file);
  const dot = file.lastIndexOf('.');
  return `${file.slice(0, dot)}.${hash}${file.slice(dot)}`;
}

/** The Brotli copy at the highest quality, made once in the background; resolves when it is there. */
export function brotliReady(file: string): Promise<void> {
  const entry = load(file);
  entry.brPending ??= new Promise<void>((resolve) => {
    const params = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: entry.data.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT };
    brotliCompress(entry.data, { params }, (error, result) => {
      if (!error) entry.br = result;
      resolve();
    });
  });
  return entry.brPending;
}

const csp = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";

function page(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Etalase NTT API</title>
<link rel="stylesheet" href="/docs/assets/${hashedName('swagger-ui.css')}">
<link rel="icon" type="image/png" href="/docs/assets/${hashedName('favicon-32x32.png')}">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/${hashedName('swagger-ui-bundle.js')}"></script>
<script src="/docs/assets/${hashedName('init.js')}"></script>
</body>
</html>`;
}

const headers = (type: string) => ({ 'content-type': type, 'content-security-policy': csp, 'x-content-type-options': 'nosniff' });

/** The file in the best encoding the client takes that is ready now (compressed ones are made once). */
function serveAsset(c: Context<AppEnv>, file: string, cacheControl: string) {
  const asset = ASSETS[file]!;
  const entry = load(file);
  const common = { ...headers(asset.type), 'cache-control': cacheControl, vary: 'Accept-Encoding' };
  const compressible = /^text\//.test(asset.type) && entry.data.length >= 1024;
  const encoding = compressible ? chooseEncoding(c.req.header('accept-encoding')) : null;
  if (encoding === 'br') {
    if (entry.br) return c.body(new Uint8Array(entry.br), 200, { ...common, 'content-encoding': 'br' });
    void brotliReady(file);
  }
  if (encoding === 'br' || encoding === 'gzip') {
    entry.gzip ??= gzipSync(entry.data, { level: 9 });
    return c.body(new Uint8Array(entry.gzip), 200, { ...common, 'content-encoding': 'gzip' });
  }
  return c.body(new Uint8Array(entry.data), 200, common);
}

const HASHED = /^(.+)\.([0-9a-f]{16})(\.[a-z0-9]+)$/;

export function docsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/docs', (c) => c.body(page(), 200, { ...headers('text/html; charset=utf-8'), 'cache-control': 'no-cache' }));
  // the name pages linked before the hashed ones
  app.get('/docs/init.js', (c) => serveAsset(c, 'init.js', 'no-cache'));
  // the document's info.license.url
  app.get('/docs/licence', (c) => c.body(licence(), 200, { 'content-type': 'text/plain; charset=utf-8' }));
  app.get('/docs/assets/:file', (c) => {
    const name = c.req.param('file');
    const hashed = HASHED.exec(name);
    const file = hashed ? `${hashed[1]}${hashed[3]}` : name;
    if (!ASSETS[file]) return c.notFound();
    // a hash that is not the file's names nothing this server has
    if (hashed && hashed[2] !== load(file).hash) return c.notFound();
    return serveAsset(c, file, hashed ? IMMUTABLE : SHORT_CACHE);
  });
  return app;
}
