// The dashboard's pages through the real app, signed in as a curator and as an admin: the target table of
// the 22 regencies (a curator's own marked), the chart, the month picker, the queue, licensing expiries,
// display points and the CSV exports; every name from the database reaches the page escaped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../domain/lib/i18n.ts';
import { previousMonth, witaMonth } from '../../../domain/lib/time.ts';
import { addProducer, addProduct, XSS } from '../web-fixtures.ts';
import type { WebHarness } from '../web-harness.ts';
import { addPerson, createDashboardHarness, signIn } from './dashboard-harness.ts';

const id = translator('id');
const en = translator('en');
const DAY = 86_400_000;
let h: WebHarness;
let curator: Awaited<ReturnType<typeof signIn>>;
let admin: Awaited<ReturnType<typeof signIn>>;
// the names the dashboard greets them with (the harness numbers people: the numbers depend on what ran before)
let curatorName: string;
let adminName: string;
const month = witaMonth();

const rowsOf = (html: string, testId: string) => {
  const table = html.slice(html.indexOf(`data-testid="${testId}"`), html.indexOf('</table>', html.indexOf(`data-testid="${testId}"`)));
  return table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>')).split('<tr').slice(1);
};

beforeAll(async () => {
  h = await createDashboardHarness();
  const prisma = h.db.prisma;
  const curatorUser = await addPerson(h, 'CURATOR', 'kurator-ngada', ['53.09', '53.10']);
  const adminUser = await addPerson(h, 'ADMIN', 'admin-provinsi');
  curatorName = curatorUser.displayName;
  adminName = adminUser.displayName;
  // Ngada: an XSS-named producer and product waiting for curation, one flagship this month, three certificates
  const ngada = await addProducer(h, { businessName: XSS, regionCode: '53.09' });
  const waiting = await addProduct(h, { producerId: ngada.id, code: 'XSS01', nameId: XSS, status: 'SUBMITTED' });
  await prisma.product.update({ where: { id: waiting.id }, data: { submittedAt: new Date() } });
  await addProduct(h, { producerId: ngada.id, code: 'FLG01', nameId: 'Kopi Unggulan', flagship: true });
  const kupang = await addProducer(h, { businessName: '=HYPERLINK("http://evil.test")', regionCode: '53.01' });
  const far = await addProduct(h, { producerId: kupang.id, code: 'KPG01', nameId: 'Se’i Kupang', status: 'SUBMITTED' });
  const certificate = (productId: string, producerId: string, number: string, expiresInDays: number | null) =>
    prisma.licensingCase.create({
      data: { productId, producerId, type: 'SPP_IRT', status: 'ISSUED', stepIndex: 4, verified: true, certificateNumber: number, openedById: adminUser.id, issuedAt: new Date(Date.now() - 300 * DAY), expiresAt: expiresInDays === null ? null : new Date(Date.now() + expiresInDays * DAY) },
    });
  await certificate(waiting.id, ngada.id, 'P-IRT 2065309010001-26', 30);
  await certificate(waiting.id, ngada.id, 'P-IRT 2065309010002-26', 400);
  await certificate(waiting.id, ngada.id, 'P-IRT 2065309010003-26', -5);
  await certificate(far.id, kupang.id, 'P-IRT 2065301010004-26', 10);
  await prisma.licensingCase.create({ data: { productId: waiting.id, producerId: ngada.id, type: 'HALAL_SELF_DECLARE', status: 'IN_PROGRESS', stepIndex: 2, openedById: curatorUser.id } });
  await prisma.displayPoint.create({ data: { code: 'XSS-PT', kind: 'HOTEL', name: XSS, city: 'Bajawa', regionCode: '53.09' } });
  curator = await signIn(h, 'console:kurator-ngada', curatorUser.id);
  admin = await signIn(h, 'console:admin-provinsi', adminUser.id);
}, 60_000);
afterAll(() => h.close());

describe('overview: the target table', () => {
  it('shows a curator all 22 regencies with theirs marked, the month’s figures, and the chart drawn from the same rows', async () => {
    const res = await curator.get('/dashboard');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'none'");
    const html = await res.text();
    const rows = rowsOf(html, 'target-table');
    expect(rows).toHaveLength(22);
    const mine = rows.filter((r) => r.startsWith(' class="mine"'));
    expect(mine.map((r) => /data-region="([^"]+)"/.exec(r)![1])).toEqual(['53.09', '53.10']);
    expect(mine[0]).toContain(id('dashboard:targets.mine'));
    const ngada = rows.find((r) => r.includes('data-region="53.09"'))!;
    // target 2 (default), designated 1, gap 1, submitted 1 (the XSS product), in review 0, approved-not-designated 0
    expect([...ngada.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]))).toEqual([2, 1, 1, 1, 0, 0]);
    expect(html).toContain(id('dashboard:who.curator', { name: curatorName, regions: 'Kabupaten Ngada, Kabupaten Manggarai' }));
    // the chart: an accessible picture with one bar pair per regency, each with its status in words
    const chart = html.slice(html.indexOf('data-testid="target-chart"'), html.indexOf('</figure>'));
    expect(chart).toContain('role="img"');
    expect(chart).toMatch(/<p id="chart-title-[\d-]+" class="chart-title">Produk unggulan yang ditetapkan/);
    expect(chart.match(/class="bar designated"/g)).toHaveLength(22);
    expect(chart).toContain('1/2 <span class="tag short">kurang 1</span>');
    expect(html).toContain(`href="/dashboard/export/targets.csv?month=${month}"`);
  });

  it('shows an admin all 22 regencies without marks, in English when asked', async () => {
    const html = await (await admin.get('/dashboard?lang=en')).text();
    expect(html).toContain('<html lang="en">');
    expect(rowsOf(html, 'target-table')).toHaveLength(22);
    expect(html).not.toContain('class="mine"');
    expect(html).toContain(en('dashboard:who.admin', { name: adminName }));
    expect(html).toContain(en('dashboard:targets.columns.approvedNotDesignated'));
  });

  it('picks a month with ?month=YYYY-MM and explains a month it does not understand', async () => {
    const last = previousMonth(month);
    const html = await (await curator.get(`/dashboard?month=${last}`)).text();
    expect(html).toContain(`name="month" value="${last}"`);
    const ngada = rowsOf(html, 'target-table').find((r) => r.includes('data-region="53.09"'))!;
    expect(ngada).toMatch(/<td class="num">2<\/td><td class="num">0<\/td>/); // this month's flagship does not count
    const bad = await curator.get('/dashboard?month=2026-13%3Cscript%3E');
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain(id('dashboard:errors.badMonth').slice(0, 30));
    expect(badHtml).toContain(`value="${month}"`);
    expect(badHtml).not.toContain('<script>');
  });
});

