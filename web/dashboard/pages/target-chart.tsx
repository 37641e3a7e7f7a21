// Designated flagships against the target per regency as horizontal bars in HTML (not a scaled SVG): the
// labels keep the page's font size (≥ 12 px on a 390 px phone) and wrap, each bar says its numbers and its
// status in words ("tercapai", "kurang 1"). It is a picture of the table next to it (which stays the data
// source for screen readers): role="img" with a title and a summary.
import type { TFunction } from '../../../domain/lib/i18n.ts';
import type { TargetTableRow } from '../../../domain/services/dashboard.service.ts';

/** "Kabupaten Timor Tengah Selatan" → "Timor Tengah Selatan" (the chart is narrow; the table has the full name) */
export const chartLabel = (name: string): string => name.replace(/^Kabupaten\s+/i, '');

/** "tercapai" / "kurang 1": a status in words, coloured by the stylesheet (never colour alone) */
export function statusText(t: TFunction, r: Pick<TargetTableRow, 'met' | 'gap'>): string {
  return r.met ? t('dashboard:targets.met') : t('dashboard:targets.short', { count: r.gap });
}

export function TargetChart({ rows, t, month, monthLabel }: { rows: TargetTableRow[]; t: TFunction; month: string; monthLabel: string }) {
  const scale = Math.max(1, ...rows.map((r) => Math.max(r.target, r.designated)));
  const pct = (n: number) => `${Math.round((n / scale) * 1000) / 10}%`;
  const titleId = `chart-title-${month}`;
  const descId = `chart-desc-${month}`;
  return (
    <figure class="chart" data-testid="target-chart">
      <div role="img" aria-labelledby={`${titleId} ${descId}`} class="bars">
        <p id={titleId} class="chart-title">
          {t('dashboard:chart.title', { month: monthLabel })}
        </p>
        <p id={descId} class="visually-hidden">
          {t('dashboard:chart.desc', { met: rows.filter((r) => r.met).length, regions: rows.length })}
        </p>
        <ul>
          {rows.map((r) => (
            <li data-region={r.regionCode} class={r.met ? 'met' : 'short'}>
              <span class="label">{chartLabel(r.regionName)}</span>
              <span class="track">
                <span class="target" style={`width:${pct(r.target)}`} />
                <span class="bar designated" style={`width:${pct(r.designated)}`} />
              </span>
              <span class="value">
                {`${r.designated}/${r.target}`} <span class={r.met ? 'tag ok' : 'tag short'}>{statusText(t, r)}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
      <ul class="legend" aria-hidden="true">
        <li>
          <span class="swatch" style="background:#f1e4cf;border:1px solid #6b5a44" />
          {t('dashboard:chart.target')}
        </li>
        <li>
          <span class="swatch" style="background:#8a3b12" />
          {t('dashboard:chart.designated')}
        </li>
        <li>
          <span class="swatch" style="background:#15803d" />
          {t('dashboard:chart.met')}
        </li>
      </ul>
      <figcaption>{t('dashboard:chart.caption')}</figcaption>
    </figure>
  );
}
