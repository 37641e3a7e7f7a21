// The display network's rules against the database (PGlite, and PostgreSQL in CI): who may place and where,
// placement validation, sales that never exceed the shelf (also ten at once), staff bound to their point,
// the producer told in the same transaction, and the monthly report's counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { witaDay, witaMonth } from '../../../domain/lib/time.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import { renderNotification } from '../../../bot/notify/render-notification.ts';
import { actorOf, createOfficialTestServices, makeOfficial, makeProducer, makeProduct } from './official-fixtures.ts';

let t: Awaited<ReturnType<typeof createOfficialTestServices>>;
let kupang: Actor; // curator of Kota Kupang (El Tari airport KOE, Tenau port)
let ngada: Actor; // curator of Ngada (Soa airport BJW)
let admin: Actor;
let producer: Actor;
let producerUserId: string;
beforeAll(async () => {
  t = await createOfficialTestServices();
  kupang = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.71']);
  ngada = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.09']);
  admin = await makeOfficial(t.services, t.prisma, 'ADMIN');
  producer = await makeProducer(t.services, t.prisma, '53.09');
  producerUserId = producer.userId;
});
afterAll(() => t.close());

const published = (name?: string) => makeProduct(t.prisma, producer.producerId!, { status: 'APPROVED', name });
const notesOf = (userId: string, template: string) => t.prisma.notification.findMany({ where: { recipientId: userId, template }, orderBy: { createdAt: 'asc' } });
const onHandAt = async (code: string, productId: string) => (await t.prisma.placement.findMany({ where: { point: { code }, productId } })).reduce((a, p) => a + p.onHand, 0);

async function staffOf(pointCode: string): Promise<Actor> {
  const user = await t.prisma.user.create({ data: { displayName: `staff-${pointCode}-${Math.random().toString(36).slice(2, 6)}`, onboardedAt: new Date() } });
  await t.services.display.addStaff(admin, pointCode, { userId: user.id });
  return actorOf(t.services, user.id);
}