describe('curation, licensing and display points', () => {
  it('lists the curator’s queue only, with names escaped', async () => {
    const html = await (await curator.get('/dashboard/curation')).text();
    const rows = rowsOf(html, 'curation-table');
    expect(rows.map((r) => /data-product="([^"]+)"/.exec(r)![1])).toEqual(['XSS01']);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const all = rowsOf(await (await admin.get('/dashboard/curation')).text(), 'curation-table');
    expect(all.map((r) => /data-product="([^"]+)"/.exec(r)![1]).sort()).toEqual(['KPG01', 'XSS01']);
  });

  it('lists certificates by expiry, marking those within 90 days and the lapsed ones, and the open cases', async () => {
    const html = await (await curator.get('/dashboard/licensing')).text();
    const certs = rowsOf(html, 'certificates');
    expect(certs.map((r) => /data-expiry="(\w+)"/.exec(r)![1])).toEqual(['expired', 'soon', 'ok']);
    expect(certs[0]).toMatch(/^ class="expired"/);
    expect(certs[1]).toMatch(/^ class="soon"/);
    expect(certs[1]).toMatch(/berakhir dalam (29|30) hari/);
    expect(certs[2]).toMatch(/^ data-case=/); // not highlighted
    expect(html).not.toContain('2065301010004'); // Kupang is not the curator's
    const open = rowsOf(html, 'open-cases');
    expect(open).toHaveLength(1);
    expect(open[0]).toContain(id('licensing:steps.HALAL_SELF_DECLARE.businessProfile'));
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  it('lists the display points, the curator’s own marked as manageable, names escaped', async () => {
    const html = await (await curator.get('/dashboard/display')).text();
    const rows = rowsOf(html, 'display-table');
    expect(rows.length).toBeGreaterThan(5);
    const mine = rows.find((r) => r.includes('data-point="XSS-PT"'))!;
    expect(mine).toContain('&lt;script&gt;');
    expect(mine).toContain(id('dashboard:display.yes'));
    expect(rows.find((r) => r.includes('data-point="KOE"'))).toContain(id('dashboard:display.no'));
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  it('answers an unknown dashboard page with the 404 page', async () => {
    expect((await curator.get('/dashboard/nope')).status).toBe(404);
  });
});

describe('CSV exports', () => {
  it('exports the month’s target table: a header and 22 rows', async () => {
    const res = await curator.get(`/dashboard/export/targets.csv?month=${month}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="targets-${month}.csv"`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines).toHaveLength(23);
    expect(lines[0]).toBe('bulan,kode_wilayah,kabupaten_kota,target,ditetapkan,kekurangan,tercapai,diajukan,sedang_dikurasi,disetujui_belum_ditetapkan');
    expect(lines.find((l) => l.includes(',53.09,'))).toBe(`${month},53.09,Kabupaten Ngada,2,1,1,0,1,0,0`);
    const english = await (await admin.get(`/dashboard/export/targets.csv?month=${month}&lang=en`)).text();
    expect(english.split('\n')[0]).toMatch(/^month,region_code,region,target/);
    expect((await curator.get('/dashboard/export/targets.csv?month=nope')).status).toBe(400);
  });

  it('exports the licensing cases of the official’s regencies, a formula-looking name neutralised', async () => {
    const mine = (await (await curator.get('/dashboard/export/cases.csv')).text()).trimEnd().split('\n');
    expect(mine).toHaveLength(1 + 4);
    expect(mine[0]).toBe('id,jenis,status,langkah,kode_produk,produk,produsen,kode_wilayah,kabupaten_kota,nomor_sertifikat,terbit,berlaku_sampai,sisa_hari,terakhir_berubah');
    expect(mine.some((l) => l.includes('53.01'))).toBe(false);
    const all = (await (await admin.get('/dashboard/export/cases.csv')).text()).trimEnd().split('\n');
    expect(all).toHaveLength(1 + 5);
    const kupang = all.find((l) => l.includes('KPG01'))!;
    expect(kupang).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
    expect(kupang).toMatch(/,(9|10),/);
  });
});
