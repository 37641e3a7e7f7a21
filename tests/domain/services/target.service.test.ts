// The monthly target: default and adjusted targets, designations against them with the pipeline, the
// officials' view (own regencies; admins all 22 by gap), and the monthly report as JSON, CSV and PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/services/actor.ts';
import { allFours, createOfficialTestServices, makeOfficial, makeProducer, makeProduct, testClock } from './official-fixtures.ts';

const clock = testClock('2026-11-20T03:00:00Z');
let t: Awaited<ReturnType<typeof createOfficialTestServices>>;
let curator: Actor;
let admin: Actor;
let producer: Actor;
beforeAll(async () => {
  t = await createOfficialTestServices({ now: clock.now });
  curator = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.09']);
  admin = await makeOfficial(t.services, t.prisma, 'ADMIN');
  producer = await makeProducer(t.services, t.prisma, '53.09');
});
afterAll(() => t.close());

describe('targets', () => {
  it('counts designations of the WITA month against the default target, with the pipeline', async () => {
    const approved = await makeProduct(t.prisma, producer.producerId!, { status: 'APPROVED' });
    await makeProduct(t.prisma, producer.producerId!); // submitted
    const inReview = await makeProduct(t.prisma, producer.producerId!);
    await t.services.curation.startReview(curator, inReview.id);
    const flagship = await makeProduct(t.prisma, producer.producerId!);
    await t.services.curation.decide(curator, flagship.id, { scores: allFours, decision: 'APPROVE', designateFlagship: true });
    const rows = await t.services.targets.progress(curator, '2026-11');
    expect(rows).toEqual([
      { regionCode: '53.09', regionName: expect.stringContaining('Ngada'), month: '2026-11', target: 2, designated: 1, gap: 1, met: false, pipeline: { submitted: 1, inReview: 1, approvedNotDesignated: 1 } },
    ]);
    expect((await t.services.targets.candidates(curator, '53.09', '2026-11')).map((p) => p.id)).toEqual([approved.id]);
    // each month counts on its own
    expect((await t.services.targets.progress(curator, '2026-12'))[0]!.designated).toBe(0);
  });

  it('admins see all 22 regencies, largest gap first, and adjust one regency’s month', async () => {
    await expect(t.services.targets.setTarget(curator, '53.01', '2026-11', { target: 5 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.services.targets.setTarget(admin, '53.01', '2026-13', { target: 5 })).rejects.toMatchObject({ messageKey: 'official:errors.badMonth' });
    await expect(t.services.targets.setTarget(admin, '53.01', '2026-11', { target: -1 })).rejects.toMatchObject({ messageKey: 'official:errors.badTarget' });
    await expect(t.services.targets.setTarget(admin, '53.99', '2026-11', { target: 3 })).rejects.toMatchObject({ code: 'not_found' });
    expect(await t.services.targets.setTarget(admin, '53.01', '2026-11', { target: 5 })).toEqual({ regionCode: '53.01', month: '2026-11', target: 5 });
    const rows = await t.services.targets.progress(admin, '2026-11');
    expect(rows).toHaveLength(22);
    expect(rows[0]).toMatchObject({ regionCode: '53.01', target: 5, gap: 5 });
    expect(rows.at(-1)).toMatchObject({ regionCode: '53.09', gap: 1 });
    expect(rows.map((r) => r.gap)).toEqual([...rows.map((r) => r.gap)].sort((a, b) => b - a));
    // other months keep the default
    expect((await t.services.targets.progress(admin, '2026-10')).find((r) => r.regionCode === '53.01')!.target).toBe(2);
    await expect(t.services.targets.progress(producer)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('monthly report', () => {
  it('lists all 22 regencies as JSON, CSV and PDF, for admins only', async () => {
    const report = await t.services.reports.monthly(admin, '2026-11');
    expect(report.rows).toHaveLength(22);
    expect(report.summary).toMatchObject({ regions: 22, designated: 1, approvedInMonth: 1 });
    expect(report.rows.find((r) => r.regionCode === '53.09')).toMatchObject({ designated: 1, target: 2, submitted: 1, inReview: 1 });

    const csv = await t.services.reports.csv(admin, '2026-11', 'en');
    const lines = csv.body.trim().split('\n');
    expect(lines).toHaveLength(23);
    expect(lines[0]).toBe('region_code,region,target,designated,gap,met,submitted,in_review,approved_not_designated,approved_in_month,certificates_issued');
    expect(lines.find((l) => l.startsWith('53.09,'))).toMatch(/^53\.09,[^,]*Ngada[^,]*,2,1,1,0,1,1,1,1,0$/);

    const pdf = await t.services.reports.pdf(admin, '2026-11');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.body.length).toBeGreaterThan(1000);

    await expect(t.services.reports.monthly(curator, '2026-11')).rejects.toMatchObject({ code: 'forbidden' });
    // by default the last complete month
    expect((await t.services.reports.monthly(admin)).month).toBe('2026-10');
  });
});
