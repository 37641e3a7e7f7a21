// The monthly report as files for the province: CSV (one line per regency, for spreadsheets) and a one-page
// PDF table (pdfkit, built-in Helvetica: no font files to ship).
import { pdfKit } from '../lib/on-demand.ts';
import { translator, type Lang } from '../lib/i18n.ts';

export interface ReportRow {
  regionCode: string;
  regionName: string;
  target: number;
  designated: number;
  gap: number;
  met: boolean;
  submitted: number;
  inReview: number;
  approvedNotDesignated: number;
  approvedInMonth: number;
  certificatesIssued: number;
}

export interface MonthlyReport {
  month: string;
  generatedAt: string;
  summary: { regions: number; met: number; designated: number; target: number; approvedInMonth: number; certificatesIssued: number };
  rows: ReportRow[];
}

const columns = ['regionCode', 'regionName', 'target', 'designated', 'gap', 'met', 'submitted', 'inReview', 'approvedNotDesignated', 'approvedInMonth', 'certificatesIssued'] as const;

function csvCell(value: string | number | boolean): string {
  const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  // quote when needed; a leading =,+,-,@ is neutralised so spreadsheets do not run it as a formula
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportCsv(report: MonthlyReport, lang: Lang = 'id'): string {
  const t = translator(lang);
  const header = columns.map((c) => csvCell(t(`official:report.columns.${c}`))).join(',');
  const lines = report.rows.map((r) => columns.map((c) => csvCell(r[c])).join(','));
  return `${[header, ...lines].join('\n')}\n`;
}

export function reportPdf(report: MonthlyReport, lang: Lang = 'id'): Promise<Buffer> {
  const t = translator(lang);
  const doc = new (pdfKit())({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: t('official:report.title', { month: report.month }) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(t('official:report.title', { month: report.month }));
  const s = report.summary;
  doc.font('Helvetica').fontSize(10).text(t('official:report.summaryLine', { met: s.met, regions: s.regions, designated: s.designated, target: s.target, approved: s.approvedInMonth, certificates: s.certificatesIssued }));
  doc.moveDown();
  const widths = [50, 170, 45, 60, 40, 40, 60, 55, 80, 65, 65];
  const x0 = doc.page.margins.left;
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    let x = x0;
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: widths[i]! - 4, lineBreak: false, ellipsis: true });
      x += widths[i]!;
    });
    doc.x = x0;
    doc.y = y + 14;
  };
  row(columns.map((c) => t(`official:report.short.${c}`)), true);
  for (const r of report.rows) row(columns.map((c) => (c === 'met' ? t(r.met ? 'official:report.yes' : 'official:report.no') : String(r[c]))));
  doc.end();
  return done;
}
