// The product service against a real database: ownership, the status rules, search text, curator alerts in
// the outbox (one per official of the regency, in the same transaction), the photo limit and stock bounds.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { createMediaStore } from '../../../domain/media/media-store.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import { CODE_ALPHABET, productSlug } from '../../../domain/services/product-code.ts';
import { createServices, type Services } from '../../../domain/services/services.ts';
import { renderNotification } from '../../../bot/notify/render-notification.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';
import { actorOf, coffee, makeProducer, makeUser, uploadPhotos } from './producer-fixtures.ts';

let db: Database;
let services: Services;
let mama: Actor;
let other: Actor;
let curatorNgada: string;
let curatorNgada2: string;
let curatorSikka: string;
let admin: string;

beforeAll(async () => {
  db = await createTestDatabase({ referenceData: true }); // the reference data as seedReference writes them
  const dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-product-'));
  services = createServices({ prisma: db.prisma, mediaStore: createMediaStore({ dataDir, maxBytes: 5 * 1024 * 1024 }) });
  mama = await makeProducer(services, db.prisma, '53.09', 'Kopi Mama Ros');
  other = await makeProducer(services, db.prisma, '53.10', 'Tenun Sikka');
  curatorNgada = (await makeUser(db.prisma, 'CURATOR', ['53.09'])).id;
  curatorNgada2 = (await makeUser(db.prisma, 'CURATOR', ['53.09', '53.10'])).id;
  curatorSikka = (await makeUser(db.prisma, 'CURATOR', ['53.10'])).id;
  admin = (await makeUser(db.prisma, 'ADMIN')).id;
});
afterAll(() => db.close());

const alertsFor = (productId: string) => db.prisma.notification.findMany({ where: { choices: { array_contains: [{ value: `!curate.review:${productId}` }] } }, orderBy: { recipientId: 'asc' } });

