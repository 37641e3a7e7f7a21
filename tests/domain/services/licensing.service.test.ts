// Licensing cases: path rules, authorization, the steps, certificate formats and dates, and the badge that
// appears on the public product only once an official recorded (verified) the certificate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate } from '../../../domain/licensing/certificate.ts';
import { processes } from '../../../domain/licensing/processes.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import { createOfficialTestServices, makeOfficial, makeProducer, makeProduct } from './official-fixtures.ts';

let t: Awaited<ReturnType<typeof createOfficialTestServices>>;
let curator: Actor;
let outsider: Actor;
let admin: Actor;
let producer: Actor;
beforeAll(async () => {
  t = await createOfficialTestServices();
  curator = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.04']);
  outsider = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.05']);
  admin = await makeOfficial(t.services, t.prisma, 'ADMIN');
  producer = await makeProducer(t.services, t.prisma, '53.04');
});
afterAll(() => t.close());

describe('path rules', () => {
  it('an alcoholic product cannot take either halal path; nothing is opened', async () => {
    const sopi = await makeProduct(t.prisma, producer.producerId!, { name: 'Sopi Kupang', containsAlcohol: true, status: 'APPROVED' });
    for (const type of ['HALAL_SELF_DECLARE', 'HALAL_REGULAR'] as const) {
      await expect(t.services.licensing.open(curator, { productId: sopi.id, type })).rejects.toMatchObject({ code: 'unprocessable', messageKey: 'licensing:errors.alcoholNotHalal' });
      await expect(t.services.licensing.open(producer, { productId: sopi.id, type })).rejects.toMatchObject({ messageKey: 'licensing:errors.alcoholNotHalal' });
    }
    expect(await t.prisma.licensingCase.count({ where: { productId: sopi.id } })).toBe(0);
  });

  it('milk, frozen fish, baby food or bottled water cannot take SPP-IRT and are pointed to BPOM', async () => {
    const milk = await makeProduct(t.prisma, producer.producerId!, { name: 'Susu Kuda Sumba', bpomOnlyFood: true });
    await expect(t.services.licensing.open(curator, { productId: milk.id, type: 'SPP_IRT' })).rejects.toMatchObject({ messageKey: 'licensing:errors.needsBpom' });
    const bpom = await t.services.licensing.open(curator, { productId: milk.id, type: 'BPOM_MD' });
    expect(bpom).toMatchObject({ type: 'BPOM_MD', status: 'OPEN', stepKey: 'registration' });
    const help = await t.services.licensing.productsForHelp(producer);
    expect(help.find((p) => p.id === milk.id)!.refusals).toMatchObject({ SPP_IRT: 'licensing:errors.needsBpom', BPOM_MD: null, HALAL_SELF_DECLARE: null });
  });
});

