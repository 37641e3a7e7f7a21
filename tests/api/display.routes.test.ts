// /api/v1/display-points through app.request(): who may list, add, place, record and read; refusals in the
// JSON error shape with nothing changed; the label PDF and PNG whose QR codes carry the point; the report
// as JSON and CSV; and /d/<POINT>/<code>, the storefront target of a label, which records a WEB scan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { seedSmallShop } from '../bot/buyer/catalog-fixtures.ts';
import { decodeQrPng } from '../helpers/qr.ts';
import { pdfQrCodes } from '../domain/labels/pdf-inspect.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let shop: Awaited<ReturnType<typeof seedSmallShop>>;
let curator: Awaited<ReturnType<typeof t.tokenFor>>;
let admin: Awaited<ReturnType<typeof t.tokenFor>>;
beforeAll(async () => {
  t = await createTestApp({ settings: { telegramBotUsername: 'EtalaseNttBot', whatsappNumber: '6281200001111', publicUrl: 'https://etalase.example' } });
  shop = await seedSmallShop(t.db.prisma);
  curator = await t.tokenFor('CURATOR', ['53.71']);
  admin = await t.tokenFor('ADMIN');
});
afterAll(() => t.close());

async function call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
  const res = await t.app.request(path, { method, headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, body: body !== undefined ? JSON.stringify(body) : undefined });
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, res, body: type.includes('json') ? ((await res.json()) as any) : null };
}

const onHand = async (code: string) => (await t.db.prisma.placement.findMany({ where: { point: { code: 'KOE' }, product: { code } } })).reduce((a, p) => a + p.onHand, 0);

