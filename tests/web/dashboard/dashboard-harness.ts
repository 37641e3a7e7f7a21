// The web harness (real app, storefront and web chat over a test database) with the officials' dashboard
// mounted the way the server mounts it, plus officials to sign in as and a signed-in cookie jar.
import { createHmac } from 'node:crypto';
import { silentLogger } from '../../../domain/lib/logger.ts';
import { dashboardRoutes } from '../../../web/dashboard/dashboard.routes.tsx';
import { DASHBOARD_COOKIE } from '../../../web/dashboard/dashboard-session.ts';
import { cookieJar, createWebHarness, TEST_SECRET, type WebHarness, type WebHarnessOptions } from '../web-harness.ts';

export async function createDashboardHarness(options: WebHarnessOptions & { dashboardRateLimit?: number } = {}) {
  const h = await createWebHarness(options);
  // added before the first request, so the router is not built yet
  h.app.route('/', dashboardRoutes({ services: h.services, cookieSecret: TEST_SECRET, logger: silentLogger, rateLimitPerMinute: options.dashboardRateLimit ?? 1000 }));
  return h;
}

let seq = 0;

/** a user with a role, regencies and a console identity "<name>" */
export async function addPerson(h: WebHarness, role: 'CURATOR' | 'ADMIN' | 'BUYER', name: string, regionCodes: string[] = []) {
  return h.db.prisma.user.create({
    data: {
      displayName: `${name} ${++seq}`,
      role,
      onboardedAt: new Date(),
      curatorOf: { create: regionCodes.map((regionCode) => ({ regionCode })) },
      identities: { create: { channel: 'CONSOLE', externalId: name, chatId: name } },
    },
  });
}

/** a cookie signed like hono's setSignedCookie (value.base64(hmac)), for forged and expired sessions */
export function signedCookie(value: string, secret = TEST_SECRET): string {
  const signature = createHmac('sha256', secret).update(value).digest('base64');
  return `${DASHBOARD_COOKIE}=${encodeURIComponent(`${value}.${signature}`)}`;
}

export function form(fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, redirect: 'manual' };
}

/** the code of the latest sign-in notification to a user (what their chat shows) */
export async function codeSentTo(h: WebHarness, userId: string): Promise<string | undefined> {
  const note = await h.db.prisma.notification.findFirst({ where: { recipientId: userId, template: 'dashboard:notify.code' }, orderBy: { createdAt: 'desc' } });
  return (note?.params as { oneTimeCode?: string } | undefined)?.oneTimeCode;
}

/**
 * Asks for a code through the form and returns the one the official's chat got. Earlier codes are aged
 * first, so the cap on codes per ten minutes never hides a new code from a test.
 */
export async function requestCode(h: WebHarness, identifier: string, userId: string): Promise<string> {
  await h.db.prisma.signInCode.updateMany({ where: { userId }, data: { createdAt: new Date(Date.now() - 3_600_000) } });
  const before = await h.db.prisma.notification.count({ where: { recipientId: userId, template: 'dashboard:notify.code' } });
  await h.app.request('/dashboard/sign-in/code', form({ identifier }));
  const after = await h.db.prisma.notification.count({ where: { recipientId: userId, template: 'dashboard:notify.code' } });
  if (after !== before + 1) throw new Error('no code was sent');
  return (await codeSentTo(h, userId))!;
}

/** signs in through the forms (request a code, read it from the outbox, enter it) and returns the jar */
export async function signIn(h: WebHarness, identifier: string, userId: string) {
  const jar = cookieJar();
  const code = await requestCode(h, identifier, userId);
  const res = await h.app.request('/dashboard/sign-in/verify', form({ identifier, code }));
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
  jar.store(res);
  return { jar, get: (path: string) => h.app.request(path, { headers: { cookie: jar.header() }, redirect: 'manual' }) };
}
