// The frame of every dashboard page: the storefront's layout (language, header, footer, escaping) with the
// dashboard's stylesheet, its section navigation and the sign-out button when an official is signed in.
import type { Child } from 'hono/jsx';
import { Layout } from '../layout.tsx';
import type { PageContext } from '../storefront/pages/page-context.ts';
import { dashboardCss } from './dashboard-styles.ts';

export type Section = 'overview' | 'curation' | 'licensing' | 'display' | 'payouts' | 'signIn';

export interface Official {
  displayName: string;
  role: 'CURATOR' | 'ADMIN';
  regionNames: string[];
}

export interface DashboardPageProps {
  ctx: PageContext;
  section: Section;
  title: string;
  /** the page's path (for the canonical link; dashboard pages are never indexed) */
  path: string;
  official?: Official;
  children?: Child;
}

// adminOnly: a curator would only get a refusal there, so the link is not shown to them
const sections: { id: Exclude<Section, 'signIn'>; href: string; key: string; adminOnly?: boolean }[] = [
  { id: 'overview', href: '/dashboard', key: 'dashboard:nav.overview' },
  { id: 'curation', href: '/dashboard/curation', key: 'dashboard:nav.curation' },
  { id: 'licensing', href: '/dashboard/licensing', key: 'dashboard:nav.licensing' },
  { id: 'display', href: '/dashboard/display', key: 'dashboard:nav.display' },
  { id: 'payouts', href: '/dashboard/payouts', key: 'payment:dashboard.nav', adminOnly: true },
];

export function DashboardPage({ ctx, section, title, path, official, children }: DashboardPageProps) {
  const { t, lang } = ctx;
  return (
    <Layout
      lang={lang}
      t={t}
      publicUrl={ctx.publicUrl}
      switchHref={ctx.switchHref}
      meta={{ title, description: t('dashboard:description'), path, noindex: true }}
      head={<style dangerouslySetInnerHTML={{ __html: dashboardCss }} />}
    >
      {official ? (
        <nav class="dash" aria-label={t('dashboard:nav.label')}>
          <ul>
            {sections.filter((s) => !s.adminOnly || official.role === 'ADMIN').map((s) => (
              <li>
                <a href={s.href} aria-current={s.id === section ? 'page' : undefined}>
                  {t(s.key)}
                </a>
              </li>
            ))}
            <li>
              <form method="post" action="/dashboard/sign-out">
                <button type="submit" class="button alt" data-testid="sign-out">
                  {t('dashboard:nav.signOut')}
                </button>
              </form>
            </li>
          </ul>
          <p class="who" data-testid="who">
            {official.role === 'ADMIN'
              ? t('dashboard:who.admin', { name: official.displayName })
              : t('dashboard:who.curator', { name: official.displayName, regions: official.regionNames.join(', ') || '-' })}
          </p>
        </nav>
      ) : null}
      <h1>{title}</h1>
      {children}
    </Layout>
  );
}
