// Sign-in and sign-out of the dashboard. Every POST is refused from another site (login CSRF) and counted
// against the per-address limit; the answers never say whether an identifier belongs to an official.
import { Hono, type Context } from 'hono';
import { DomainError } from '../../domain/lib/errors.ts';
import { clientKey } from '../../domain/lib/http/rate-limit.ts';
import type { DashboardSession } from '../../domain/services/dashboard-auth.service.ts';
import { createChatRateLimiter } from '../chat/chat-rate-limit.ts';
import { pageContext } from '../render-page.ts';
import type { DashboardDeps, DashboardEnv } from './dashboard-deps.ts';
import { renderDashboard, type PageStatus } from './dashboard-render.ts';
import { clearSession, DASHBOARD_PATH, readSession, writeSession } from './dashboard-session.ts';
import { SignInPage, type SignInState } from './pages/sign-in.tsx';

const SIGN_IN = `${DASHBOARD_PATH}/sign-in`;

/** a form field as text (files and repeated fields are not text), cut to a sane length */
async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) if (typeof value === 'string') out[name] = value.slice(0, 200);
  return out;
}

export function signInRoutes(deps: DashboardDeps): Hono<DashboardEnv> {
  const { services, cookieSecret, logger } = deps;
  const app = new Hono<DashboardEnv>();
  const limiter = createChatRateLimiter({ perMinute: deps.rateLimitPerMinute });

  const show = (c: Context, state: SignInState, status: PageStatus = 200, headers: Record<string, string> = {}) => {
    const ctx = pageContext(c, services);
    // the language switch of a page answering a POST leads back to the sign-in page, not to a GET of the action
    const page = { ...ctx, switchHref: `${SIGN_IN}?lang=${ctx.lang === 'id' ? 'en' : 'id'}` };
    return renderDashboard(c, <SignInPage ctx={page} state={state} />, status, headers);
  };
  const problem = (c: Context, key: string) => pageContext(c, services).t(key);

  /** the checks every sign-in POST passes first: same site, under the limit; a refusal page otherwise */
  const guard = (c: Context): Promise<Response> | null => {
    if (c.req.header('sec-fetch-site') === 'cross-site') return show(c, { problem: problem(c, 'dashboard:errors.crossSite') }, 403);
    const decision = limiter.check([`dashboard:${clientKey(c)}`]);
    if (!decision.allowed) return show(c, { problem: problem(c, 'dashboard:errors.rateLimited') }, 429, { 'Retry-After': String(decision.retryAfter) });
    return null;
  };

  /** runs a sign-in; a refusal (DomainError) shows its message, anything else is logged and shown as unavailable */
  async function attempt(c: Context, identifier: string, run: () => Promise<DashboardSession>): Promise<Response> {
    try {
      const session = await run();
      await writeSession(c, cookieSecret, session, services.now());
      c.header('Cache-Control', 'no-store');
      return c.redirect(DASHBOARD_PATH, 303);
    } catch (error) {
      if (error instanceof DomainError && error.messageKey) return show(c, { identifier, problem: problem(c, error.messageKey) }, error.code === 'unauthorized' ? 401 : 400);
      logger.error({ err: error, requestId: c.get('requestId') }, 'dashboard sign-in failed');
      return show(c, { identifier, problem: problem(c, 'dashboard:errors.unavailable') }, 503);
    }
  }

  app.get(SIGN_IN, async (c) => {
    if (await readSession(c, cookieSecret, services.now())) return c.redirect(DASHBOARD_PATH, 303);
    return show(c, c.req.query('out') === '1' ? { notice: 'signedOut' } : {});
  });
  // someone reloading or switching the language on a page that answered a POST
  for (const action of ['code', 'verify', 'token']) app.get(`${SIGN_IN}/${action}`, (c) => c.redirect(SIGN_IN, 303));

  app.post(`${SIGN_IN}/code`, async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const { identifier = '' } = await formFields(c);
    try {
      await services.dashboardAuth.requestCode(identifier);
      return show(c, { identifier: identifier.trim(), notice: 'codeSent' });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'validation' && error.messageKey) return show(c, { identifier, problem: problem(c, error.messageKey) }, 400);
      logger.error({ err: error, requestId: c.get('requestId') }, 'dashboard code request failed');
      return show(c, { identifier, problem: problem(c, 'dashboard:errors.unavailable') }, 503);
    }
  });

  app.post(`${SIGN_IN}/verify`, async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const { identifier = '', code = '' } = await formFields(c);
    return attempt(c, identifier.trim(), () => services.dashboardAuth.verifyCode(identifier, code));
  });

  app.post(`${SIGN_IN}/token`, async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const { token = '' } = await formFields(c);
    return attempt(c, '', () => services.dashboardAuth.signInWithToken(token));
  });

  // SameSite=Strict keeps other sites' forms from signing anyone out; no session needed to sign out
  app.post(`${DASHBOARD_PATH}/sign-out`, (c) => {
    clearSession(c);
    c.header('Cache-Control', 'no-store');
    return c.redirect(`${SIGN_IN}?out=1`, 303);
  });

  return app;
}
