// The monthly report to the province: every regency's flagships against the target, the pipeline, approvals
// and certificates of the month; as data, CSV or PDF. Admins only.
import { reportCsv, reportPdf, type MonthlyReport, type ReportRow } from '../reports/monthly-files.ts';
import type { Lang } from '../lib/i18n.ts';
import { invalid } from '../lib/errors.ts';
import { isMonth, previousMonth, witaMonth } from '../lib/time.ts';
import type { TargetRepository } from '../repositories/target.repository.ts';
import { isAdmin, requireAdmin, requireOfficial, type AnyActor } from './actor.ts';
import type { TargetService } from './target.service.ts';

export interface ReportDeps {
  targets: TargetRepository;
  targetService: TargetService;
  now: () => Date;
}

export function createReportService(deps: ReportDeps) {
  async function build(month: string): Promise<MonthlyReport> {
    const [progress, activity] = await Promise.all([deps.targetService.all(month), deps.targets.activity(month)]);
    const of = (list: { regionCode: string; count: number }[], code: string) => list.find((x) => x.regionCode === code)?.count ?? 0;
    const rows: ReportRow[] = progress
      .map((p) => ({
        regionCode: p.regionCode,
        regionName: p.regionName,
        target: p.target,
        designated: p.designated,
        gap: p.gap,
        met: p.met,
        submitted: p.pipeline.submitted,
        inReview: p.pipeline.inReview,
        approvedNotDesignated: p.pipeline.approvedNotDesignated,
        approvedInMonth: of(activity.approved, p.regionCode),
        certificatesIssued: of(activity.certificates, p.regionCode),
      }))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode));
    const sum = (k: keyof ReportRow) => rows.reduce((acc, r) => acc + Number(r[k]), 0);
    return {
      month,
      generatedAt: deps.now().toISOString(),
      summary: { regions: rows.length, met: rows.filter((r) => r.met).length, designated: sum('designated'), target: sum('target'), approvedInMonth: sum('approvedInMonth'), certificatesIssued: sum('certificatesIssued') },
      rows,
    };
  }

  const monthOrDefault = (month?: string) => {
    // by default the last complete month (the report goes out on the 1st)
    const m = month ?? previousMonth(witaMonth(deps.now()));
    if (!isMonth(m)) throw invalid('month must be YYYY-MM', 'official:errors.badMonth');
    return m;
  };

  return {
    /** for the scheduled job (the system acts) and the API */
    build,
    async monthly(actor: AnyActor, month?: string): Promise<MonthlyReport> {
      requireAdmin(actor);
      return build(monthOrDefault(month));
    },
    async csv(actor: AnyActor, month?: string, lang: Lang = 'id'): Promise<{ month: string; body: string }> {
      requireAdmin(actor);
      const report = await build(monthOrDefault(month));
      return { month: report.month, body: reportCsv(report, lang) };
    },
    /**
     * The report as files for the chat: an admin's covers every regency, a curator's their own regencies
     * (the summary counted over those). This month by default, unlike the scheduled report.
     */
    async files(actor: AnyActor, month: string, lang: Lang, formats: ('csv' | 'pdf')[]): Promise<{ month: string; csv?: Buffer; pdf?: Buffer; regions: number }> {
      requireOfficial(actor);
      if (!isMonth(month)) throw invalid('month must be YYYY-MM', 'official:errors.badMonth');
      const full = await build(month);
      const own = isAdmin(actor) || actor.kind !== 'user' ? null : new Set(actor.regionCodes);
      const rows = own ? full.rows.filter((r) => own.has(r.regionCode)) : full.rows;
      const sum = (k: keyof ReportRow) => rows.reduce((acc, r) => acc + Number(r[k]), 0);
      const report: MonthlyReport = own
        ? { ...full, rows, summary: { regions: rows.length, met: rows.filter((r) => r.met).length, designated: sum('designated'), target: sum('target'), approvedInMonth: sum('approvedInMonth'), certificatesIssued: sum('certificatesIssued') } }
        : full;
      return {
        month,
        regions: rows.length,
        ...(formats.includes('csv') ? { csv: Buffer.from(reportCsv(report, lang), 'utf8') } : {}),
        ...(formats.includes('pdf') ? { pdf: await reportPdf(report, lang) } : {}),
      };
    },
    async pdf(actor: AnyActor, month?: string, lang: Lang = 'id'): Promise<{ month: string; body: Buffer }> {
      requireAdmin(actor);
      const report = await build(monthOrDefault(month));
      return { month: report.month, body: await reportPdf(report, lang) };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
