// Designated flagships against the target per regency as an inline SVG bar chart. It is a picture of the
// table next to it (which stays the data source for screen readers): role="img" with a title and a summary.
import type { TFunction } from '../../../domain/lib/i18n.ts';
import type { TargetTableRow } from '../../../domain/services/dashboard.service.ts';

const WIDTH = 640;
const LABEL = 210;
const NUMBERS = 54;
const ROW = 22;
const TOP = 8;
const BAR_AREA = WIDTH - LABEL - NUMBERS;

/** "Kabupaten Timor Tengah Selatan" → "Timor Tengah Selatan" (the chart is narrow; the table has the full name) */
export const chartLabel = (name: string): string => name.replace(/^Kabupaten\s+/i, '');

export function TargetChart({ rows, t, month, monthLabel }: { rows: TargetTableRow[]; t: TFunction; month: string; monthLabel: string }) {
  const scale = Math.max(1, ...rows.map((r) => Math.max(r.target, r.designated)));
  const width = (n: number) => Math.round((n / scale) * BAR_AREA * 10) / 10;
  const height = TOP * 2 + rows.length * ROW;
  const titleId = `chart-title-${month}`;
  const descId = `chart-desc-${month}`;
  return (
    <figure class="chart" data-testid="target-chart">
      <svg role="img" viewBox={`0 0 ${WIDTH} ${height}`} aria-labelledby={`${titleId} ${descId}`} xmlns="http://www.w3.org/2000/svg" font-family="system-ui,sans-serif" font-size="12">
        <title id={titleId}>{t('dashboard:chart.title', { month: monthLabel })}</title>
        <desc id={descId}>{t('dashboard:chart.desc', { met: rows.filter((r) => r.met).length, regions: rows.length })}</desc>
        {rows.map((r, i) => {
          const y = TOP + i * ROW;
          return (
            <g data-region={r.regionCode}>
              <text x={LABEL - 6} y={y + 15} text-anchor="end" fill="#1f2328">
                {chartLabel(r.regionName)}
              </text>
              <rect x={LABEL} y={y + 3} width={width(r.target)} height={ROW - 6} fill="#f1e4cf" stroke="#6b5a44" stroke-width="1" />
              <rect class="designated" x={LABEL} y={y + 7} width={width(r.designated)} height={ROW - 14} fill={r.met ? '#15803d' : '#8a3b12'} />
              <text x={WIDTH - 4} y={y + 15} text-anchor="end" fill="#1f2328">
                {`${r.designated}/${r.target}`}
              </text>
            </g>
          );
        })}
      </svg>
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
