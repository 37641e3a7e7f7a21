// The dashboard's CSV exports: the month's target table (the rows shown on the overview) and the licensing
// cases with their expiry. Cells are quoted when needed and a leading = + - @ is neutralised, so a product
// or producer name can never run as a spreadsheet formula.
import { translator, type Lang } from '../../domain/lib/i18n.ts';
import type { CaseView } from '../../domain/licensing/case-view.ts';
import { witaDay } from '../../domain/lib/time.ts';
import type { TargetTable } from '../../domain/services/dashboard.service.ts';
import { expiryOf } from './case-expiry.ts';

type Cell = string | number | boolean | null;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csv = (header: string[], rows: Cell[][]) => `${[header.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n')}\n`;

const targetColumns = ['month', 'regionCode', 'regionName', 'target', 'designated', 'gap', 'met', 'submitted', 'inReview', 'approvedNotDesignated'] as const;

export function targetsCsv(table: TargetTable, lang: Lang): string {
  const t = translator(lang);
  return csv(
    targetColumns.map((c) => t(`dashboard:csv.targets.${c}`)),
    table.rows.map((r) => [table.month, r.regionCode, r.regionName, r.target, r.designated, r.gap, r.met, r.pipeline.submitted, r.pipeline.inReview, r.pipeline.approvedNotDesignated]),
  );
}

const caseColumns = ['id', 'type', 'status', 'step', 'productCode', 'product', 'producer', 'regionCode', 'region', 'certificateNumber', 'issued', 'expires', 'daysLeft', 'updated'] as const;

export function casesCsv(cases: CaseView[], lang: Lang, now: Date): string {
  const t = translator(lang);
  const day = (iso: string | null) => (iso ? witaDay(new Date(iso)) : null); // the WITA day people see
  return csv(
    caseColumns.map((c) => t(`dashboard:csv.cases.${c}`)),
    cases.map((c) => [
      c.id,
      c.type,
      c.status,
      t(`licensing:steps.${c.type}.${c.stepKey}`),
      c.product?.code ?? null,
      c.product?.name ?? null,
      c.producer.businessName,
      c.producer.regionCode,
      c.producer.regionName,
      c.certificateNumber,
      day(c.issuedAt),
      day(c.expiresAt),
      expiryOf(c.expiresAt, now).days,
      day(c.updatedAt),
    ]),
  );
}