describe('authorization', () => {
  it('outsiders, buyers and producers cannot act on cases; nothing changes', async () => {
    const p = await makeProduct(t.prisma, producer.producerId!);
    const other = await makeProducer(t.services, t.prisma, '53.05');
    const buyer = await makeOfficial(t.services, t.prisma, 'BUYER');
    await expect(t.services.licensing.open(outsider, { productId: p.id, type: 'PACKAGING' })).rejects.toMatchObject({ code: 'forbidden', messageKey: 'official:errors.outsideRegion' });
    await expect(t.services.licensing.open(other, { productId: p.id, type: 'PACKAGING' })).rejects.toMatchObject({ code: 'forbidden', messageKey: 'licensing:errors.notYours' });
    await expect(t.services.licensing.open(buyer, { productId: p.id, type: 'PACKAGING' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.services.licensing.list(buyer)).rejects.toMatchObject({ code: 'forbidden' });
    const c = await t.services.licensing.open(curator, { productId: p.id, type: 'SPP_IRT' });
    for (const actor of [outsider, producer]) {
      await expect(t.services.licensing.advance(actor, c.id, { note: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(t.services.licensing.returnForCorrections(actor, c.id, { note: 'perbaiki label' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(t.services.licensing.recordCertificate(actor, c.id, { number: '206537101012327', issuedAt: '2026-01-01' })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(t.services.licensing.get(other, c.id)).rejects.toMatchObject({ code: 'not_found' });
    const row = await t.prisma.licensingCase.findUniqueOrThrow({ where: { id: c.id }, include: { steps: true } });
    expect(row).toMatchObject({ status: 'OPEN', stepIndex: 0, certificateNumber: null });
    expect(row.steps).toHaveLength(1);
    // a producer sees their own case, the outsider's list does not hold it
    expect((await t.services.licensing.list(producer)).map((x) => x.id)).toContain(c.id);
    expect((await t.services.licensing.list(outsider)).map((x) => x.id)).not.toContain(c.id);
    expect((await t.services.licensing.list(admin)).map((x) => x.id)).toContain(c.id);
    await expect(t.services.licensing.open(curator, { productId: p.id, type: 'SPP_IRT' })).rejects.toMatchObject({ code: 'conflict', messageKey: 'licensing:errors.caseExists' });
  });

  it('a producer asking for help opens a case and the regency officials are told', async () => {
    const p = await makeProduct(t.prisma, producer.producerId!, { name: 'Madu Hutan Timor' });
    const c = await t.services.licensing.open(producer, { productId: p.id, type: 'HALAL_SELF_DECLARE', note: 'Belum punya akun SIHALAL' });
    const notes = await t.prisma.notification.findMany({ where: { template: 'licensing:notify.helpRequested', params: { path: ['product'], equals: 'Madu Hutan Timor' } } });
    expect(notes.map((n) => n.recipientId).sort()).toEqual([admin.userId, curator.userId].sort());
    expect(notes[0]!.choices).toEqual([{ labelKey: 'licensing:buttons.viewCase', value: `!licensing.case:${c.id}` }]);
    expect(notes.some((n) => n.recipientId === outsider.userId)).toBe(false);
  });
});

describe('steps and certificate', () => {
  it('a halal self-declare case advances to issued; the badge appears on the product only then', async () => {
    const p = await makeProduct(t.prisma, producer.producerId!, { name: 'Madu Flores', status: 'APPROVED' });
    let c = await t.services.licensing.open(curator, { productId: p.id, type: 'HALAL_SELF_DECLARE' });
    const last = processes.HALAL_SELF_DECLARE.steps.length - 1;
    // the note given when the ingredients step (4) is done is kept with that step, not the next one
    for (let i = 1; i < last; i++) c = await t.services.licensing.advance(curator, c.id, { note: i === 5 ? 'Bahan sudah lengkap' : undefined });
    expect(c).toMatchObject({ status: 'IN_PROGRESS', stepKey: 'ruling', nextStepKey: 'issued' });
    await expect(t.services.licensing.advance(curator, c.id)).rejects.toMatchObject({ messageKey: 'licensing:errors.needCertificate' });
    expect((await t.services.catalog.getPublicProduct({ id: p.id })).permits).toEqual([]);

    await expect(t.services.licensing.recordCertificate(curator, c.id, { number: 'HALAL-123', issuedAt: '2026-03-25' })).rejects.toMatchObject({ code: 'validation', messageKey: 'licensing:errors.badNumber' });
    await expect(t.services.licensing.recordCertificate(curator, c.id, { number: 'ID53040015762140325001', issuedAt: '2026-03-25', expiresAt: '2026-03-24' })).rejects.toMatchObject({
      messageKey: 'licensing:errors.expiryBeforeIssue',
    });
    expect(await t.prisma.licensingCase.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: 'IN_PROGRESS', certificateNumber: null, verified: false });

    const issued = await t.services.licensing.recordCertificate(curator, c.id, { number: 'id 5304 0015 7621 4032 5001', issuedAt: '2026-03-25T00:00:00+08:00', expiresAt: null });
    expect(issued).toMatchObject({ status: 'ISSUED', verified: true, certificateNumber: 'ID53040015762140325001', stepKey: 'issued', nextStepKey: null });
    expect(issued.history.find((h) => h.stepIndex === 4)?.note).toBe('Bahan sudah lengkap');
    expect(issued.history.find((h) => h.stepIndex === 5)?.note).toBeNull();
    const view = await t.services.catalog.getPublicProduct({ id: p.id });
    expect(view.permits).toEqual([{ type: 'HALAL', number: 'ID53040015762140325001', expiresAt: null }]);
    expect(await t.prisma.notification.count({ where: { recipientId: producer.userId, template: 'licensing:notify.issued' } })).toBe(1);
    await expect(t.services.licensing.advance(curator, c.id)).rejects.toMatchObject({ messageKey: 'licensing:errors.caseClosed' });
  });

  it('a returned case tells the producer what to fix; packaging help finishes without a certificate', async () => {
    const p = await makeProduct(t.prisma, producer.producerId!);
    const c = await t.services.licensing.open(curator, { productId: p.id, type: 'PACKAGING' });
    const returned = await t.services.licensing.returnForCorrections(curator, c.id, { note: 'Foto label kurang jelas' });
    expect(returned.status).toBe('RETURNED');
    const note = await t.prisma.notification.findFirstOrThrow({ where: { recipientId: producer.userId, template: 'licensing:notify.returned' }, orderBy: { createdAt: 'desc' } });
    expect(note.params).toMatchObject({ note: 'Foto label kurang jelas', step: 't:licensing:steps.PACKAGING.requested' });
    await expect(t.services.licensing.recordCertificate(curator, c.id, { number: '123', issuedAt: '2026-01-01' })).rejects.toMatchObject({ messageKey: 'licensing:errors.noCertificate' });
    expect((await t.services.licensing.advance(curator, c.id)).stepKey).toBe('design');
    expect(await t.services.licensing.advance(curator, c.id)).toMatchObject({ status: 'ISSUED', stepKey: 'done' });
  });

  it('a business-wide NIB case records the NIB on the producer; an expiry needs to follow the issue date', async () => {
    const c = await t.services.licensing.open(admin, { type: 'NIB', producerId: producer.producerId! });
    await expect(t.services.licensing.open(admin, { type: 'SPP_IRT', producerId: producer.producerId! })).rejects.toMatchObject({ messageKey: 'licensing:errors.productRequired' });
    await expect(t.services.licensing.recordCertificate(admin, c.id, { number: '912000123456', issuedAt: '2026-02-01' })).rejects.toMatchObject({ messageKey: 'licensing:errors.badNumber' });
    await expect(t.services.licensing.recordCertificate(admin, c.id, { number: '9120001234567', issuedAt: '31-02-2026' })).rejects.toMatchObject({ messageKey: 'licensing:errors.badDate' });
    await expect(t.services.licensing.recordCertificate(admin, c.id, { number: '9120001234567', issuedAt: '2099-02-01' })).rejects.toMatchObject({ messageKey: 'licensing:errors.issuedInFuture' });
    await t.services.licensing.recordCertificate(admin, c.id, { number: '9120001234567', issuedAt: '2026-02-01' });
    expect((await t.prisma.producer.findUniqueOrThrow({ where: { id: producer.producerId! } })).nib).toBe('9120001234567');
  });

  it('certificate numbers are checked against each permit’s format', () => {
    expect(parseCertificate('NIB', '9120001234567')).toBe('9120001234567');
    expect(parseCertificate('NIB', '912000123456')).toBeNull();
    expect(parseCertificate('SPP_IRT', '2065371010123-27')).toBe('206537101012327');
    expect(parseCertificate('SPP_IRT', '20653710101232')).toBeNull();
    expect(parseCertificate('BPOM_MD', 'BPOM RI MD 224510001234')).toBe('MD224510001234');
    expect(parseCertificate('BPOM_MD', 'ML 224510001234')).toBeNull();
    expect(parseCertificate('HALAL_REGULAR', 'ID53110012345678901234')).toBe('ID53110012345678901234');
    expect(parseCertificate('HALAL_SELF_DECLARE', '53110012345678901234')).toBeNull();
    expect(parseCertificate('PACKAGING', 'anything')).toBeNull();
  });
});
