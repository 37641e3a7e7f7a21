// Daily: submissions waiting more than 3 days are reminded to the officials of their regency (curators of
// it and the province admins), one message per official listing them.
import type { NotificationInput } from '../../domain/repositories/notification.repository.ts';
import { witaDay } from '../../domain/lib/time.ts';
import type { Services } from '../../domain/services/services.ts';
import { bulletList, DAY_MS, defaultOwner, runOnce, type JobOutcome } from './run-once.ts';

export const WAITING_DAYS = 3;

export function curationReminders(services: Services, now: Date, owner = defaultOwner()): Promise<JobOutcome> {
  return runOnce(services.repos.jobRuns, 'curation-reminders', witaDay(now), owner, now, async () => {
    const waiting = await services.repos.curation.waitingSince(new Date(now.getTime() - WAITING_DAYS * DAY_MS));
    const perOfficial = new Map<string, { lines: string[]; oldest: number }>();
    const officialsByRegion = new Map<string, { id: string }[]>();
    for (const p of waiting) {
      const region = p.producer.regionCode;
      if (!officialsByRegion.has(region)) officialsByRegion.set(region, await services.repos.users.officialsOfRegion(region));
      const days = Math.floor((now.getTime() - (p.submittedAt ?? now).getTime()) / DAY_MS);
      for (const o of officialsByRegion.get(region)!) {
        const entry = perOfficial.get(o.id) ?? { lines: [], oldest: 0 };
        entry.lines.push(`${p.nameId} (${p.code}), ${p.producer.region.name}: ${days}`);
        entry.oldest = Math.max(entry.oldest, days);
        perOfficial.set(o.id, entry);
      }
    }
    const notes: NotificationInput[] = [...perOfficial].map(([recipientId, e]) => ({
      recipientId,
      template: 'official:notify.reminder',
      params: { count: e.lines.length, days: e.oldest, list: bulletList(e.lines) },
      choices: [{ labelKey: 'official:buttons.openQueue', value: '!curate.queue:' }],
    }));
    await services.repos.notifications.enqueue(notes);
    return notes.length;
  });
}
