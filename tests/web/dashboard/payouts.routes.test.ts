// The dashboard's payouts page and CSV: admins see who is owed with bank details and the transfers made;
// an admin marks a transfer with its reference through the page's form; a curator is refused and not shown
// the section.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebHarness } from '../web-harness.ts';
import { addProducer } from '../web-fixtures.ts';
import { addPerson, createDashboardHarness, form, signIn } from './dashboard-harness.ts';

let h: WebHarness;
let admin: Awaited<ReturnType<typeof signIn>>;
let curator: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  h = await createDashboardHarness();
  const producer = await addProducer(h, { businessName: 'Madu Hutan Timor', regionCode: '53.04' });
  await h.db.prisma.producer.update({ where: { id: producer.id }, data: { bankName: 'BNI', bankHolder: 'Yohana' } });
  await h.db.prisma.ledgerEntry.create({ data: { producerId: producer.id, kind: 'credit', amountIdr: 215_000 } });
  const adminUser = await addPerson(h, 'ADMIN', 'admin-pay');
  const curatorUser = await addPerson(h, 'CURATOR', 'kurator-pay', ['53.04']);
  admin = await signIn(h, 'console:admin-pay', adminUser.id);
  curator = await signIn(h, 'console:kurator-pay', curatorUser.id);
});
afterAll(() => h.close());

describe('dashboard payouts', () => {
  it('lists the balances owed with bank details for admins, and exports them', async () => {
    const page = await admin.get('/dashboard/payouts');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-testid="payouts-table"');
    expect(html).toContain('Madu Hutan Timor');
    expect(html).toContain('Rp215.000');
    expect(html).toContain('BNI');
    const csv = await admin.get('/dashboard/export/payouts.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('"owed","Madu Hutan Timor","BNI"');
  });

  it('refuses curators', async () => {
    expect((await curator.get('/dashboard/payouts')).status).toBe(403);
    expect((await curator.get('/dashboard/export/payouts.csv')).status).toBe(403);
  });

  it('hides the payouts section from curators and shows it to admins', async () => {
    const curatorHome = await (await curator.get('/dashboard')).text();
    expect(curatorHome).toContain('href="/dashboard/curation"');
    expect(curatorHome).not.toContain('href="/dashboard/payouts"');
    expect(await (await admin.get('/dashboard')).text()).toContain('href="/dashboard/payouts"');
  });
});

describe('marking a transfer on the dashboard', () => {
  let producerId: string;
  let ownerId: string;
  const post = (who: typeof admin, fields: Record<string, string>, headers: Record<string, string> = {}) => h.app.request('/dashboard/payouts/mark', form(fields, { cookie: who.jar.header(), ...headers }));

  beforeAll(async () => {
    const producer = await addProducer(h, { businessName: 'Tenun Ikat Sumba', regionCode: '53.04' });
    producerId = producer.id;
    ownerId = producer.userId;
    await h.db.prisma.ledgerEntry.create({ data: { producerId, kind: 'credit', amountIdr: 90_000 } });
  });

  it('shows a form per producer owed', async () => {
    const html = await (await admin.get('/dashboard/payouts')).text();
    expect(html).toContain('action="/dashboard/payouts/mark"');
    expect(html).toContain(`name="producerId" value="${producerId}"`);
    expect(html).toContain('name="amountIdr" value="90000"');
  });

  it('refuses a curator, a post from another site, a stale amount and a too-short reference, recording nothing', async () => {
    expect((await post(curator, { producerId, amountIdr: '90000', reference: 'BRI 1' })).status).toBe(403);
    const crossSite = await post(admin, { producerId, amountIdr: '90000', reference: 'BRI 123' }, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const stale = await post(admin, { producerId, amountIdr: '80000', reference: 'BRI 4455' });
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expect(staleHtml).toContain('Saldo produsen berubah');
    // what the admin typed is kept in the form
    expect(staleHtml).toContain('value="BRI 4455"');
    const short = await post(admin, { producerId, amountIdr: '90000', reference: 'x' });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('Data pembayaran ke produsen tidak valid');
    expect((await post(admin, { producerId, amountIdr: 'lots', reference: 'BRI 4455' })).status).toBe(400);
    expect(await h.db.prisma.payout.count({ where: { producerId } })).toBe(0);
  });

  it('records the payout with its reference, tells the producer and shows it in the history', async () => {
    const res = await post(admin, { producerId, amountIdr: '90000', reference: 'BRI 4455' });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/dashboard\/payouts\?marked=/);
    const payout = await h.db.prisma.payout.findFirstOrThrow({ where: { producerId } });
    expect(payout).toMatchObject({ amountIdr: 90_000, reference: 'BRI 4455' });
    expect(await h.db.prisma.notification.count({ where: { recipientId: ownerId, template: 'payment:notify.payout.producer' } })).toBe(1);
    const html = await (await admin.get(location)).text();
    expect(html).toContain('Tercatat: Rp90.000 ke Tenun Ikat Sumba, referensi BRI 4455');
    expect(html).not.toContain(`name="producerId" value="${producerId}"`);
    expect(html).toContain('data-testid="payouts-history"');
    // the same form sent twice (a double click) records nothing more
    expect((await post(admin, { producerId, amountIdr: '90000', reference: 'BRI 4455' })).status).toBe(409);
    expect(await h.db.prisma.payout.count({ where: { producerId } })).toBe(1);
  });
});
