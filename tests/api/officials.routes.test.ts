// The officials' API through the real app: who may call what (401 without a token, 403 for the wrong role
// or regency), conflicts, malformed input, and the monthly report files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { allFours, makeProducer, makeProduct } from '../domain/services/official-fixtures.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
type Who = Awaited<ReturnType<typeof t.tokenFor>>;
let admin: Who;
let curator: Who;
let outsider: Who;
let buyer: Who;
let producerHeaders: Record<string, string>;
let productId: string;

const call = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
  t.app.request(`/api/v1${path}`, { method, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.tokenFor('ADMIN');
  curator = await t.tokenFor('CURATOR', ['53.09']);
  outsider = await t.tokenFor('CURATOR', ['53.10']);
  buyer = await t.tokenFor('BUYER');
  const producer = await makeProducer(t.services, t.db.prisma, '53.09');
  const { token } = await t.services.auth.createApiToken({ kind: 'system', name: 't' }, { userId: producer.userId, name: 'p' });
  producerHeaders = { authorization: `Bearer ${token}` };
  productId = (await makeProduct(t.db.prisma, producer.producerId!, { name: 'Kopi Bajawa' })).id;
});
afterAll(() => t.close());

describe('invitations', () => {
  it('admins only', async () => {
    expect((await call('POST', '/invitations', {}, { role: 'CURATOR', regionCodes: ['53.09'] })).status).toBe(401);
    expect((await call('POST', '/invitations', curator.headers, { role: 'CURATOR', regionCodes: ['53.09'] })).status).toBe(403);
    expect((await call('POST', '/invitations', admin.headers, { role: 'CURATOR', regionCodes: [] })).status).toBe(400);
    const ok = await call('POST', '/invitations', admin.headers, { role: 'CURATOR', regionCodes: ['53.09'], ttlDays: 5 });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ role: 'CURATOR', regionCodes: ['53.09'], code: expect.stringMatching(/^NTT-/) });
  });
});

describe('curation', () => {
  const review = { scores: allFours, decision: 'APPROVE', designateFlagship: true };

  it('producers, buyers and curators of other regencies are refused; the first decision wins, the second gets 409', async () => {
    expect((await call('GET', '/curation/queue', producerHeaders)).status).toBe(403);
    expect((await call('GET', '/curation/queue', buyer.headers)).status).toBe(403);
    const queue = (await (await call('GET', '/curation/queue', curator.headers)).json()) as { items: { id: string }[] };
    expect(queue.items.map((i) => i.id)).toEqual([productId]);
    expect(((await (await call('GET', '/curation/queue', outsider.headers)).json()) as { items: unknown[] }).items).toEqual([]);
    expect((await call('POST', `/products/${productId}/reviews`, producerHeaders, review)).status).toBe(403);
    const far = await call('POST', `/products/${productId}/reviews`, outsider.headers, review);
    expect(far.status).toBe(403);
    expect(((await far.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await call('POST', `/products/${productId}/reviews`, curator.headers, { ...review, scores: { quality: 4 } })).status).toBe(400);
    const ok = await call('POST', `/products/${productId}/reviews`, curator.headers, review);
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ status: 'APPROVED', grade: 'B', total: 80, flagship: { regionCode: '53.09' } });
    const again = await call('POST', `/products/${productId}/reviews`, admin.headers, { ...review, decision: 'REJECT', notes: 'x y z', designateFlagship: false });
    expect(again.status).toBe(409);
    expect((await call('POST', `/products/${productId}/flagship`, curator.headers, {})).status).toBe(409);
  });
});

