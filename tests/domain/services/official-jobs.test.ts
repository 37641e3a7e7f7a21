// The officials' scheduled jobs: each runs once per period even when two processes call it at once, and
// sends what it should to whom it should (reminders, expiry warnings once each, target alerts, the report).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curationReminders, expiryReminders, monthlyReport, targetAlerts } from '../../../server/jobs/official-jobs.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import { allFours, createOfficialTestServices, makeOfficial, makeProducer, makeProduct, testClock } from './official-fixtures.ts';

const DAY = 86_400_000;
const clock = testClock('2026-11-10T02:00:00Z');
let t: Awaited<ReturnType<typeof createOfficialTestServices>>;
let curator: Actor;
let admin: Actor;
let producer: Actor;
beforeAll(async () => {
  t = await createOfficialTestServices({ now: clock.now });
  curator = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.12']);
  admin = await makeOfficial(t.services, t.prisma, 'ADMIN');
  producer = await makeProducer(t.services, t.prisma, '53.12');
});
afterAll(() => t.close());

const templatesOf = async (userId: string, template: string) => t.prisma.notification.findMany({ where: { recipientId: userId, template }, orderBy: { createdAt: 'asc' } });

describe('JobRun', () => {
  it('two processes calling the same job for the same period: it runs once', async () => {
    const now = new Date('2026-11-11T02:00:00Z');
    const results = await Promise.all([curationReminders(t.services, now, 'proc-a'), curationReminders(t.services, now, 'proc-b')]);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
    expect(results.filter((r) => !r.ran)).toEqual([{ ran: false, reason: 'already-ran' }]);
    expect(await t.prisma.jobRun.count({ where: { name: 'curation-reminders', periodKey: '2026-11-11' } })).toBe(1);
  });
});

describe('curation reminders', () => {
  it('submissions waiting more than 3 days are reminded to the regency’s officials, once a day', async () => {
    const now = new Date('2026-11-12T02:00:00Z');
    const old = await makeProduct(t.prisma, producer.producerId!, { name: 'Tenun Ikat Lama', submittedAt: new Date(now.getTime() - 4 * DAY) });
    await makeProduct(t.prisma, producer.producerId!, { name: 'Tenun Baru', submittedAt: new Date(now.getTime() - 1 * DAY) });
    expect(await curationReminders(t.services, now, 'a')).toMatchObject({ ran: true });
    const [note] = await templatesOf(curator.userId, 'official:notify.reminder');
    expect(note!.params).toMatchObject({ count: 1, days: 4 });
    expect(String((note!.params as Record<string, unknown>).list)).toContain(`Tenun Ikat Lama (${old.code})`);
    expect(String((note!.params as Record<string, unknown>).list)).not.toContain('Tenun Baru');
    expect(note!.choices).toEqual([{ labelKey: 'official:buttons.openQueue', value: '!curate.queue:' }]);
    expect(await templatesOf(admin.userId, 'official:notify.reminder')).toHaveLength(1);
    expect(await curationReminders(t.services, new Date(now.getTime() + 3_600_000), 'b')).toEqual({ ran: false, reason: 'already-ran' });
    expect(await curationReminders(t.services, new Date(now.getTime() + DAY), 'b')).toMatchObject({ ran: true });
    expect(await templatesOf(curator.userId, 'official:notify.reminder')).toHaveLength(2);
  });
});

describe('expiry reminders', () => {
  it('90 and 30 days before expiry, each once, to the producer and the regency’s curators', async () => {
    const p = await makeProduct(t.prisma, producer.producerId!, { status: 'APPROVED' });
    const c = await t.services.licensing.open(curator, { productId: p.id, type: 'SPP_IRT' });
    await t.services.licensing.recordCertificate(curator, c.id, { number: '206537101012327', issuedAt: '2021-12-01', expiresAt: '2026-12-01' });
    const expires = new Date('2026-12-01T00:00:00+08:00').getTime();
    const at = (daysBefore: number) => new Date(expires - daysBefore * DAY + 3_600_000);
    await expiryReminders(t.services, at(95), 'a');
    expect(await templatesOf(producer.userId, 'licensing:notify.expiry90')).toHaveLength(0);
    await expiryReminders(t.services, at(89), 'a');
    await expiryReminders(t.services, at(88), 'a');
    const ninety = await templatesOf(producer.userId, 'licensing:notify.expiry90');
    expect(ninety).toHaveLength(1);
    expect(ninety[0]!.params).toMatchObject({ number: '206537101012327', expiresAt: '2026-12-01', days: 89 });
    expect(await templatesOf(curator.userId, 'licensing:notify.expiry90')).toHaveLength(1);
    await expiryReminders(t.services, at(29), 'a');
    await expiryReminders(t.services, at(10), 'a');
    expect(await templatesOf(producer.userId, 'licensing:notify.expiry30')).toHaveLength(1);
    expect(await templatesOf(producer.userId, 'licensing:notify.expiry90')).toHaveLength(1);
    const row = await t.prisma.licensingCase.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.reminder90SentAt).not.toBeNull();
    expect(row.reminder30SentAt).not.toBeNull();
  });
});

describe('target alerts and the monthly report', () => {
  it('the 15th alerts regencies with no flagship, the 25th those below target, each once a month', async () => {
    expect(await targetAlerts(t.services, new Date('2026-11-10T02:00:00Z'), 'a')).toEqual({ ran: false, reason: 'not-due' });
    const mid = await targetAlerts(t.services, new Date('2026-11-15T01:00:00Z'), 'a');
    expect(mid).toMatchObject({ ran: true });
    const [alert] = await templatesOf(curator.userId, 'official:notify.targetMid');
    expect(alert!.params).toMatchObject({ month: '2026-11', designated: 0, target: 2 });
    const [digest] = await templatesOf(admin.userId, 'official:notify.targetMidDigest');
    expect(digest!.params).toMatchObject({ count: 22 });
    expect(await targetAlerts(t.services, new Date('2026-11-16T01:00:00Z'), 'b')).toEqual({ ran: false, reason: 'already-ran' });

    // one flagship in 53.12: still below the target of 2 on the 25th
    const p = await makeProduct(t.prisma, producer.producerId!);
    await t.services.curation.decide(curator, p.id, { scores: allFours, decision: 'APPROVE', designateFlagship: true });
    await targetAlerts(t.services, new Date('2026-11-25T01:00:00Z'), 'a');
    const [late] = await templatesOf(curator.userId, 'official:notify.targetLate');
    expect(late!.params).toMatchObject({ designated: 1, target: 2 });
    expect(await targetAlerts(t.services, new Date('2026-11-26T01:00:00Z'), 'a')).toEqual({ ran: false, reason: 'already-ran' });
  });

  it('the 1st sends last month’s summary to admins, once', async () => {
    const first = new Date('2026-11-30T17:00:00Z'); // 1 December, 01:00 WITA
    expect(await monthlyReport(t.services, first, 'a')).toMatchObject({ ran: true, periodKey: '2026-11' });
    expect(await monthlyReport(t.services, new Date(first.getTime() + DAY), 'b')).toEqual({ ran: false, reason: 'already-ran' });
    const [report] = await templatesOf(admin.userId, 'official:notify.monthlyReport');
    expect(report!.params).toMatchObject({ month: 'month:2026-11', regions: 22, designated: 1, met: 0 });
    expect(String((report!.params as Record<string, unknown>).below)).toContain('1/2');
    expect(await templatesOf(curator.userId, 'official:notify.monthlyReport')).toHaveLength(0);
  });
});
