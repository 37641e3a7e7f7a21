// The dashboard forms' CSRF token: an HMAC of the session cookie as the browser sent it, so it changes with
// every sign-in and another site cannot know it (the cookie is HttpOnly and SameSite=Strict as well).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { DASHBOARD_COOKIE } from './dashboard-session.ts';

export function csrfToken(c: Context, secret: string): string {
  const session = getCookie(c, DASHBOARD_COOKIE) ?? '';
  return createHmac('sha256', secret).update(`dashboard-csrf\n${session}`).digest('base64url').slice(0, 32);
}

/** The posted token is the session's, and the browser does not say the form came from another site. */
export function csrfOk(c: Context, secret: string, posted: unknown): boolean {
  if (c.req.header('sec-fetch-site') === 'cross-site') return false;
  if (typeof posted !== 'string' || posted.length !== 32) return false;
  const expected = Buffer.from(csrfToken(c, secret));
  const given = Buffer.from(posted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