describe('product drafts', () => {
  it('creates a draft with a short unambiguous code, a slug and a search text naming the producer and regency', async () => {
    const photos = await uploadPhotos(services, mama, 2);
    const p = await services.products.createDraft(mama, { ...coffee, nameEn: 'Bajawa Arabica Coffee', photoMediaIds: photos });
    expect(p.status).toBe('DRAFT');
    expect(p.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{5}$`));
    expect(p.slug).toBe(`kopi-arabika-bajawa-${p.code.toLowerCase()}`);
    expect(p.photos.map((ph) => ph.mediaId)).toEqual(photos);
    const row = await db.prisma.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row.searchText).toContain('kopi arabika bajawa');
    expect(row.searchText).toContain('bajawa arabica coffee');
    expect(row.searchText).toContain('coffee'); // category, English
    expect(row.searchText).toContain('kopi mama ros');
    expect(row.searchText).toContain('ngada');
    expect(await alertsFor(p.id)).toHaveLength(0);
  });

  it('normalises declared permit numbers and refuses a wrong shape with its own message', async () => {
    const p = await services.products.createDraft(mama, { ...coffee, declaredPirt: 'P-IRT 2065371010123-27', declaredBpom: 'BPOM RI MD 224510001234', declaredHalal: 'ID 5311 0012 3456 7890 1234' });
    expect(p.declared).toEqual({ pirt: '206537101012327', bpomMd: 'MD224510001234', halal: 'ID53110012345678901234' });
    await expect(services.products.createDraft(mama, { ...coffee, declaredBpom: 'MD 123' })).rejects.toMatchObject({ messageKey: 'producer:errors.badBpom' });
    await expect(services.products.createDraft(mama, { ...coffee, categoryId: 'emas' })).rejects.toMatchObject({ messageKey: 'producer:errors.unknownCategory' });
    await expect(services.products.createDraft(mama, { ...coffee, descriptionId: 'x'.repeat(2001) })).rejects.toMatchObject({ messageKey: 'producer:errors.badDescription' });
  });

  it('draws another code when one is taken', async () => {
    const taken = (await services.products.createDraft(mama, coffee)).code;
    const codes = [taken, taken, 'ZZZZ9'];
    const local = createServices({ prisma: db.prisma, mediaStore: createMediaStore({ dataDir: tmpdir(), maxBytes: 1024 }) });
    const { createProducerServices } = await import('../../../domain/services/producer-services.ts');
    const { products } = createProducerServices(local.repos, () => new Date(), { nextCode: () => codes.shift()! });
    const p = await products.createDraft(mama, coffee);
    expect(p.code).toBe('ZZZZ9');
    expect(productSlug('Tenun Ikat Sikka ñ', 'AB2CD')).toBe('tenun-ikat-sikka-n-ab2cd');
  });

  it('refuses more than five photos, photos of someone else, and a negative stock', async () => {
    const six = await uploadPhotos(services, mama, 6);
    await expect(services.products.createDraft(mama, { ...coffee, photoMediaIds: six })).rejects.toMatchObject({ messageKey: 'producer:errors.tooManyPhotos' });
    const foreign = await uploadPhotos(services, other, 1);
    await expect(services.products.createDraft(mama, { ...coffee, photoMediaIds: foreign })).rejects.toMatchObject({ messageKey: 'producer:errors.badPhoto' });
    const p = await services.products.createDraft(mama, { ...coffee, photoMediaIds: six.slice(0, 4) });
    await services.products.addPhoto(mama, p.id, six[4]!);
    await expect(services.products.addPhoto(mama, p.id, six[5]!)).rejects.toMatchObject({ messageKey: 'producer:errors.tooManyPhotos' });
    await expect(services.products.setStock(mama, p.id, -3)).rejects.toMatchObject({ messageKey: 'producer:errors.badStock' });
    await expect(services.products.createDraft(mama, { ...coffee, stock: -3 })).rejects.toMatchObject({ messageKey: 'producer:errors.badStock' });
    expect((await services.products.getMine(mama, p.id)).stock).toBe(20);
    expect((await services.products.getMine(mama, p.id)).photos).toHaveLength(5);
  });
});

describe('ownership', () => {
  it('another producer cannot see or change a product (404); a buyer is refused (403); an admin may change it', async () => {
    const p = await services.products.createDraft(mama, coffee);
    await expect(services.products.getMine(other, p.id)).rejects.toMatchObject({ code: 'not_found', messageKey: 'producer:errors.productNotFound' });
    await expect(services.products.update(other, p.id, { priceIdr: 1000 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(services.products.getMineByCode(other, p.code)).rejects.toMatchObject({ code: 'not_found' });
    const buyer = await actorOf(services, (await makeUser(db.prisma, 'BUYER')).id);
    await expect(services.products.setStock(buyer, p.id, 3)).rejects.toMatchObject({ code: 'forbidden', messageKey: 'producer:errors.notProducer' });
    await expect(services.products.listMine(buyer)).rejects.toMatchObject({ code: 'forbidden' });
    const adminActor = await actorOf(services, admin);
    expect((await services.products.setStock(adminActor, p.id, 7)).stock).toBe(7);
    expect((await services.products.getMineByCode(mama, p.code.toLowerCase())).id).toBe(p.id);
    expect((await services.products.listMine(other)).some((x) => x.id === p.id)).toBe(false);
  });
});

describe('submission and the status rules', () => {
  it('submit alerts every official of the regency (its curators and the admins), with the photo and review buttons, once', async () => {
    const photos = await uploadPhotos(services, mama, 2);
    const p = await services.products.createDraft(mama, { ...coffee, photoMediaIds: photos });
    const submitted = await services.products.submit(mama, p.id);
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.submittedAt).not.toBeNull();
    const alerts = await alertsFor(p.id);
    expect(alerts.map((a) => a.recipientId).sort()).toEqual([curatorNgada, curatorNgada2, admin].sort());
    expect(alerts.some((a) => a.recipientId === curatorSikka)).toBe(false);
    const alert = alerts[0]!;
    expect(alert.template).toBe('producer:notify.curatorNewSubmission');
    expect(alert.mediaId).toBe(photos[0]);
    expect(alert.params).toMatchObject({ product: 'Kopi Arabika Bajawa', business: 'Kopi Mama Ros', regency: 'Kabupaten Ngada', price: 'Rp85.000' });
    expect(alert.choices).toEqual([
      { labelKey: 'producer:notify.review', value: `!curate.review:${p.id}` },
      { labelKey: 'producer:notify.later', value: `!curate.later:${p.id}` },
    ]);
    const [rendered] = renderNotification(alert, 'en');
    expect(rendered).toMatchObject({ type: 'photo', media: { mediaId: photos[0] } });
    expect(rendered?.type === 'photo' && rendered.caption).toContain('Kopi Arabika Bajawa');
    await expect(services.products.submit(mama, p.id)).rejects.toMatchObject({ messageKey: 'producer:errors.alreadySubmitted' });
    expect(await alertsFor(p.id)).toHaveLength(3);
  });

  it('a product without photos cannot be submitted', async () => {
    const p = await services.products.createDraft(mama, coffee);
    await expect(services.products.submit(mama, p.id)).rejects.toMatchObject({ messageKey: 'producer:errors.needPhoto' });
    await expect(services.products.createAndSubmit(mama, { ...coffee, photoMediaIds: [] })).rejects.toMatchObject({ messageKey: 'producer:errors.needPhoto' });
    expect((await services.products.getMine(mama, p.id)).status).toBe('DRAFT');
  });

  it('price, stock, unit and weight keep an approved product approved; name, description, category and photos send it back', async () => {
    const photos = await uploadPhotos(services, mama, 3);
    const p = await services.products.createAndSubmit(mama, { ...coffee, photoMediaIds: photos.slice(0, 2) });
    expect(await alertsFor(p.id)).toHaveLength(3);
    await db.prisma.product.update({ where: { id: p.id }, data: { status: 'APPROVED', approvedAt: new Date() } });

    const priced = await services.products.update(mama, p.id, { priceIdr: 90_000, unit: 'kg', weightGrams: 1000 });
    expect(priced).toMatchObject({ sentToReview: false, product: { status: 'APPROVED', priceIdr: 90_000, unit: 'kg' } });
    expect((await services.products.setStock(mama, p.id, 12)).status).toBe('APPROVED');
    expect((await services.products.setPaused(mama, p.id, true)).status).toBe('APPROVED');
    expect(await alertsFor(p.id)).toHaveLength(3);

    const renamed = await services.products.update(mama, p.id, { nameId: 'Kopi Robusta Bajawa' });
    expect(renamed).toMatchObject({ sentToReview: true, product: { status: 'SUBMITTED', slug: `kopi-robusta-bajawa-${p.code.toLowerCase()}` } });
    const row = await db.prisma.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row.searchText.startsWith('kopi robusta bajawa ')).toBe(true);
    expect(row.searchText).not.toContain('arabika bajawa');
    const alerts = await alertsFor(p.id);
    expect(alerts).toHaveLength(6);
    expect(alerts.filter((a) => a.template === 'producer:notify.curatorChangedProduct')).toHaveLength(3);

    await db.prisma.product.update({ where: { id: p.id }, data: { status: 'APPROVED' } });
    const rephotographed = await services.products.setPhotos(mama, p.id, [photos[2]!, photos[0]!]);
    expect(rephotographed).toMatchObject({ sentToReview: true, product: { status: 'SUBMITTED' } });
    expect(rephotographed.product.photos.map((x) => x.mediaId)).toEqual([photos[2], photos[0]]);
    expect(await alertsFor(p.id)).toHaveLength(9);
  });

  it('a product with changes requested is edited without alerts, then re-submitted with alerts', async () => {
    const photos = await uploadPhotos(services, mama, 1);
    const p = await services.products.createAndSubmit(mama, { ...coffee, photoMediaIds: photos });
    await db.prisma.product.update({ where: { id: p.id }, data: { status: 'CHANGES_REQUESTED', curatorNote: 'Foto lebih terang' } });
    const edited = await services.products.update(mama, p.id, { descriptionId: 'Kopi arabika dengan foto baru yang lebih terang.' });
    expect(edited).toMatchObject({ sentToReview: false, product: { status: 'CHANGES_REQUESTED', curatorNote: 'Foto lebih terang' } });
    expect(await alertsFor(p.id)).toHaveLength(3);
    expect((await services.products.submit(mama, p.id)).status).toBe('SUBMITTED');
    expect(await alertsFor(p.id)).toHaveLength(6);
  });

  it('archive is final: gone from the list and from every later call', async () => {
    const p = await services.products.createDraft(mama, coffee);
    expect((await services.products.archive(mama, p.id)).status).toBe('ARCHIVED');
    expect((await services.products.listMine(mama)).some((x) => x.id === p.id)).toBe(false);
    await expect(services.products.setStock(mama, p.id, 1)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe("an admin's correction", () => {
  it('changes only for an admin, with a reason, and writes the audit record with the change; texts reach the search', async () => {
    const draft = await services.products.createDraft(mama, coffee);
    const correction = { reason: 'nama Inggris salah eja', changes: { nameEn: 'Bajawa Arabica Coffee', priceIdr: 91000 } };
    for (const userId of [mama.userId, curatorNgada]) {
      await expect(services.products.adminCorrect(await actorOf(services, userId), draft.id, correction)).rejects.toMatchObject({ code: 'forbidden' });
    }
    const asAdmin = await actorOf(services, admin);
    await expect(services.products.adminCorrect(asAdmin, draft.id, { changes: { priceIdr: 91000 } } as never)).rejects.toMatchObject({ code: 'validation' });
    const done = await services.products.adminCorrect(asAdmin, draft.id, correction);
    expect(done).toMatchObject({ changed: ['nameEn', 'priceIdr'], sentToReview: false, product: { priceIdr: 91000, status: 'DRAFT' } });
    const row = await db.prisma.product.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.searchText).toContain('arabica');
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: draft.id, action: 'product.admin.correct' } });
    expect(audit).toEqual([expect.objectContaining({ actorId: admin, data: { reason: 'nama Inggris salah eja', producerId: mama.producerId, before: { nameEn: null, priceIdr: coffee.priceIdr }, after: { nameEn: 'Bajawa Arabica Coffee', priceIdr: 91000 } } })]);
  });
});

describe('business profile', () => {
  it('completes NIB, bank, QRIS and story; a new business name reaches the products search text', async () => {
    const producer = await makeProducer(services, db.prisma, '53.04', 'Madu Belu');
    const p = await services.products.createDraft(producer, { ...coffee, nameId: 'Madu Hutan', categoryId: 'madu' });
    expect((await services.producerProfile.getMine(producer)).missing).toEqual(['nib', 'payment', 'story']);
    const [qris] = await uploadPhotos(services, producer, 1, 'qris');
    const view = await services.producerProfile.updateMine(producer, {
      nib: '9120 0012 34567',
      bankName: 'BRI',
      bankAccount: '0123-01-456789-50-1',
      bankHolder: 'Yohana Bria',
      qrisMediaId: qris!,
      story: 'Madu hutan dari Belu.',
      allowsCashOnPickup: true,
      businessName: 'Madu Hutan Lamaknen',
    });
    expect(view).toMatchObject({ nib: '9120001234567', bank: { account: '0123014567895' + '01' }, qrisMediaId: qris, allowsCashOnPickup: true, missing: [] });
    const row = await db.prisma.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row.searchText).toContain('madu hutan lamaknen');
    await expect(services.producerProfile.updateMine(producer, { nib: '12345' })).rejects.toMatchObject({ messageKey: 'producer:errors.badNib' });
    const [photo] = await uploadPhotos(services, producer, 1);
    await expect(services.producerProfile.updateMine(producer, { qrisMediaId: photo! })).rejects.toMatchObject({ messageKey: 'producer:errors.badQris' });
    const buyer = await actorOf(services, (await makeUser(db.prisma, 'BUYER')).id);
    await expect(services.producerProfile.getMine(buyer)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
