// The dashboard session: "<user id>:<expiry in epoch seconds>" in a signed, HttpOnly, SameSite=Strict cookie
// scoped to /dashboard. A missing, forged, tampered, malformed or expired cookie is simply no session (the
// pages redirect to the sign-in page), never an error; the user behind it is reloaded on every request, so
// an official demoted meanwhile is signed out.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { DashboardSession } from '../../domain/services/dashboard-auth.service.ts';
import type { Services } from '../../domain/services/services.ts';
import { isHttps } from '../lang.ts';
import type { DashboardEnv } from './dashboard-deps.ts';

export const DASHBOARD_COOKIE = 'etalase_dashboard';
export const DASHBOARD_PATH = '/dashboard';
const valuePattern = /^([A-Za-z0-9_-]{1,64}):(\d{1,12})$/;

export async function writeSession(c: Context, secret: string, session: DashboardSession, now: Date): Promise<void> {
  const seconds = Math.floor(session.expiresAt.getTime() / 1000);
  const maxAge = Math.max(0, seconds - Math.floor(now.getTime() / 1000));
  await setSignedCookie(c, DASHBOARD_COOKIE, `${session.userId}:${seconds}`, secret, { path: DASHBOARD_PATH, httpOnly: true, sameSite: 'Strict', secure: isHttps(c), maxAge });
}

export function clearSession(c: Context): void {
  deleteCookie(c, DASHBOARD_COOKIE, { path: DASHBOARD_PATH, httpOnly: true, sameSite: 'Strict', secure: isHttps(c) });
}

/** The user id of a valid, unexpired session cookie, or null. */
export async function readSession(c: Context, secret: string, now: Date): Promise<string | null> {
  let value: string | false | undefined;
  try {
    value = await getSignedCookie(c, secret, DASHBOARD_COOKIE);
  } catch {
    return null; // a cookie header the parser chokes on counts as no cookie
  }
  const match = typeof value === 'string' ? valuePattern.exec(value) : null;
  if (!match) return null;
  return Number(match[2]) * 1000 > now.getTime() ? match[1]! : null;
}

/** Pages behind the sign-in: no valid session → the sign-in page (and a broken cookie is cleared). */
export function requireSession(services: Services, secret: string): MiddlewareHandler<DashboardEnv> {
  return async (c, next) => {
    const userId = await readSession(c, secret, services.now());
    const official = userId ? await services.dashboardAuth.sessionOfficial(userId) : null;
    if (!official) {
      if (c.req.header('cookie')?.includes(`${DASHBOARD_COOKIE}=`)) clearSession(c);
      c.header('Cache-Control', 'no-store');
      return c.redirect(`${DASHBOARD_PATH}/sign-in`, 303);
    }
    c.set('actor', official.actor);
    c.set('officialName', official.displayName);
    await next();
  };
}
