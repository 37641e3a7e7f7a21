// The officials' dashboard: server-rendered pages under /dashboard that work without JavaScript. Sign-in
// (code or API token) first; every other page needs the session and reads through the services as the
// signed-in official, so a curator sees the queue, cases and exports of their regencies, an admin all.
import { Hono, type Context } from 'hono';
import { DomainError } from '../../domain/lib/errors.ts';
import { formatIdr } from '../../domain/lib/i18n.ts';
import { isMonth, previousMonth } from '../../domain/lib/time.ts';
import { isDatabaseUnavailable } from '../../domain/lib/http/error-handler.ts';
import type { Actor } from '../../domain/services/actor.ts';
import type { CaseView } from '../../domain/licensing/case-view.ts';
import { resolveLang } from '../lang.ts';
import { ErrorPage, NotFoundPage } from '../storefront/pages/not-found.tsx';
import { pageContext } from '../render-page.ts';
import { casesCsv, targetsCsv } from './dashboard-csv.ts';
import type { DashboardDeps, DashboardEnv } from './dashboard-deps.ts';
import { DashboardPage, type Official } from './dashboard-layout.tsx';
import { renderDashboard, type PageStatus } from './dashboard-render.ts';
import { DASHBOARD_PATH, requireSession } from './dashboard-session.ts';
import { CurationPage } from './pages/curation.tsx';
import { ReviewPage, decisionOfForm } from './pages/review.tsx';
import { csrfOk, csrfToken } from './dashboard-csrf.ts';
import { mimeOfPath } from '../../domain/media/media-resolver.ts';
import { type Section } from './dashboard-layout.tsx';
import type { DecisionInput } from '../../domain/services/curation.service.ts';
import { DisplayPointsPage } from './pages/display-points.tsx';
import { LicensingPage } from './pages/licensing.tsx';
import { OverviewPage } from './pages/overview.tsx';
import { PayoutsPage, type PayoutsPageProps } from './pages/payouts.tsx';
import { signInRoutes } from './sign-in.routes.tsx';

export type { DashboardDeps } from './dashboard-deps.ts';

/** the menu item a path belongs to (a refusal or error page highlights where the official was going) */
export function sectionOf(path: string): Section {
  if (path.startsWith(`${DASHBOARD_PATH}/curation`)) return 'curation';
  if (path.startsWith(`${DASHBOARD_PATH}/licensing`) || path.includes('/export/cases')) return 'licensing';
  if (path.startsWith(`${DASHBOARD_PATH}/display`)) return 'display';
  if (path.startsWith(`${DASHBOARD_PATH}/payouts`) || path.includes('/export/payouts')) return 'payouts';
  return 'overview';
}

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

type Ctx = Context<DashboardEnv>;

