// The officials' scheduled jobs, for the scheduler: each takes the current time and runs at most once per
// period (see run-once.ts). Call them as often as you like (e.g. every few minutes).
import type { Services } from '../../domain/services/services.ts';
import { curationReminders } from './curation-reminders.job.ts';
import { expiryReminders } from './expiry-reminders.job.ts';
import { monthlyReport } from './monthly-report.job.ts';
import { defaultOwner, type JobOutcome } from './run-once.ts';
import { targetAlerts } from './target-alerts.job.ts';

export { curationReminders, expiryReminders, monthlyReport, targetAlerts };

export function officialJobs(services: Services, owner = defaultOwner()): Record<string, (now: Date) => Promise<JobOutcome>> {
  return {
    'curation-reminders': (now) => curationReminders(services, now, owner),
    'expiry-reminders': (now) => expiryReminders(services, now, owner),
    'target-alerts': (now) => targetAlerts(services, now, owner),
    'monthly-report': (now) => monthlyReport(services, now, owner),
  };
}
