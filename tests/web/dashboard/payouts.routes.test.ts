// The dashboard's payouts page and CSV: admins see who is owed with bank details and the transfers made;
// a curator is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebHarness } from '../web-harness.ts';
import { addProducer } from '../web-fixtures.ts';
import { addPerson, createDashboardHarness, signIn } from './dashboard-harness.ts';

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
});
