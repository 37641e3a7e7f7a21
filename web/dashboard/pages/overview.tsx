// The month's target table of the 22 regencies (a curator's own regencies marked), the chart drawn from the
// same rows, the month picker (a plain GET form) and the CSV exports.
import type { TargetTable } from '../../../domain/services/dashboard.service.ts';
import { monthName } from '../../components/view-text.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { DashboardPage, type Official } from '../dashboard-layout.tsx';
import { statusText, TargetChart } from './target-chart.tsx';

export interface OverviewData {
  table: TargetTable;
  previous: string;
  next: string;
  official: Official;
  /** set when the asked month was not understood (the current month is shown) */
  problem?: string;
}

export function OverviewPage({ ctx, data }: { ctx: PageContext; data: OverviewData }) {
  const { t, lang } = ctx;
  const { table, official } = data;
  const label = monthName(table.month, lang);
  const curator = official.role === 'CURATOR';
  const n = (key: string) => t(`dashboard:targets.columns.${key}`);
  return (
    <DashboardPage ctx={ctx} section="overview" title={t('dashboard:targets.title', { month: label })} path="/dashboard" official={official}>
      {data.problem ? (
        <p class="problem" role="alert" data-testid="problem">
          {data.problem}
        </p>
      ) : null}
      <form method="get" action="/dashboard" class="month">
        <label>
          {t('dashboard:targets.month')}
          <input type="month" name="month" value={table.month} min="2024-01" max="2099-12" required />
        </label>
        <button type="submit">{t('dashboard:targets.show')}</button>
        <a href={`/dashboard?month=${data.previous}`} rel="prev">
          {t('dashboard:targets.previous')}
        </a>
        <a href={`/dashboard?month=${data.next}`} rel="next">
          {t('dashboard:targets.next')}
        </a>
      </form>
      <p data-testid="summary">{t('dashboard:targets.summary', { met: table.totals.met, regions: table.rows.length, designated: table.totals.designated, target: table.totals.target })}</p>
      <div class="table-wrap" role="region" tabindex={0} aria-label={t('dashboard:scroll.label')} data-hint={t('dashboard:scroll.hint')}>
        <table class="data" data-testid="target-table">
          <caption>{t('dashboard:targets.caption', { month: label })}</caption>
          <thead>
            <tr>
              <th scope="col">{n('region')}</th>
              <th scope="col" class="num">{n('target')}</th>
              <th scope="col" class="num">{n('designated')}</th>
              <th scope="col" class="num">{n('gap')}</th>
              <th scope="col" class="num">{n('submitted')}</th>
              <th scope="col" class="num">{n('inReview')}</th>
              <th scope="col" class="num">{n('approvedNotDesignated')}</th>
              <th scope="col">{n('status')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr class={curator && r.mine ? 'mine' : undefined} data-region={r.regionCode}>
                <th scope="row">
                  {r.regionName}
                  {curator && r.mine ? (
                    <>
                      {' '}
                      <span class="tag" data-testid="mine">
                        {t('dashboard:targets.mine')}
                      </span>
                    </>
                  ) : null}
                </th>
                <td class="num">{r.target}</td>
                <td class="num">{r.designated}</td>
                <td class="num">{r.gap}</td>
                <td class="num">{r.pipeline.submitted}</td>
                <td class="num">{r.pipeline.inReview}</td>
                <td class="num">{r.pipeline.approvedNotDesignated}</td>
                <td>
                  <span class={r.met ? 'tag ok' : 'tag short'}>{statusText(t, r)}</span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{t('dashboard:targets.total')}</td>
              <td class="num">{table.totals.target}</td>
              <td class="num">{table.totals.designated}</td>
              <td class="num">{table.totals.gap}</td>
              <td colspan={4} />
            </tr>
          </tfoot>
        </table>
      </div>
      <TargetChart rows={table.rows} t={t} month={table.month} monthLabel={label} />
      <h2>{t('dashboard:export.title')}</h2>
      <p class="exports">
        <a class="button alt" href={`/dashboard/export/targets.csv?month=${table.month}`} download data-testid="export-targets">
          {t('dashboard:export.targets', { month: label })}
        </a>
        <a class="button alt" href="/dashboard/export/cases.csv" download data-testid="export-cases">
          {t('dashboard:export.cases')}
        </a>
      </p>
    </DashboardPage>
  );
}