describe('/api/v1/display-points', () => {
  it('needs a token; officials list the points, buyers may not; admins add points, curators may not', async () => {
    expect((await call('GET', '/api/v1/display-points')).status).toBe(401);
    const list = await call('GET', '/api/v1/display-points?manageable=true', curator.headers);
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: any) => p.code).sort()).toEqual(['KOE', 'PEL-TENAU']);
    expect((await call('GET', '/api/v1/display-points', (await t.tokenFor('BUYER')).headers)).status).toBe(403);

    const hotel = { code: 'HTL-ARNOS', kind: 'HOTEL', name: 'Hotel Aston Kupang', city: 'Kupang', regionCode: '53.71' };
    expect((await call('POST', '/api/v1/display-points', curator.headers, hotel)).status).toBe(403);
    const created = await call('POST', '/api/v1/display-points', admin.headers, hotel);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'HTL-ARNOS', kind: 'HOTEL', regionCode: '53.71', active: true });
    expect((await call('POST', '/api/v1/display-points', admin.headers, { ...hotel })).status).toBe(409);
    expect((await call('POST', '/api/v1/display-points', admin.headers, { code: 'X' })).status).toBe(400);
    const changed = await call('PATCH', '/api/v1/display-points/HTL-ARNOS', admin.headers, { contact: '0380 800 800' });
    expect(changed.body.contact).toBe('0380 800 800');
  });

  it('places, records sales, refuses too many and the wrong point, and keeps the shelf right', async () => {
    const placed = await call('POST', '/api/v1/display-points/KOE/placements', curator.headers, { productCode: 'KBJ02', quantity: 5, days: 30 });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ productCode: 'KBJ02', onHand: 5, quantityConsigned: 5, toppedUp: false });
    const backwards = await call('POST', '/api/v1/display-points/KOE/placements', curator.headers, { productCode: 'KBJ02', quantity: 1, startsOn: '2026-12-10', endsOn: '2026-12-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('validation');
    expect((await call('POST', '/api/v1/display-points/KOE/placements', curator.headers, { productCode: 'NOPE1', quantity: 1 })).status).toBe(404);
    expect((await call('POST', '/api/v1/display-points/KOE/placements', curator.headers, { productCode: 'TSB02', quantity: 1 })).status).toBe(422);
    expect((await call('POST', '/api/v1/display-points/BJW/placements', curator.headers, { productCode: 'KBJ02', quantity: 1 })).status).toBe(403);

    const staff = await t.tokenFor('BUYER');
    const added = await call('POST', '/api/v1/display-points/KOE/staff', curator.headers, { userId: staff.user.id });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ userId: staff.user.id, added: true });
    const sold = await call('POST', '/api/v1/display-points/KOE/sales', staff.headers, { productCode: 'KBJ02', quantity: 2 });
    expect(sold.status).toBe(201);
    expect(sold.body).toMatchObject({ kind: 'sale', quantity: 2, onHand: 3 });
    const tooMany = await call('POST', '/api/v1/display-points/KOE/sales', staff.headers, { productCode: 'KBJ02', quantity: 4 });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error.code).toBe('conflict');
    const elsewhere = await t.tokenFor('BUYER');
    await call('POST', '/api/v1/display-points/PEL-TENAU/staff', curator.headers, { userId: elsewhere.user.id });
    expect((await call('POST', '/api/v1/display-points/KOE/sales', elsewhere.headers, { productCode: 'KBJ02', quantity: 1 })).status).toBe(403);
    expect(await onHand('KBJ02')).toBe(3);

    const inventory = await call('GET', '/api/v1/display-points/KOE/inventory', staff.headers);
    expect(inventory.body.items).toEqual([expect.objectContaining({ productCode: 'KBJ02', consigned: 5, onHand: 3, sold: 2, returned: 0 })]);
    expect((await call('GET', '/api/v1/display-points/KOE/inventory', elsewhere.headers)).status).toBe(403);
  });

  it("checks a sale's recorder is staff of the point before reading the body: strangers 403, staff who buy too 400", async () => {
    const stranger = await t.tokenFor('BUYER');
    const refused = await call('POST', '/api/v1/display-points/KOE/sales', stranger.headers, { quantity: 'banyak' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect(refused.body.error.details).toBeUndefined();
    // a staff member of another point is a stranger here too, whatever the body
    const other = await t.tokenFor('BUYER');
    await call('POST', '/api/v1/display-points/PEL-TENAU/staff', curator.headers, { userId: other.user.id });
    expect((await call('POST', '/api/v1/display-points/KOE/sales', other.headers, {})).status).toBe(403);
    // staff are often buyers as well: the membership decides, and then the body is checked
    const staffBuyer = await t.tokenFor('BUYER');
    await call('POST', '/api/v1/display-points/KOE/staff', curator.headers, { userId: staffBuyer.user.id });
    const bad = await call('POST', '/api/v1/display-points/KOE/sales', staffBuyer.headers, { quantity: 'banyak' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation');
    expect((await call('POST', '/api/v1/display-points/NO-SUCH/sales', stranger.headers, {})).status).toBe(404);
  });

  it('serves the label sheet (PDF) and single labels (PNG) whose QR codes carry the point', async () => {
    await call('POST', '/api/v1/display-points/KOE/placements', curator.headers, { productCode: 'KBJ01', quantity: 2 });
    const pdf = await call('GET', '/api/v1/display-points/KOE/labels.pdf?lang=en', curator.headers);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const codes = pdfQrCodes(bytes).sort();
    expect(codes).toEqual(['https://t.me/EtalaseNttBot?start=p_KBJ01__d_KOE', 'https://t.me/EtalaseNttBot?start=p_KBJ02__d_KOE']);

    const png = await call('GET', '/api/v1/display-points/KOE/labels/KBJ01.png', curator.headers);
    expect(png.type).toBe('image/png');
    expect(decodeQrPng(Buffer.from(await png.res.arrayBuffer()))).toBe('https://t.me/EtalaseNttBot?start=p_KBJ01__d_KOE');
    expect((await call('GET', '/api/v1/display-points/KOE/labels/TSB01.png', curator.headers)).status).toBe(404);
    expect((await call('GET', '/api/v1/display-points/KOE/labels/KBJ01.jpg', curator.headers)).status).toBe(400);
  });

  it('the report as JSON and CSV; /d/<POINT>/<code> records a web scan and opens the product page', async () => {
    const go = await t.app.request('/d/KOE/kbj02');
    expect(go.status).toBe(302);
    expect(go.headers.get('location')).toBe(`/p/${shop.products.ground.slug}`);
    expect((await t.app.request('/d/KOE/NOPE1')).headers.get('location')).toBe('/katalog');
    expect((await t.app.request('/d/NOWHERE/KBJ02')).headers.get('location')).toBe(`/p/${shop.products.ground.slug}`);
    const scans = await t.db.prisma.displayScan.findMany({ include: { point: true } });
    expect(scans.map((s) => [s.point.code, s.productId, s.channel])).toEqual([
      ['KOE', shop.products.ground.id, 'WEB'],
      ['KOE', null, 'WEB'],
    ]);

    const json = await call('GET', '/api/v1/display-points/KOE/report', curator.headers);
    expect(json.status).toBe(200);
    expect(json.body.summary).toMatchObject({ productsShown: 2, unitsSold: 2, revenueIdr: 130_000, scans: 2, orders: 0 });
    const csv = await call('GET', `/api/v1/display-points/KOE/report?format=csv&month=${json.body.month}`, curator.headers);
    expect(csv.type).toContain('text/csv');
    const lines = (await csv.res.text()).trim().split('\n');
    expect(lines[0]).toBe('Kode produk,Produk,Dititipkan,Sisa di rak,Terjual di titik,Diretur,Nilai penjualan (Rp),Pindaian QR,Pesanan,Unit dipesan');
    expect(lines[1]).toBe('KBJ02,Kopi Bajawa Bubuk 200 g,5,3,2,0,130000,1,0,0');
    expect((await call('GET', '/api/v1/display-points/KOE/report?month=2026-13', curator.headers)).status).toBe(400);
    expect((await call('GET', '/api/v1/display-points/KOE/report', (await t.tokenFor('CURATOR', ['53.09'])).headers)).status).toBe(403);
  });
});
