// From the 15th (WITA): the curators of regencies without any flagship yet are alerted; from the 25th, those
// still below target. Admins get one digest each time. Each alert goes out once per month.
import type { NotificationInput } from '../../domain/repositories/notification.repository.ts';
import { witaDayOfMonth, witaMonth } from '../../domain/lib/time.ts';
import type { Services } from '../../domain/services/services.ts';
import { bulletList, defaultOwner, runOnce, type JobOutcome } from './run-once.ts';

export async function targetAlerts(services: Services, now: Date, owner = defaultOwner()): Promise<JobOutcome> {
  const day = witaDayOfMonth(now);
  // a process that was down on the 15th still sends the mid-month alert later, but never twice
  const kind = day >= 25 ? 'late' : day >= 15 ? 'mid' : null;
  if (!kind) return { ran: false, reason: 'not-due' };
  const month = witaMonth(now);
  return runOnce(services.repos.jobRuns, `target-alerts-${kind}`, month, owner, now, async () => {
    const rows = (await services.targets.all(month)).filter((r) => (kind === 'mid' ? r.designated === 0 && r.target > 0 : r.designated < r.target));
    if (rows.length === 0) return 0;
    const curators = await services.repos.targets.curatorsByRegion();
    const template = kind === 'mid' ? 'official:notify.targetMid' : 'official:notify.targetLate';
    const choices = [{ labelKey: 'official:buttons.showTarget', value: '!target:' }];
    const notes: NotificationInput[] = [];
    for (const r of rows) {
      const params = { region: r.regionName, month, designated: r.designated, target: r.target, submitted: r.pipeline.submitted, inReview: r.pipeline.inReview, approved: r.pipeline.approvedNotDesignated };
      for (const c of curators.filter((x) => x.regionCode === r.regionCode)) notes.push({ recipientId: c.userId, template, params, choices });
    }
    const list = bulletList(rows.map((r) => `${r.regionName}: ${r.designated}/${r.target}`), 22);
    for (const admin of await services.repos.targets.admins()) {
      notes.push({ recipientId: admin.id, template: `${template}Digest`, params: { month, count: rows.length, list }, choices });
    }
    await services.repos.notifications.enqueue(notes);
    return notes.length;
  });
}
