// Dashboard pages go out like storefront pages (doctype, security headers) but are private: never stored by
// a cache or the browser's back-forward history of a shared computer, with the status the situation needs.
import type { Context } from 'hono';
import { renderPage } from '../render-page.ts';

export type PageStatus = 200 | 400 | 401 | 403 | 404 | 409 | 429 | 500 | 503;

export async function renderDashboard(c: Context, node: unknown, status: PageStatus = 200, headers: Record<string, string> = {}): Promise<Response> {
  const res = await renderPage(c, node);
  const out = new Response(res.body, { status, headers: res.headers });
  out.headers.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) out.headers.set(name, value);
  return out;
}