describe('licensing cases', () => {
  it('a producer asks help for their own product; officials advance and record; bad numbers and dates are refused', async () => {
    const opened = await call('POST', '/licensing-cases', producerHeaders, { productId, type: 'SPP_IRT', note: 'Mohon dibantu' });
    expect(opened.status).toBe(201);
    const c = (await opened.json()) as { id: string; status: string; stepKey: string };
    expect(c).toMatchObject({ status: 'OPEN', stepKey: 'nib' });
    expect((await call('POST', '/licensing-cases', buyer.headers, { productId, type: 'PACKAGING' })).status).toBe(403);
    expect((await call('POST', '/licensing-cases', producerHeaders, { productId, type: 'SPP_IRT' })).status).toBe(409);
    expect((await call('POST', `/licensing-cases/${c.id}/steps`, producerHeaders, { note: 'selesai' })).status).toBe(403);
    expect((await call('POST', `/licensing-cases/${c.id}/steps`, outsider.headers, {})).status).toBe(403);
    const step = await call('POST', `/licensing-cases/${c.id}/steps`, curator.headers, { note: 'NIB sudah ada' });
    expect(step.status).toBe(201);
    expect(await step.json()).toMatchObject({ stepKey: 'application', status: 'IN_PROGRESS' });
    expect((await call('POST', `/licensing-cases/${c.id}/steps`, curator.headers, { action: 'return' })).status).toBe(400);
    const bad = await call('POST', `/licensing-cases/${c.id}/certificate`, curator.headers, { number: '12345', issuedAt: '2026-01-10' });
    expect(bad.status).toBe(400);
    const early = await call('POST', `/licensing-cases/${c.id}/certificate`, curator.headers, { number: '206537101012327', issuedAt: '2026-01-10', expiresAt: '2025-01-10' });
    expect(early.status).toBe(400);
    expect(((await early.json()) as { error: { message: string } }).error.message).toContain('expiry');
    expect((await call('POST', `/licensing-cases/${c.id}/certificate`, outsider.headers, { number: '206537101012327', issuedAt: '2026-01-10' })).status).toBe(403);
    const issued = await call('POST', `/licensing-cases/${c.id}/certificate`, curator.headers, { number: '206537101012327', issuedAt: '2026-01-10', expiresAt: '2031-01-10' });
    expect(issued.status).toBe(201);
    expect(await issued.json()).toMatchObject({ status: 'ISSUED', verified: true, certificateNumber: '206537101012327' });
    // the producer sees progress; the public product shows the badge
    const mine = (await (await call('GET', '/licensing-cases', producerHeaders)).json()) as { items: { id: string; status: string }[] };
    expect(mine.items).toEqual([expect.objectContaining({ id: c.id, status: 'ISSUED' })]);
    expect(((await (await call('GET', '/licensing-cases', outsider.headers)).json()) as { items: unknown[] }).items).toEqual([]);
    expect((await call('GET', `/licensing-cases/${c.id}`, outsider.headers)).status).toBe(403);
    expect((await call('GET', '/licensing-cases', buyer.headers)).status).toBe(403);
    const product = (await (await call('GET', `/products/${productId}`)).json()) as { permits: { type: string }[] };
    expect(product.permits.map((p) => p.type)).toEqual(['SPP_IRT']);
  });
});

describe('targets and reports', () => {
  it('officials read targets; admins set them and download the report', async () => {
    const month = t.services.targets.currentMonth();
    const mine = (await (await call('GET', `/targets?month=${month}`, curator.headers)).json()) as { items: { regionCode: string; designated: number; target: number }[] };
    expect(mine.items).toEqual([expect.objectContaining({ regionCode: '53.09', designated: 1, target: 2 })]);
    expect((await call('GET', '/targets', producerHeaders)).status).toBe(403);
    expect((await call('GET', '/targets?month=2026-13', curator.headers)).status).toBe(400);
    expect((await call('PUT', `/targets/53.09/${month}`, curator.headers, { target: 3 })).status).toBe(403);
    expect((await call('PUT', `/targets/53.09/${month}`, admin.headers, { target: 3 })).status).toBe(200);
    const all = (await (await call('GET', '/targets', admin.headers)).json()) as { items: { regionCode: string; target: number }[] };
    expect(all.items).toHaveLength(22);
    expect(all.items.find((r) => r.regionCode === '53.09')!.target).toBe(3);

    expect((await call('GET', `/reports/monthly?month=${month}`, curator.headers)).status).toBe(403);
    expect((await call('GET', `/reports/monthly?month=${month}`)).status).toBe(401);
    const json = (await (await call('GET', `/reports/monthly?month=${month}`, admin.headers)).json()) as { rows: unknown[]; summary: { regions: number } };
    expect(json.rows).toHaveLength(22);
    const csv = await call('GET', `/reports/monthly?month=${month}&format=csv`, admin.headers);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).trim().split('\n')).toHaveLength(23);
    const pdf = await call('GET', `/reports/monthly?month=${month}&format=pdf&lang=en`, admin.headers);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF');
  });
});
