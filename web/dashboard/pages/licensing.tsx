// Licensing cases of the official's regencies: the open ones with the step they are at, and the issued
// certificates by expiry, those lapsing within 90 days (or lapsed) highlighted and marked in words.
import { formatDate, type Lang, type TFunction } from '../../../domain/lib/i18n.ts';
import type { CaseView } from '../../../domain/licensing/case-view.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { expiryOf, splitCases } from '../case-expiry.ts';
import { DashboardPage, type Official } from '../dashboard-layout.tsx';

const subject = (c: CaseView) => c.product?.name ?? c.producer.businessName;
const day = (iso: string | null, lang: Lang) => (iso ? formatDate(new Date(iso), lang) : '-');

function OpenCases({ cases, t, lang }: { cases: CaseView[]; t: TFunction; lang: Lang }) {
  const n = (key: string) => t(`dashboard:licensing.columns.${key}`);
  if (cases.length === 0) return <p class="notice">{t('dashboard:licensing.noOpen')}</p>;
  return (
    <div class="table-wrap" role="region" tabindex={0} aria-label={t('dashboard:scroll.label')} data-hint={t('dashboard:scroll.hint')}>
      <table class="data" data-testid="open-cases">
        <caption>{t('dashboard:licensing.openCaption', { count: cases.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{n('type')}</th>
            <th scope="col">{n('subject')}</th>
            <th scope="col">{n('region')}</th>
            <th scope="col">{n('status')}</th>
            <th scope="col">{n('step')}</th>
            <th scope="col">{n('updated')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr data-case={c.id}>
              <td>{t(`licensing:types.${c.type}`)}</td>
              <th scope="row">
                {subject(c)}
                <br />
                <span class="muted">{c.producer.businessName}</span>
              </th>
              <td>{c.producer.regionName}</td>
              <td>{t(`licensing:status.${c.status}`)}</td>
              <td>{t('dashboard:licensing.stepOf', { n: c.stepIndex + 1, total: c.stepCount, step: t(`licensing:steps.${c.type}.${c.stepKey}`) })}</td>
              <td>{day(c.updatedAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Certificates({ cases, t, lang, now }: { cases: CaseView[]; t: TFunction; lang: Lang; now: Date }) {
  const n = (key: string) => t(`dashboard:licensing.columns.${key}`);
  if (cases.length === 0) return <p class="notice">{t('dashboard:licensing.noCertificates')}</p>;
  return (
    <div class="table-wrap" role="region" tabindex={0} aria-label={t('dashboard:scroll.label')} data-hint={t('dashboard:scroll.hint')}>
      <table class="data" data-testid="certificates">
        <caption>{t('dashboard:licensing.certificatesCaption', { count: cases.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{n('type')}</th>
            <th scope="col">{n('subject')}</th>
            <th scope="col">{n('region')}</th>
            <th scope="col">{n('number')}</th>
            <th scope="col">{n('issued')}</th>
            <th scope="col">{n('expires')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => {
            const expiry = expiryOf(c.expiresAt, now);
            return (
              <tr class={expiry.state === 'soon' || expiry.state === 'expired' ? expiry.state : undefined} data-case={c.id} data-expiry={expiry.state}>
                <td>{t(`licensing:types.${c.type}`)}</td>
                <th scope="row">
                  {subject(c)}
                  <br />
                  <span class="muted">{c.producer.businessName}</span>
                </th>
                <td>{c.producer.regionName}</td>
                <td>{c.certificateNumber}</td>
                <td>{day(c.issuedAt, lang)}</td>
                <td>
                  {c.expiresAt ? day(c.expiresAt, lang) : t('dashboard:licensing.noExpiry')}
                  {expiry.state === 'soon' || expiry.state === 'expired' ? (
                    <>
                      {' '}
                      <span class="tag">{t(`dashboard:licensing.${expiry.state}`, { days: expiry.days ?? 0, ago: Math.abs(expiry.days ?? 0) })}</span>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function LicensingPage({ ctx, cases, official, now }: { ctx: PageContext; cases: CaseView[]; official: Official; now: Date }) {
  const { t, lang } = ctx;
  const { open, certificates } = splitCases(cases);
  return (
    <DashboardPage ctx={ctx} section="licensing" title={t('dashboard:licensing.title')} path="/dashboard/licensing" official={official}>
      <p>{t('dashboard:licensing.intro')}</p>
      <h2>{t('dashboard:licensing.certificatesTitle')}</h2>
      <Certificates cases={certificates} t={t} lang={lang} now={now} />
      <h2>{t('dashboard:licensing.openTitle')}</h2>
      <OpenCases cases={open} t={t} lang={lang} />
      <p class="exports">
        <a class="button alt" href="/dashboard/export/cases.csv" download>
          {t('dashboard:export.cases')}
        </a>
      </p>
    </DashboardPage>
  );
}
