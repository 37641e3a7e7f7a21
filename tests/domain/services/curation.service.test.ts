// Curation: the rubric's total and grade, region authorization for every action, decisions and their
// notifications, the flagship designation counted in the target, and two curators deciding at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertRubric, defaultRubric, scoreProduct } from '../../../domain/curation/rubric.ts';
import { witaMonth } from '../../../domain/lib/time.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import { allFives, allFours, createOfficialTestServices, makeOfficial, makeProducer, makeProduct } from './official-fixtures.ts';

let t: Awaited<ReturnType<typeof createOfficialTestServices>>;
let curator: Actor;
let other: Actor;
let admin: Actor;
let producer: Actor;
beforeAll(async () => {
  t = await createOfficialTestServices();
  curator = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.09']);
  other = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.10']);
  admin = await makeOfficial(t.services, t.prisma, 'ADMIN');
  producer = await makeProducer(t.services, t.prisma, '53.09');
});
afterAll(() => t.close());

describe('rubric', () => {
  it('weights sum to 100 and totals map to grade bands', () => {
    expect(() => assertRubric(defaultRubric)).not.toThrow();
    expect(defaultRubric.criteria.map((c) => c.key)).toEqual(['quality', 'packaging', 'localMaterial', 'legality', 'capacity', 'price', 'story']);
    expect(scoreProduct(allFives)).toEqual({ total: 100, grade: 'A' });
    expect(scoreProduct(allFours)).toEqual({ total: 80, grade: 'B' });
    expect(scoreProduct({ ...allFours, quality: 5, packaging: 5 })).toEqual({ total: 88, grade: 'A' }); // 80 + 5 + 3
    expect(scoreProduct({ quality: 3, packaging: 3, localMaterial: 3, legality: 3, capacity: 3, price: 3, story: 3 })).toEqual({ total: 60, grade: 'C' });
    expect(scoreProduct({ quality: 2, packaging: 3, localMaterial: 3, legality: 2, capacity: 3, price: 3, story: 3 })).toEqual({ total: 52, grade: 'D' }); // 60 - 5 - 3
    expect(scoreProduct({ quality: 2, packaging: 3, localMaterial: 3, legality: 3, capacity: 3, price: 3, story: 3 })).toEqual({ total: 55, grade: 'C' }); // the band's edge
    expect(() => assertRubric({ ...defaultRubric, criteria: [{ key: 'quality', weight: 90 }] })).toThrow(/90/);
  });
});

