// Response compression (issue 27): Brotli to clients that accept it, else gzip, else deflate. Hono's
// compress() offers only gzip and deflate (CompressionStream on Node 20 has no Brotli).
//
// CPU and bytes, measured on the storefront's 16-18 KB pages (this machine, under load): gzip 6 → ~5.0 KB
// in ~0.7 ms; Brotli 4 → the same size as gzip; Brotli 5 → 7-8 % smaller in ~1 ms; Brotli 6 no smaller
// than 5; Brotli 11 → 15 % smaller in ~70 ms. So 5 per request; the highest quality only for files
// compressed once (docs-ui.ts does that for Swagger's bundle). The work runs in libuv's thread pool, not on the event loop.
// Bodies under 1 KB (a small JSON answer, a redirect) go as they are: compressing them costs more than the
// bytes saved. Pictures, event streams and answers already encoded are never touched.
import { promisify } from 'node:util';
import { brotliCompress, constants, deflate, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

export const COMPRESS_THRESHOLD = 1024;
export const DYNAMIC_BROTLI_QUALITY = 5;

type Encoding = 'br' | 'gzip' | 'deflate';
const PREFERENCE: Encoding[] = ['br', 'gzip', 'deflate'];

/** text (but not event streams), JSON, JavaScript, XML, SVG, web manifests */
const COMPRESSIBLE = /^\s*(?:text\/(?!event-stream)[^;\s]+|application\/(?:json|javascript|xml|manifest\+json|[^;\s]+\+(?:json|xml))|image\/svg\+xml)(?:[;\s]|$)/i;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const deflateAsync = promisify(deflate);

/** The best encoding the Accept-Encoding header allows (q-values honoured; ties go to br, then gzip). */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of PREFERENCE) {
    const value = q.get(encoding) ?? q.get('*') ?? 0;
    if (value > bestQ) [best, bestQ] = [encoding, value];
  }
  return best;
}

/** Compresses a whole body with the chosen encoding (dynamic-response settings). */
export function compressBody(data: Uint8Array, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
  }
  return encoding === 'gzip' ? gzipAsync(data) : deflateAsync(data);
}

function addVary(headers: Headers): void {
  const vary = headers.get('vary');
  if (vary === '*' || (vary && /(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary))) return;
  headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

export function compression(): MiddlewareHandler {
  return async function compress(c, next) {
    await next();
    const res = c.res;
    if (c.req.method === 'HEAD' || !res.body || res.status === 206 || res.status === 204 || res.headers.has('content-encoding')) return;
    const type = res.headers.get('content-type');
    if (!type || !COMPRESSIBLE.test(type) || /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(res.headers.get('cache-control') ?? '')) return;
    const declared = res.headers.get('content-length');
    if (declared !== null && Number(declared) < COMPRESS_THRESHOLD) return;
    // the answer differs by Accept-Encoding from here on, whatever this client gets
    addVary(res.headers);
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    // pages and JSON are made in memory: read whole, the size is known before choosing to compress
    const body = new Uint8Array(await res.arrayBuffer());
    const small = body.length < COMPRESS_THRESHOLD;
    const out = small ? body : new Uint8Array(await compressBody(body, encoding));
    // Hono copies the old answer's headers onto a new one: the new length and encoding are set after
    c.res = new Response(out, res);
    c.res.headers.set('content-length', String(out.length));
    if (small) return;
    c.res.headers.set('content-encoding', encoding);
    const etag = c.res.headers.get('etag');
    if (etag && !etag.startsWith('W/')) c.res.headers.set('etag', `W/${etag}`);
  };
}
