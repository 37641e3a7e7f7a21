// Daily: certificates expiring within 90 and within 30 days are announced to the producer and the curators
// of the regency, each reminder once per certificate (the case records when it was sent).
import { typeLabelKey } from '../../domain/licensing/processes.ts';
import { witaDay } from '../../domain/lib/time.ts';
import type { Services } from '../../domain/services/services.ts';
import { DAY_MS, defaultOwner, runOnce, type JobOutcome } from './run-once.ts';

export function expiryReminders(services: Services, now: Date, owner = defaultOwner()): Promise<JobOutcome> {
  return runOnce(services.repos.jobRuns, 'expiry-reminders', witaDay(now), owner, now, async () => {
    const cases = await services.repos.licensing.expiring(now, new Date(now.getTime() + 90 * DAY_MS));
    let sent = 0;
    for (const c of cases) {
      const days = Math.ceil((c.expiresAt!.getTime() - now.getTime()) / DAY_MS);
      const which = days <= 30 ? 30 : 90;
      if ((which === 30 && c.reminder30SentAt) || (which === 90 && c.reminder90SentAt)) continue;
      const curators = await services.repos.licensing.curatorsOf(c.producer.regionCode);
      const params = {
        type: `t:${typeLabelKey(c.type)}`,
        product: c.product?.nameId ?? c.producer.businessName,
        producer: c.producer.businessName,
        number: c.certificateNumber,
        expiresAt: witaDay(c.expiresAt!),
        days,
      };
      const choices = [{ labelKey: 'licensing:buttons.viewCase', value: `!licensing.case:${c.id}` }];
      const notes = [c.producer.userId, ...curators.map((u) => u.id)].map((recipientId) => ({ recipientId, template: `licensing:notify.expiry${which}`, params, choices }));
      if (await services.repos.licensing.markReminder(c.id, which, now, notes)) sent += notes.length;
    }
    return sent;
  });
}