describe('display points', () => {
  it('the seeded airports and ports are there; officials list them, a curator may manage only those of their regencies', async () => {
    const all = await t.services.display.listPoints(kupang);
    expect(all.find((p) => p.code === 'KOE')).toMatchObject({ kind: 'AIRPORT', name: 'Bandara El Tari', regionCode: '53.71', manageable: true });
    expect(all.find((p) => p.code === 'BJW')).toMatchObject({ manageable: false });
    const mine = await t.services.display.listPoints(kupang, { manageable: true });
    expect(mine.map((p) => p.code).sort()).toEqual(['KOE', 'PEL-TENAU']);
    await expect(t.services.display.listPoints(producer)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('admins add hotels and points outside NTT; curators may not; codes are unique', async () => {
    const hotel = await t.services.display.createPoint(admin, { code: 'htl-sasando', kind: 'hotel', name: 'Hotel Sasando', city: 'Kupang', regionCode: '53.71', contact: '0380 123456' });
    expect(hotel).toMatchObject({ code: 'HTL-SASANDO', kind: 'HOTEL', regionName: expect.any(String) });
    const jakarta = await t.services.display.createPoint(admin, { code: 'JKT-SMESCO', kind: 'EXHIBITION', name: 'Smesco Jakarta', city: 'Jakarta' });
    expect(jakarta.regionCode).toBeNull();
    await expect(t.services.display.createPoint(kupang, { code: 'HTL-X', kind: 'HOTEL', name: 'Hotel X', city: 'Kupang', regionCode: '53.71' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.services.display.createPoint(admin, { code: 'HTL-SASANDO', kind: 'HOTEL', name: 'Again', city: 'Kupang' })).rejects.toMatchObject({ code: 'conflict', messageKey: 'display:errors.pointExists' });
    await expect(t.services.display.createPoint(admin, { code: 'X', kind: 'CASTLE', name: '', city: 'K' })).rejects.toMatchObject({ code: 'validation', messageKey: 'display:errors.badPoint' });
    // a point outside NTT is the admins': a curator cannot place there
    const p = await published();
    await expect(t.services.display.place(kupang, 'JKT-SMESCO', { productCode: p.code, quantity: 2 })).rejects.toMatchObject({ code: 'forbidden', messageKey: 'display:errors.notYourPoint' });
    expect((await t.services.display.place(admin, 'JKT-SMESCO', { productCode: p.code, quantity: 2 })).onHand).toBe(2);
  });
});

describe('placements', () => {
  it('an official places a published product at El Tari; the producer is told in the same transaction', async () => {
    const p = await published('Kopi Arabika Bajawa');
    const placed = await t.services.display.place(kupang, 'koe', { productCode: p.code.toLowerCase(), quantity: 5, days: 30 });
    expect(placed).toMatchObject({ productCode: p.code, quantityConsigned: 5, onHand: 5, startsOn: witaDay(new Date()), toppedUp: false, point: { code: 'KOE' } });
    expect(placed.endsOn).toBe(witaDay(new Date(Date.now() + 30 * 86_400_000)));
    const note = (await notesOf(producerUserId, 'display:notify.placed')).at(-1);
    expect(note?.params).toMatchObject({ product: 'Kopi Arabika Bajawa', code: p.code, pointCode: 'KOE', quantity: 5, until: placed.endsOn });
    const text = renderNotification(note!, 'id')[0];
    expect(text).toMatchObject({ type: 'text', text: expect.stringContaining('Bandara El Tari') });

    // placing again while it runs tops the same placement up
    const again = await t.services.display.place(kupang, 'KOE', { productCode: p.code, quantity: 3 });
    expect(again).toMatchObject({ toppedUp: true, quantityConsigned: 8, onHand: 8, endsOn: placed.endsOn });
    expect(await t.prisma.placement.count({ where: { productId: p.id } })).toBe(1);
  });

  it('refuses a placement ending before it starts, unknown points and products, unpublished products, other regencies; nothing is created', async () => {
    const p = await published();
    const draft = await makeProduct(t.prisma, producer.producerId!, { status: 'SUBMITTED' });
    const cases: [Actor, string, Parameters<typeof t.services.display.place>[2], object][] = [
      [kupang, 'KOE', { productCode: p.code, quantity: 2, startsOn: '2026-12-10', endsOn: '2026-12-01' }, { code: 'validation', messageKey: 'display:errors.endsBeforeStart', params: { start: '2026-12-10', end: '2026-12-01' } }],
      [kupang, 'KOE', { productCode: p.code, quantity: 2, endsOn: '31-02-2026' }, { code: 'validation', messageKey: 'display:errors.badDate' }],
      [kupang, 'NOPE', { productCode: p.code, quantity: 2 }, { code: 'not_found', messageKey: 'display:errors.unknownPoint' }],
      [kupang, 'KOE', { productCode: 'ZZZ99', quantity: 2 }, { code: 'not_found', messageKey: 'display:errors.unknownProduct' }],
      [kupang, 'KOE', { productCode: draft.code, quantity: 2 }, { code: 'unprocessable', messageKey: 'display:errors.notPublished' }],
      [kupang, 'KOE', { productCode: p.code, quantity: 0 }, { code: 'validation', messageKey: 'display:errors.badPlacement' }],
      [ngada, 'KOE', { productCode: p.code, quantity: 2 }, { code: 'forbidden', messageKey: 'display:errors.notYourPoint' }],
      [producer, 'KOE', { productCode: p.code, quantity: 2 }, { code: 'forbidden' }],
    ];
    for (const [actor, point, input, error] of cases) await expect(t.services.display.place(actor, point, input)).rejects.toMatchObject(error);
    expect(await t.prisma.placement.count({ where: { productId: { in: [p.id, draft.id] } } })).toBe(0);
  });
});

describe('sales and returns', () => {
  it('a sale above the shelf is refused and changes nothing; a sale and a return lower it and tell the producer', async () => {
    const p = await published('Tenun Ikat Sumba');
    await t.services.display.place(kupang, 'KOE', { productCode: p.code, quantity: 3 });
    const staff = await staffOf('KOE');
    const before = (await notesOf(producerUserId, 'display:notify.sold')).length;
    await expect(t.services.display.recordMovement(staff, { productCode: p.code, quantity: 4, kind: 'sale' })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'display:errors.notEnough',
      params: { onHand: 3, quantity: 4, point: 'Bandara El Tari' },
    });
    expect(await onHandAt('KOE', p.id)).toBe(3);
    expect(await t.prisma.placementSale.count({ where: { placement: { productId: p.id } } })).toBe(0);
    expect((await notesOf(producerUserId, 'display:notify.sold')).length).toBe(before);

    const sold = await t.services.display.recordMovement(staff, { productCode: p.code, quantity: 2, kind: 'sale' });
    expect(sold).toMatchObject({ kind: 'sale', quantity: 2, onHand: 1, point: { code: 'KOE' } });
    const sale = await t.prisma.placementSale.findFirstOrThrow({ where: { placement: { productId: p.id } } });
    expect(sale).toMatchObject({ kind: 'sale', quantity: 2, unitPriceIdr: 85_000, recordedById: staff.userId });
    const soldNote = (await notesOf(producerUserId, 'display:notify.sold')).at(-1)!;
    expect(soldNote.params).toMatchObject({ code: p.code, quantity: 2, onHand: 1, amount: 'Rp170.000' });

    const back = await t.services.display.recordMovement(staff, { pointCode: 'KOE', productCode: p.code, quantity: 1, kind: 'return' });
    expect(back.onHand).toBe(0);
    expect((await notesOf(producerUserId, 'display:notify.returned')).at(-1)?.params).toMatchObject({ code: p.code, quantity: 1, onHand: 0 });
    const inventory = await t.services.display.inventory(staff, 'KOE');
    expect(inventory.items.find((i) => i.productCode === p.code)).toMatchObject({ consigned: 3, onHand: 0, sold: 2, returned: 1 });
  });

  it('ten sales of one at once on a shelf of five: exactly five succeed, the shelf ends at zero', async () => {
    const p = await published();
    await t.services.display.place(kupang, 'KOE', { productCode: p.code, quantity: 5 });
    const staff = await staffOf('KOE');
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => t.services.display.recordMovement(staff, { pointCode: 'KOE', productCode: p.code, quantity: 1, kind: 'sale' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.reason).toMatchObject({ messageKey: 'display:errors.notEnough' });
    expect(await onHandAt('KOE', p.id)).toBe(0);
    expect(await t.prisma.placementSale.count({ where: { placement: { productId: p.id } } })).toBe(5);
    expect(await t.prisma.notification.count({ where: { template: 'display:notify.sold', params: { path: ['code'], equals: p.code } } })).toBe(5);
  });

  it('staff of one point cannot record at another; a stranger is no staff; unknown codes are refused; nothing changes', async () => {
    const p = await published();
    await t.services.display.place(kupang, 'KOE', { productCode: p.code, quantity: 4 });
    const tenau = await staffOf('PEL-TENAU');
    const stranger = await actorOf(t.services, (await t.prisma.user.create({ data: { displayName: 'stranger', onboardedAt: new Date() } })).id);
    await expect(t.services.display.recordMovement(tenau, { pointCode: 'KOE', productCode: p.code, quantity: 1, kind: 'sale' })).rejects.toMatchObject({ code: 'forbidden', messageKey: 'display:errors.notStaffHere' });
    // without a point: Tenau is their only point, where the product is not on display
    await expect(t.services.display.recordMovement(tenau, { productCode: p.code, quantity: 1, kind: 'sale' })).rejects.toMatchObject({ messageKey: 'display:errors.notPlaced' });
    await expect(t.services.display.recordMovement(stranger, { productCode: p.code, quantity: 1, kind: 'sale' })).rejects.toMatchObject({ code: 'forbidden', messageKey: 'display:errors.notStaff' });
    const koe = await staffOf('KOE');
    await expect(t.services.display.recordMovement(koe, { pointCode: 'NOPE', productCode: p.code, quantity: 1, kind: 'sale' })).rejects.toMatchObject({ messageKey: 'display:errors.unknownPoint' });
    await expect(t.services.display.recordMovement(koe, { productCode: 'ZZZ99', quantity: 1, kind: 'sale' })).rejects.toMatchObject({ messageKey: 'display:errors.unknownProduct' });
    await expect(t.services.display.inventory(tenau, 'KOE')).rejects.toMatchObject({ code: 'forbidden' });
    expect(await onHandAt('KOE', p.id)).toBe(4);
    expect(await t.prisma.placementSale.count({ where: { placement: { productId: p.id } } })).toBe(0);
  });

  it('staff are added by phone number (their WhatsApp identity) and told how to record sales', async () => {
    const user = await t.prisma.user.create({ data: { displayName: 'Mama Yuli', identities: { create: { channel: 'WHATSAPP', externalId: '6281299887766@c.us', chatId: '6281299887766@c.us' } } } });
    const added = await t.services.display.addStaff(kupang, 'PEL-TENAU', { phone: '0812-9988-7766' });
    expect(added).toMatchObject({ userId: user.id, displayName: 'Mama Yuli', added: true });
    expect((await t.services.display.addStaff(kupang, 'PEL-TENAU', { phone: '081299887766' })).added).toBe(false);
    expect(await notesOf(user.id, 'display:notify.staffAdded')).toHaveLength(1);
    await expect(t.services.display.addStaff(kupang, 'PEL-TENAU', { phone: '0899 0000 0000' })).rejects.toMatchObject({ code: 'not_found', messageKey: 'display:errors.unknownUser' });
    await expect(t.services.display.addStaff(ngada, 'PEL-TENAU', { userId: user.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await t.services.display.isStaff(await actorOf(t.services, user.id))).toBe(true);
  });
});

describe('monthly report', () => {
  it('counts products shown, units sold there, scans and the orders attributed to the point; CSV too', async () => {
    const point = await t.services.display.createPoint(admin, { code: 'EXPO-KPG', kind: 'EXHIBITION', name: 'Pameran Kupang', city: 'Kupang', regionCode: '53.71' });
    const a = await published('Madu Hutan Timor');
    const b = await published('Garam Kusamba');
    await t.services.display.place(kupang, point.code, { productCode: a.code, quantity: 6 });
    await t.services.display.place(kupang, point.code, { productCode: b.code, quantity: 2 });
    const staff = await staffOf(point.code);
    await t.services.display.recordMovement(staff, { productCode: a.code, quantity: 2, kind: 'sale' });
    await t.services.display.recordMovement(staff, { productCode: a.code, quantity: 1, kind: 'sale' });
    await t.services.display.recordMovement(staff, { productCode: b.code, quantity: 1, kind: 'return' });
    await t.services.displayScans.recordScan(staff, { pointCode: point.code, productId: a.id, channel: 'TELEGRAM' });
    await t.services.displayScans.recordScan(staff, { pointCode: point.code, productId: a.id, channel: 'WEB' });
    await t.services.displayScans.recordScan(staff, { pointCode: point.code, productId: null, channel: 'WHATSAPP' });
    const pointRow = await t.prisma.displayPoint.findUniqueOrThrow({ where: { code: point.code } });
    const buyer = await makeOfficial(t.services, t.prisma, 'BUYER');
    await t.prisma.order.create({
      data: {
        number: 'ETL-TEST-0001', checkoutKey: 'k-display-1', buyerId: buyer.userId, producerId: producer.producerId!, subtotalIdr: 170_000,
        deliveryMethod: 'COURIER', paymentMethod: 'BANK_TRANSFER', recipientName: 'Ana', recipientPhone: '6281200000000', attributedPointId: pointRow.id,
        items: { create: [{ productId: a.id, name: 'Madu Hutan Timor', unit: 'pcs', priceIdr: 85_000, quantity: 2 }] },
      },
    });

    const report = await t.services.display.report(kupang, point.code, witaMonth(new Date()));
    expect(report.summary).toEqual({ productsShown: 2, unitsSold: 3, unitsReturned: 1, revenueIdr: 255_000, scans: 3, orders: 1, orderValueIdr: 170_000 });
    expect(report.rows[0]).toEqual({ productCode: a.code, name: 'Madu Hutan Timor', consigned: 6, onHand: 3, sold: 3, returned: 0, revenueIdr: 255_000, scans: 2, orders: 1, orderedUnits: 2 });
    expect(report.rows[1]).toMatchObject({ productCode: b.code, consigned: 2, onHand: 1, sold: 0, returned: 1 });
    // another month is empty
    expect((await t.services.display.report(kupang, point.code, '2020-01')).summary).toMatchObject({ productsShown: 0, unitsSold: 0, scans: 0, orders: 0 });

    const csv = await t.services.display.reportCsv(kupang, point.code, undefined, 'en');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe('Product code,Product,Consigned,On the shelf,Sold at the point,Returned,Sales value (IDR),QR scans,Orders,Units ordered');
    expect(lines[1]).toBe(`${a.code},Madu Hutan Timor,6,3,3,0,255000,2,1,2`);
    expect(lines.at(-1)).toBe('TOTAL,,,,3,1,255000,3,1,');
    await expect(t.services.display.report(ngada, point.code)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.services.display.report(staff, point.code)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.services.display.report(kupang, point.code, '2026-13')).rejects.toMatchObject({ messageKey: 'display:errors.badMonth' });
  });
});
