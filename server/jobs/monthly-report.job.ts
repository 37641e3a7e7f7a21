// On the 1st (WITA): last month's report to the province admins as a chat summary; the CSV and PDF come in
// the chat with "/laporan" (bot/flows/official/report-request.ts) or from GET /api/v1/reports/monthly.
import { previousMonth, witaMonth } from '../../domain/lib/time.ts';
import type { Services } from '../../domain/services/services.ts';
import { bulletList, defaultOwner, runOnce, type JobOutcome } from './run-once.ts';

export function monthlyReport(services: Services, now: Date, owner = defaultOwner()): Promise<JobOutcome> {
  const month = previousMonth(witaMonth(now));
  return runOnce(services.repos.jobRuns, 'monthly-report', month, owner, now, async () => {
    const report = await services.reports.build(month);
    const below = report.rows.filter((r) => !r.met).sort((a, b) => b.gap - a.gap);
    const s = report.summary;
    const params = {
      month: `month:${month}`,
      met: s.met,
      regions: s.regions,
      designated: s.designated,
      target: s.target,
      approved: s.approvedInMonth,
      certificates: s.certificatesIssued,
      below: below.length ? bulletList(below.map((r) => `${r.regionName}: ${r.designated}/${r.target}`), 22) : '-',
    };
    const admins = await services.repos.targets.admins();
    await services.repos.notifications.enqueue(admins.map((a) => ({ recipientId: a.id, template: 'official:notify.monthlyReport', params })));
    return admins.length;
  });
}