export function dashboardRoutes(deps: DashboardDeps): Hono<DashboardEnv> {
  // a short or empty secret would make every session cookie forgeable
  if (deps.cookieSecret.length < 16) throw new Error('dashboard: cookieSecret must be at least 16 characters');
  const { services, logger } = deps;
  const app = new Hono<DashboardEnv>();

  // sign-in and sign-out first: the session check registered below never runs for them (Hono runs
  // handlers in registration order and these answer without calling next)
  app.route('/', signInRoutes(deps));
  // "/dashboard/*" covers "/dashboard" itself too
  app.use(`${DASHBOARD_PATH}/*`, requireSession(services, deps.cookieSecret));

  const actorOf = (c: Ctx): Actor => c.get('actor')!;
  async function officialOf(c: Ctx): Promise<Official> {
    const actor = actorOf(c);
    const regions = actor.role === 'ADMIN' ? [] : (await services.catalog.listRegions()).filter((r) => actor.regionCodes.includes(r.code));
    return { displayName: c.get('officialName') ?? '', role: actor.role === 'ADMIN' ? 'ADMIN' : 'CURATOR', regionNames: regions.map((r) => r.name) };
  }

  /** Runs a page; a refusal shows its message, anything else is logged and answered with the error page. */
  const page = (handler: (c: Ctx) => Promise<Response>) => async (c: Ctx) => {
    try {
      return await handler(c);
    } catch (error) {
      const ctx = pageContext(c, services);
      if (error instanceof DomainError && error.messageKey) {
        const status = ([400, 403, 404] as const).find((s) => s === error.status) ?? 400;
        const node = (
          <DashboardPage ctx={ctx} section={sectionOf(c.req.path)} title={ctx.t('dashboard:errors.title')} path={c.req.path} official={await officialOf(c).catch(() => undefined)}>
            <p class="problem" role="alert" data-testid="problem">
              {ctx.t(error.messageKey, error.params)}
            </p>
          </DashboardPage>
        );
        return renderDashboard(c, node, status as PageStatus);
      }
      logger.error({ err: error, path: c.req.path, requestId: c.get('requestId') }, 'dashboard page failed');
      return renderDashboard(c, <ErrorPage ctx={ctx} path={c.req.path} />, isDatabaseUnavailable(error) ? 503 : 500);
    }
  };

  app.get(
    DASHBOARD_PATH,
    page(async (c) => {
      const ctx = pageContext(c, services);
      const asked = c.req.query('month');
      const valid = asked === undefined || asked === '' || isMonth(asked);
      const table = await services.dashboard.targetTable(actorOf(c), valid && asked ? asked : services.dashboard.currentMonth());
      const data = { table, previous: previousMonth(table.month), next: nextMonth(table.month), official: await officialOf(c), problem: valid ? undefined : ctx.t('dashboard:errors.badMonth') };
      return renderDashboard(c, <OverviewPage ctx={ctx} data={data} />, valid ? 200 : 400);
    }),
  );

  app.get(
    `${DASHBOARD_PATH}/curation`,
    page(async (c) => {
      const queue = await services.curation.queue(actorOf(c), 200);
      // after a decision: what was decided, read back from the product (nothing typed is echoed)
      const decidedId = c.req.query('decided');
      const decided = decidedId ? await services.curation.get(actorOf(c), decidedId).catch(() => null) : null;
      return renderDashboard(c, <CurationPage ctx={pageContext(c, services)} queue={queue} official={await officialOf(c)} decided={decided ?? undefined} />);
    }),
  );

  async function reviewPage(c: Ctx, problem?: string, status: PageStatus = 200) {
    const actor = actorOf(c);
    const id = c.req.param('id') ?? '';
    const [product, history] = await Promise.all([services.curation.get(actor, id), services.curation.history(actor, id)]);
    const node = <ReviewPage ctx={pageContext(c, services)} product={product} history={history} rubric={services.curation.rubric} official={await officialOf(c)} csrf={csrfToken(c, deps.cookieSecret)} month={services.dashboard.currentMonth()} problem={problem} />;
    return renderDashboard(c, node, status);
  }

  app.get(`${DASHBOARD_PATH}/curation/:id`, page((c) => reviewPage(c)));

  // a submission's photos for its reviewers only (drafts and pending products are not public)
  app.get(
    `${DASHBOARD_PATH}/curation/:id/photo/:n`,
    page(async (c) => {
      const product = await services.curation.get(actorOf(c), c.req.param('id') ?? '');
      const photo = product.photos[Number(c.req.param('n'))];
      if (!photo) return renderDashboard(c, <NotFoundPage ctx={pageContext(c, services)} path={c.req.path} />, 404);
      const rel = c.req.query('thumb') && photo.thumbPath ? photo.thumbPath : photo.path;
      const data = await services.media.read(rel);
      return c.body(new Uint8Array(data), 200, { 'content-type': mimeOfPath(rel), 'cache-control': 'private, max-age=3600', 'x-content-type-options': 'nosniff' });
    }),
  );

  app.post(
    `${DASHBOARD_PATH}/curation/:id/decide`,
    page(async (c) => {
      const t = pageContext(c, services).t;
      const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      if (!csrfOk(c, deps.cookieSecret, body.csrf)) return reviewPage(c, t('dashboard:review.csrf'), 403);
      const id = c.req.param('id') ?? '';
      try {
        await services.curation.decide(actorOf(c), id, decisionOfForm(body) as DecisionInput);
      } catch (error) {
        // a bad form or a product decided meanwhile is shown on the page; a refusal goes to the refusal page
        if (error instanceof DomainError && error.messageKey && error.status !== 403 && error.status !== 404) {
          return reviewPage(c, t(error.messageKey, error.params), error.status === 409 ? 409 : 400);
        }
        throw error;
      }
      c.header('Cache-Control', 'no-store');
      return c.redirect(`${DASHBOARD_PATH}/curation?decided=${encodeURIComponent(id)}`, 303);
    }),
  );

  /** the latest cases plus every open one (the list caps at 100 and an open case must never drop off) */
  async function casesOf(actor: Actor): Promise<CaseView[]> {
    const [open, recent] = await Promise.all([services.licensing.list(actor, { active: true }), services.licensing.list(actor)]);
    const byId = new Map<string, CaseView>();
    for (const c of [...open, ...recent]) byId.set(c.id, c);
    return [...byId.values()];
  }

  app.get(
    `${DASHBOARD_PATH}/licensing`,
    page(async (c) => {
      const cases = await casesOf(actorOf(c));
      return renderDashboard(c, <LicensingPage ctx={pageContext(c, services)} cases={cases} official={await officialOf(c)} now={services.now()} />);
    }),
  );

  app.get(
    `${DASHBOARD_PATH}/display`,
    page(async (c) => {
      const points = await services.display.listPoints(actorOf(c));
      return renderDashboard(c, <DisplayPointsPage ctx={pageContext(c, services)} points={points} official={await officialOf(c)} />);
    }),
  );

  const csvResponse = (c: Ctx, filename: string, body: string) =>
    c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });

  app.get(
    `${DASHBOARD_PATH}/export/targets.csv`,
    page(async (c) => {
      const table = await services.dashboard.targetTable(actorOf(c), c.req.query('month') || services.dashboard.currentMonth());
      return csvResponse(c, `targets-${table.month}.csv`, targetsCsv(table, resolveLang(c)));
    }),
  );

  app.get(
    `${DASHBOARD_PATH}/export/cases.csv`,
    page(async (c) => {
      const now = services.now();
      return csvResponse(c, `licensing-cases-${now.toISOString().slice(0, 10)}.csv`, casesCsv(await casesOf(actorOf(c)), resolveLang(c), now));
    }),
  );

  async function payoutsPage(c: Ctx, extra: Pick<PayoutsPageProps, 'notice' | 'problem'> = {}, status: PageStatus = 200) {
    const actor = actorOf(c);
    const owed = await services.payouts.list(actor);
    const history = (await services.payouts.history(actor)).slice(0, 50).map((p) => ({ businessName: p.producer.businessName, amountIdr: p.amountIdr, reference: p.reference, at: p.createdAt.toISOString().slice(0, 16).replace('T', ' ') }));
    return renderDashboard(c, <PayoutsPage ctx={pageContext(c, services)} owed={owed} history={history} official={await officialOf(c)} {...extra} />, status);
  }

  app.get(
    `${DASHBOARD_PATH}/payouts`,
    page(async (c) => {
      // after a mark: the confirmation, read back from the payout just recorded (nothing typed is echoed)
      const markedId = c.req.query('marked');
      const marked = markedId ? (await services.payouts.history(actorOf(c))).find((p) => p.id === markedId) : undefined;
      const notice = marked ? pageContext(c, services).t('payout-form:marked', { amount: formatIdr(marked.amountIdr), producer: marked.producer.businessName, reference: marked.reference }) : undefined;
      return payoutsPage(c, { notice });
    }),
  );

  app.post(
    `${DASHBOARD_PATH}/payouts/mark`,
    page(async (c) => {
      const t = pageContext(c, services).t;
      // the session cookie is SameSite=Strict already; a form posted from another site is refused outright too
      if (c.req.header('sec-fetch-site') === 'cross-site') return payoutsPage(c, { problem: { text: t('payout-form:crossSite') } }, 403);
      const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, 200) : '');
      const producerId = field('producerId');
      const reference = field('reference');
      const amount = field('amountIdr');
      try {
        const payout = await services.payouts.markTransferred(actorOf(c), { producerId, reference, amountIdr: /^\d{1,12}$/.test(amount) ? Number(amount) : Number.NaN });
        c.header('Cache-Control', 'no-store');
        return c.redirect(`${DASHBOARD_PATH}/payouts?marked=${encodeURIComponent(payout.id)}`, 303);
      } catch (error) {
        // a curator's refusal goes to the usual refusal page; a bad or stale mark is shown on the list
        if (error instanceof DomainError && error.messageKey && error.status !== 403) {
          return payoutsPage(c, { problem: { text: t(error.messageKey, error.params), producerId, reference } }, error.status === 409 ? 409 : 400);
        }
        throw error;
      }
    }),
  );

  app.get(
    `${DASHBOARD_PATH}/export/payouts.csv`,
    page(async (c) => csvResponse(c, `payouts-${services.now().toISOString().slice(0, 10)}.csv`, await services.payouts.csv(actorOf(c)))),
  );

  app.get(`${DASHBOARD_PATH}/*`, (c) => renderDashboard(c, <NotFoundPage ctx={pageContext(c, services)} path={c.req.path} />, 404));
  return app;
}