describe('region authorization', () => {
  it('a curator of another regency, a producer and a buyer are refused every action; nothing changes', async () => {
    const p = await makeProduct(t.prisma, producer.producerId!);
    const buyer = await makeOfficial(t.services, t.prisma, 'BUYER');
    const decision = { scores: allFours, decision: 'APPROVE' as const, designateFlagship: true };
    for (const actor of [other, producer, buyer]) {
      const key = actor === other ? 'official:errors.outsideRegion' : 'common:errors.forbidden';
      await expect(t.services.curation.get(actor, p.id)).rejects.toMatchObject({ code: 'forbidden', messageKey: key });
      await expect(t.services.curation.startReview(actor, p.id)).rejects.toMatchObject({ code: 'forbidden', messageKey: key });
      await expect(t.services.curation.decide(actor, p.id, decision)).rejects.toMatchObject({ code: 'forbidden', messageKey: key });
      await expect(t.services.curation.designate(actor, p.id)).rejects.toMatchObject({ code: 'forbidden', messageKey: key });
      await expect(t.services.targets.candidates(actor, '53.09')).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(t.services.curation.queue(producer)).rejects.toMatchObject({ code: 'forbidden' });
    const after = await t.prisma.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(after.status).toBe('SUBMITTED');
    expect(await t.prisma.curationReview.count({ where: { productId: p.id } })).toBe(0);
    expect(await t.prisma.flagshipDesignation.count({ where: { productId: p.id } })).toBe(0);
  });

  it('the queue holds only the curator’s regencies; admins see all', async () => {
    const far = await makeProducer(t.services, t.prisma, '53.01');
    const mine = await makeProduct(t.prisma, producer.producerId!, { submittedAt: new Date(Date.now() - 5 * 86_400_000) });
    const theirs = await makeProduct(t.prisma, far.producerId!);
    const ids = (await t.services.curation.queue(curator)).map((p) => p.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(ids[0]).toBe(mine.id); // oldest first
    const all = (await t.services.curation.queue(admin)).map((p) => p.id);
    expect(all).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });
});

describe('decisions', () => {
  it('start, approve and designate: APPROVED, a review with total and grade, the flagship counted, the producer told', async () => {
    const p = await makeProduct(t.prisma, producer.producerId!, { name: 'Kopi Arabika Bajawa' });
    const started = await t.services.curation.startReview(curator, p.id);
    expect(started.status).toBe('IN_REVIEW');
    expect((await t.prisma.product.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('IN_REVIEW');
    const before = (await t.services.targets.progress(curator)).find((r) => r.regionCode === '53.09')!;
    const result = await t.services.curation.decide(curator, p.id, { scores: { ...allFours, quality: 5, packaging: 5 }, decision: 'APPROVE', designateFlagship: true });
    expect(result).toMatchObject({ status: 'APPROVED', total: 88, grade: 'A', flagship: { regionCode: '53.09', month: witaMonth() } });
    const row = await t.prisma.product.findUniqueOrThrow({ where: { id: p.id }, include: { reviews: true, flagships: true } });
    expect(row.status).toBe('APPROVED');
    expect(row.approvedAt).not.toBeNull();
    expect(row.reviews).toHaveLength(1);
    expect(row.reviews[0]).toMatchObject({ reviewerId: curator.userId, total: 88, grade: 'A', decision: 'APPROVE' });
    expect(row.flagships.map((f) => f.month)).toEqual([witaMonth()]);
    const afterRow = (await t.services.targets.progress(curator)).find((r) => r.regionCode === '53.09')!;
    expect(afterRow.designated).toBe(before.designated + 1);
    const notes = await t.prisma.notification.findMany({ where: { recipientId: producer.userId }, orderBy: { createdAt: 'asc' } });
    expect(notes.map((n) => n.template)).toEqual(expect.arrayContaining(['official:notify.decision.APPROVE', 'official:notify.flagship']));
    expect(notes.find((n) => n.template === 'official:notify.decision.APPROVE')!.params).toMatchObject({ product: 'Kopi Arabika Bajawa', grade: 'A', total: 88 });
    // once per month
    await expect(t.services.curation.designate(curator, p.id)).rejects.toMatchObject({ code: 'conflict', messageKey: 'official:errors.alreadyFlagship' });
  });

  it('asking for changes needs a note, which goes to the producer with the product back in CHANGES_REQUESTED', async () => {
    const p = await makeProduct(t.prisma, producer.producerId!);
    await expect(t.services.curation.decide(curator, p.id, { scores: allFours, decision: 'REQUEST_CHANGES' })).rejects.toMatchObject({ messageKey: 'official:errors.noteRequired' });
    await expect(t.services.curation.decide(curator, p.id, { scores: allFours, decision: 'REQUEST_CHANGES', notes: 'Tambahkan berat bersih', designateFlagship: true })).rejects.toMatchObject({ messageKey: 'official:errors.notApproved' });
    await expect(t.services.curation.decide(curator, p.id, { scores: { ...allFours, quality: 6 } as never, decision: 'APPROVE' })).rejects.toMatchObject({ messageKey: 'official:errors.reviewInput' });
    expect((await t.prisma.product.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('SUBMITTED');
    await t.services.curation.decide(curator, p.id, { scores: allFours, decision: 'REQUEST_CHANGES', notes: 'Tambahkan berat bersih pada label' });
    const row = await t.prisma.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ status: 'CHANGES_REQUESTED', curatorNote: 'Tambahkan berat bersih pada label', approvedAt: null });
    const note = await t.prisma.notification.findFirstOrThrow({ where: { recipientId: producer.userId, template: 'official:notify.decision.REQUEST_CHANGES' } });
    expect(note.params).toMatchObject({ note: 'Tambahkan berat bersih pada label' });
  });

  it('a rejection records its reason; a decided product cannot be started or decided again', async () => {
    const p = await makeProduct(t.prisma, producer.producerId!);
    await t.services.curation.decide(admin, p.id, { scores: { quality: 1, packaging: 1, localMaterial: 2, legality: 1, capacity: 1, price: 2, story: 1 }, decision: 'REJECT', notes: 'Bukan produk lokal' });
    expect((await t.prisma.product.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('REJECTED');
    await expect(t.services.curation.startReview(curator, p.id)).rejects.toMatchObject({ code: 'conflict', messageKey: 'official:errors.alreadyDecided' });
    await expect(t.services.curation.decide(curator, p.id, { scores: allFives, decision: 'APPROVE' })).rejects.toMatchObject({ messageKey: 'official:errors.alreadyDecided' });
    await expect(t.services.curation.designate(curator, p.id)).rejects.toMatchObject({ messageKey: 'official:errors.notApproved' });
  });

  it('two curators deciding at once: one decision stands, the other is told it was already decided', async () => {
    const second = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.09']);
    const p = await makeProduct(t.prisma, producer.producerId!);
    await t.services.curation.startReview(curator, p.id);
    const results = await Promise.allSettled([
      t.services.curation.decide(curator, p.id, { scores: allFours, decision: 'APPROVE', designateFlagship: true }),
      t.services.curation.decide(second, p.id, { scores: allFours, decision: 'REJECT', notes: 'Kurang lengkap' }),
    ]);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict', messageKey: 'official:errors.alreadyDecided' });
    expect(await t.prisma.curationReview.count({ where: { productId: p.id } })).toBe(1);
    const decisionNotes = await t.prisma.notification.count({ where: { recipientId: producer.userId, template: { startsWith: 'official:notify.decision.' }, params: { path: ['code'], equals: p.code } } });
    expect(decisionNotes).toBe(1);
  });
});
