// Signing in to the dashboard through the real app: the code request answers the same for everyone, refused
// codes and tokens open no session, a forged, tampered or expired cookie leads back to the sign-in page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { silentLogger } from '../../../domain/lib/logger.ts';
import { translator } from '../../../domain/lib/i18n.ts';
import { dashboardRoutes } from '../../../web/dashboard/dashboard.routes.tsx';
import { resolveClientAddress } from '../../../domain/lib/http/rate-limit.ts';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { cookieJar, TEST_SECRET, type WebHarness } from '../web-harness.ts';
import { addPerson, createDashboardHarness, form, requestCode, signedCookie, signIn } from './dashboard-harness.ts';

const id = translator('id');
const en = translator('en');
let h: WebHarness;
let curator: { id: string };
let buyer: { id: string };

const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) => h.app.request(path, form(fields, headers));
const text = (html: string) => html.replace(/&#39;|&quot;|&amp;|&lt;|&gt;/g, (e) => ({ '&#39;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' })[e]!);

beforeAll(async () => {
  h = await createDashboardHarness();
  curator = await addPerson(h, 'CURATOR', 'kurator-ngada', ['53.09', '53.10']);
  buyer = await addPerson(h, 'BUYER', 'pembeli-kupang');
}, 60_000);
afterAll(() => h.close());

describe('asking for a code', () => {
  it('sends the official a code in their chat, nothing to a buyer or a stranger, with one answer for all three', async () => {
    const answers: string[] = [];
    for (const identifier of ['console:kurator-ngada', 'console:pembeli-kupang', 'console:tidak-ada']) {
      const res = await post('/dashboard/sign-in/code', { identifier });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toBeNull();
      const html = text(await res.text());
      expect(html).toContain(id('dashboard:signIn.codeSent'));
      answers.push(html.replaceAll(identifier, 'X'));
    }
    expect(new Set(answers).size).toBe(1);
    const notes = await h.db.prisma.notification.findMany({ where: { template: 'dashboard:notify.code' } });
    expect(notes.map((n) => n.recipientId)).toEqual([curator.id]);
    expect((notes[0]!.params as { oneTimeCode: string }).oneTimeCode).toMatch(/^\d{6}$/);
    expect(await h.db.prisma.notification.count({ where: { recipientId: buyer.id } })).toBe(0);
  });

  it('explains a malformed identifier, and refuses a POST from another site', async () => {
    const bad = await post('/dashboard/sign-in/code', { identifier: 'fax:123' });
    expect(bad.status).toBe(400);
    expect(text(await bad.text())).toContain(id('dashboard:errors.identifier'));
    const cross = await post('/dashboard/sign-in/code', { identifier: 'console:kurator-ngada' }, { 'sec-fetch-site': 'cross-site' });
    expect(cross.status).toBe(403);
    expect(text(await cross.text())).toContain(id('dashboard:errors.crossSite'));
  });

  it('answers in English when asked', async () => {
    const res = await h.app.request('/dashboard/sign-in?lang=en');
    const html = text(await res.text());
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(en('dashboard:signIn.title'));
    expect(res.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('entering the code', () => {
  it('signs in with the right code: a signed HttpOnly SameSite=Strict cookie for /dashboard, then the target table', async () => {
    const { jar, get } = await signIn(h, 'console:kurator-ngada', curator.id);
    const raw = [...jar.cookies.entries()].find(([k]) => k === 'etalase_dashboard');
    expect(raw?.[1]).toContain(encodeURIComponent(`${curator.id}:`));
    const page = await get('/dashboard');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-testid="target-table"');
  });

  it('sets the cookie flags a session cookie needs', async () => {
    const code = await requestCode(h, 'console:kurator-ngada', curator.id);
    const res = await post('/dashboard/sign-in/verify', { identifier: 'console:kurator-ngada', code });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/dashboard');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^etalase_dashboard=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/dashboard');
    expect(cookie).toContain('Max-Age=43200');
    // used once: the same code again is refused
    const again = await post('/dashboard/sign-in/verify', { identifier: 'console:kurator-ngada', code });
    expect(again.status).toBe(401);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(text(await again.text())).toContain(id('dashboard:errors.badCode'));
  });

  it('refuses a wrong code, an expired code and a right code after six wrong tries, with a clear message and no session', async () => {
    const identifier = 'console:kurator-ngada';
    const code = await requestCode(h, identifier, curator.id);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 6; i++) {
      const res = await post('/dashboard/sign-in/verify', { identifier, code: wrong });
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      const html = text(await res.text());
      expect(html).toContain(id('dashboard:errors.badCode'));
      expect(html).toContain('value="console:kurator-ngada"'); // kept for the next try
    }
    const late = await post('/dashboard/sign-in/verify', { identifier, code });
    expect(late.status).toBe(401);
    expect(late.headers.get('set-cookie')).toBeNull();
    const tried = await h.db.prisma.signInCode.findFirstOrThrow({ where: { userId: curator.id }, orderBy: { createdAt: 'desc' } });
    expect(tried).toMatchObject({ attempts: 5, usedAt: null });

    const fresh = await requestCode(h, identifier, curator.id);
    await h.db.prisma.signInCode.updateMany({ where: { userId: curator.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await post('/dashboard/sign-in/verify', { identifier, code: fresh });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('set-cookie')).toBeNull();
    expect(text(await expired.text())).toContain(id('dashboard:errors.badCode'));
  });

  it('signs in with an official’s API token without putting the token in the cookie; a buyer’s token is refused', async () => {
    const system = { kind: 'system', name: 'test' } as const;
    const { token } = await h.services.auth.createApiToken(system, { userId: curator.id, name: 'dashboard' });
    const res = await post('/dashboard/sign-in/token', { token });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).not.toContain(token.slice(4));
    const jar = cookieJar();
    jar.store(res);
    expect((await h.app.request('/dashboard', { headers: { cookie: jar.header() } })).status).toBe(200);

    const buyers = await h.services.auth.createApiToken(system, { userId: buyer.id, name: 'x' });
    const refused = await post('/dashboard/sign-in/token?lang=en', { token: buyers.token });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('set-cookie')?.includes('etalase_dashboard') ?? false).toBe(false);
    expect(text(await refused.text())).toContain(en('dashboard:errors.badToken'));
  });
});

describe('the session cookie', () => {
  const expectSignInRedirect = async (cookie: string | undefined, path = '/dashboard') => {
    const res = await h.app.request(path, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/dashboard/sign-in');
    return res;
  };

  it('sends a visitor without a session, or with a forged, tampered or expired cookie, to the sign-in page', async () => {
    await expectSignInRedirect(undefined);
    await expectSignInRedirect(undefined, '/dashboard/export/targets.csv');
    const future = Math.floor(Date.now() / 1000) + 3600;
    const forged = await expectSignInRedirect(signedCookie(`${curator.id}:${future}`, 'not-the-secret-0123456789'));
    expect(forged.headers.get('set-cookie')).toMatch(/^etalase_dashboard=;.*Max-Age=0/);
    await expectSignInRedirect(`etalase_dashboard=${curator.id}:${future}`); // unsigned
    await expectSignInRedirect(signedCookie(`${curator.id}:${Math.floor(Date.now() / 1000) - 1}`)); // expired
    await expectSignInRedirect(signedCookie(`${buyer.id}:${future}`)); // validly signed, but not an official
    await expectSignInRedirect('etalase_dashboard=%%%;;==');
    // a valid cookie with its user id swapped keeps the old signature: refused
    const { jar } = await signIn(h, 'console:kurator-ngada', curator.id);
    const value = jar.cookies.get('etalase_dashboard')!;
    await expectSignInRedirect(`etalase_dashboard=${value.replace(encodeURIComponent(curator.id), encodeURIComponent(buyer.id))}`);
    const ok = await h.app.request('/dashboard', { headers: { cookie: jar.header() } });
    expect(ok.status).toBe(200);
  });

  it('signs out: the cookie is cleared and the sign-in page says so', async () => {
    const res = await h.app.request('/dashboard/sign-out', { method: 'POST', redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/dashboard/sign-in?out=1');
    expect(res.headers.get('set-cookie')).toMatch(/^etalase_dashboard=;.*Max-Age=0/);
    expect(text(await (await h.app.request('/dashboard/sign-in?out=1')).text())).toContain(id('dashboard:signIn.signedOut'));
  });
});

describe('rate limit', () => {
  it('refuses sign-in attempts over the per-address limit with Retry-After', async () => {
    // behind one reverse proxy, as the HTTP app sets it up with TRUST_PROXY=1 (api/app.ts)
    const app = new Hono<AppEnv>().use('*', resolveClientAddress({ kind: 'hops', hops: 1 })).route('/', dashboardRoutes({ services: h.services, cookieSecret: TEST_SECRET, logger: silentLogger, rateLimitPerMinute: 2 }));
    const attempt = (ip: string) => app.request('/dashboard/sign-in/verify', form({ identifier: 'console:tidak-ada', code: '000000' }, { 'x-forwarded-for': ip }));
    expect((await attempt('10.0.0.1')).status).toBe(401);
    expect((await attempt('10.0.0.1')).status).toBe(401);
    const limited = await attempt('10.0.0.1');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(text(await limited.text())).toContain(id('dashboard:errors.rateLimited'));
    expect((await attempt('10.0.0.2')).status).toBe(401);
  });
});
