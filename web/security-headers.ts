// Headers of every HTML page: a strict content security policy (no script at all on storefront pages, one
// nonce'd inline script on the chat page), no framing, no MIME sniffing.
import type { Context } from 'hono';

export function setPageHeaders(c: Context, options: { scriptNonce?: string } = {}): void {
  const script = options.scriptNonce ? `'nonce-${options.scriptNonce}'` : "'none'";
  c.header(
    'Content-Security-Policy',
    `default-src 'self'; script-src ${script}; style-src 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'`,
  );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  // the language can come from a cookie: caches must not hand one visitor's language to another
  c.header('Vary', 'Cookie, Accept-Language');
  c.header('Cache-Control', 'no-cache');
}
