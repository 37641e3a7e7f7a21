// Reviewing on the dashboard (issue 26), in Chromium over the demo data, through the same curation service
// as the chat: the demo curator signs in, sees the queue with thumbnails, opens a submission (every photo,
// both languages' texts, permits, packaging, the rubric), asks for a fix with a note for the photos; the
// producer hears it in chat, fixes it, resubmits; the curator approves it from a 390 px phone as the month's
// flagship. A sopi listing is flagged and refused with one reason in English. A form without the CSRF token
// changes nothing; a product of another regency is refused with the curation menu item still current.
// axe finds no serious or critical violation. Screenshots: tests/artifacts/dashboard-review-{1280,390}-{id,en}.png.
import { AxeBuilder } from '@axe-core/playwright';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../domain/lib/logger.ts';
import { dashboardRoutes } from '../../web/dashboard/dashboard.routes.tsx';
import { TEST_SECRET } from '../web/web-harness.ts';
import { startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

let b: BrowserHarness;
let kopiId = '';
let sopiId = '';
let otherId = '';

async function actorOfChat(chat: string) {
  const identity = await b.web.db.prisma.channelIdentity.findFirstOrThrow({ where: { chatId: chat } });
  return (await b.web.services.repos.users.loadActor(identity.userId))!;
}

async function photo(actor: Awaited<ReturnType<typeof actorOfChat>>, r: number, g: number) {
  const data = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r, g, b: 60 } } }).jpeg().toBuffer();
  return (await b.web.services.media.upload(actor, { data, mime: 'image/jpeg', kind: 'product_photo' })).id;
}

beforeAll(async () => {
  b = await startBrowserHarness();
  b.web.app.route('/', dashboardRoutes({ services: b.web.services, cookieSecret: TEST_SECRET, logger: silentLogger, rateLimitPerMinute: 60 }));
  const producer = await actorOfChat('demo-bajawa');
  const base = { categoryId: 'kopi', priceIdr: 95_000, unit: 'pcs', weightGrams: 250, stock: 12, packagingState: 'LABELLED' as const, declaredPirt: '2065309010203-26' };
  const kopi = await b.web.services.products.createAndSubmit(producer, {
    ...base,
    nameId: 'Kopi Arabika Inerie Natural',
    nameEn: 'Inerie Natural Arabica Coffee',
    descriptionId: 'Kopi arabika proses natural dari lereng Inerie, dijemur di para-para bambu selama tiga minggu.',
    descriptionEn: 'Natural-process arabica from the slopes of Mount Inerie, dried on bamboo racks for three weeks.',
    photoMediaIds: [await photo(producer, 120, 80), await photo(producer, 90, 60)],
  });
  kopiId = kopi.id;
  const sopi = await b.web.services.products.createAndSubmit(producer, {
    ...base,
    categoryId: 'minuman',
    declaredPirt: null,
    nameId: 'Sopi Bajawa',
    descriptionId: 'Sopi disuling sendiri dari nira lontar, kadar kuat.',
    photoMediaIds: [await photo(producer, 200, 200)],
  });
  sopiId = sopi.id;
  const other = await actorOfChat('demo-alor').catch(() => null);
  if (other) otherId = (await b.web.services.products.createAndSubmit(other, { ...base, nameId: 'Kenari Alor Panggang', descriptionId: 'Kenari pilihan dari Alor, dipanggang.', categoryId: 'kacang-mete', photoMediaIds: [await photo(other, 150, 100)] })).id;
}, 120_000);
afterAll(() => b?.close());

async function signIn(page: Page) {
  await page.goto('/dashboard');
  await page.waitForURL(/\/dashboard\/sign-in$/);
  await page.getByTestId('request-form').getByRole('textbox').fill('console:demo-kurator');
  await page.getByRole('button', { name: 'Kirim kode ke chat saya' }).click();
  await page.getByTestId('notice').waitFor();
  await b.dispatch();
  const code = /Kode masuk dasbor pejabat: (\d{6})/.exec(JSON.stringify(b.consoleChannel.take('demo-kurator')))?.[1];
  const codeForm = page.getByTestId('code-form');
  await codeForm.getByLabel(/Kode 6 angka/).fill(code!);
  await codeForm.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(/\/dashboard$/);
}

async function axeSerious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page } as never).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${JSON.stringify(v.nodes[0]?.target)}`);
}

const statusOf = async (id: string) => (await b.web.db.prisma.product.findUniqueOrThrow({ where: { id } })).status;

describe('reviewing on the dashboard', () => {
  it('the queue shows thumbnails and flags; the review page shows every photo, both languages, permits, packaging and the rubric (1280 px, Indonesian)', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page);
    await page.goto('/dashboard/curation');
    const row = page.locator('tr[data-product]').filter({ hasText: 'Kopi Arabika Inerie Natural' });
    expect(await row.locator('td.thumb img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.locator('tr[data-product]').filter({ hasText: 'Sopi Bajawa' }).getByTestId('restricted-tag').textContent()).toContain('minuman beralkohol');
    expect(await axeSerious(page)).toEqual([]);
    await row.getByRole('link', { name: 'Kopi Arabika Inerie Natural' }).click();
    await page.waitForURL(new RegExp(`/dashboard/curation/${kopiId}$`));
    expect(await page.locator('ul.photos img').count()).toBe(2);
    await expect.poll(() => page.locator('ul.photos img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
    const facts = (await page.getByTestId('facts').textContent()) ?? '';
    for (const text of ['Inerie Natural Arabica Coffee', 'bamboo racks', 'para-para bambu', 'P-IRT', 'Kopi Arabika Mangulewa']) expect(facts).toContain(text);
    expect(await page.locator('fieldset.score').count()).toBe(7);
    expect(await page.locator('nav.dash a[aria-current=page]').textContent()).toBe('Antrean kurasi');
    expect(await axeSerious(page)).toEqual([]);
    await b.screenshot('dashboard-review-1280-id');
  });

  it('asks for a fix with a note for the photos; the producer hears it in chat and resubmits with a new photo', async () => {
    const { page } = b;
    const form = page.getByTestId('changes-form');
    await form.getByLabel('Foto').fill('Foto kedua gelap, mohon foto di cahaya siang');
    await form.getByRole('button', { name: /Kirim permintaan perbaikan/ }).click();
    await page.waitForURL(/\/dashboard\/curation\?decided=/);
    expect(await page.getByTestId('decided-notice').textContent()).toContain('Perlu perbaikan');
    expect(await statusOf(kopiId)).toBe('CHANGES_REQUESTED');
    await b.dispatch();
    const told = JSON.stringify(b.consoleChannel.take('demo-bajawa'));
    expect(told).toContain('Foto: Foto kedua gelap');
    const producer = await actorOfChat('demo-bajawa');
    const current = await b.web.services.products.getMine(producer, kopiId);
    await b.web.services.products.setPhotos(producer, kopiId, [current.photos[0]!.mediaId, await photo(producer, 230, 180)]);
    await b.web.services.products.submit(producer, kopiId);
    expect(await statusOf(kopiId)).toBe('SUBMITTED');
  });

  it('approves it from a 390 px phone as the month’s flagship, by keyboard; the producer is told (Indonesian)', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/dashboard/curation/${kopiId}`);
    expect(await page.getByTestId('fix-round').textContent()).toContain('Foto');
    expect((await page.getByTestId('history').textContent()) ?? '').toContain('kurator minta perbaikan');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeSerious(page)).toEqual([]);
    await b.screenshot('dashboard-review-390-id');
    const form = page.getByTestId('approve-form');
    // by keyboard: focus the first score of each criterion, arrow to 4, then the checkbox and the button
    for (const fieldset of await form.locator('fieldset.score').all()) {
      await fieldset.getByRole('radio', { name: '1', exact: true }).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    }
    expect(await form.locator('input[type=radio]:checked').count()).toBe(7);
    await form.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await form.getByRole('button', { name: /Setujui/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/dashboard\/curation\?decided=/);
    // the queue on the phone: one card per product, the scroll region focusable
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeSerious(page)).toEqual([]);
    await b.screenshot('dashboard-curation-390-id');
    expect(await statusOf(kopiId)).toBe('APPROVED');
    expect(await b.web.db.prisma.flagshipDesignation.count({ where: { productId: kopiId } })).toBe(1);
    await b.dispatch();
    const told = JSON.stringify(b.consoleChannel.take('demo-bajawa'));
    expect(told).toContain('disetujui kurator');
    expect(told).not.toContain('Catatan: -');
  });

  it('the overview on the phone: chart labels of 12 px or more that wrap, statuses in words, focusable table scroll; a 403 keeps the menu right', async () => {
    const { page } = b;
    await page.goto('/dashboard');
    const sizes = await page.locator('figure.chart .label').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(sizes).toHaveLength(22);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    const statuses = await page.locator('[data-testid=target-table] tbody td .tag').allTextContents();
    expect(statuses.every((s) => s === 'tercapai' || /^kurang \d+$/.test(s))).toBe(true);
    expect(statuses).toContain('tercapai'); // Ngada's flagship of this month, designated above
    expect(await page.locator('.table-wrap[tabindex="0"][role=region]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeSerious(page)).toEqual([]);
    await b.screenshot('dashboard-overview-390-id');
    const refused = await page.goto('/dashboard/payouts');
    expect(refused?.status()).toBe(403);
    expect(await page.locator('nav.dash a[aria-current=page]').count()).toBe(0); // payouts is not in a curator's menu
  });

  it('flags the sopi and refuses it with one reason, no scores, in English (390 and 1280 px)', async () => {
    const { page } = b;
    await page.goto(`/dashboard/curation/${sopiId}?lang=en`);
    expect(await page.getByTestId('restricted').first().textContent()).toContain('alcoholic drinks');
    expect(await page.getByTestId('facts').textContent()).toContain('No English text yet');
    expect(await axeSerious(page)).toEqual([]);
    await b.screenshot('dashboard-review-390-en');
    await page.setViewportSize({ width: 1280, height: 900 });
    await b.screenshot('dashboard-review-1280-en');
    const form = page.getByTestId('reject-form');
    await form.getByLabel(/Reason for rejecting/).fill('This is liquor; it cannot be sold here');
    await form.getByRole('button', { name: /Reject/ }).click();
    await page.waitForURL(/\/dashboard\/curation\?decided=/);
    expect(await statusOf(sopiId)).toBe('REJECTED');
    const review = await b.web.db.prisma.curationReview.findFirstOrThrow({ where: { productId: sopiId } });
    expect(review).toMatchObject({ decision: 'REJECT', total: null, grade: null });
  });

  it('a form without the CSRF token changes nothing; another regency’s product is refused with Curation still current', async () => {
    const { page } = b;
    const producer = await actorOfChat('demo-bajawa');
    const again = await b.web.services.products.createAndSubmit(producer, { nameId: 'Kopi Robusta Bajawa', categoryId: 'kopi', descriptionId: 'Kopi robusta dari kebun keluarga di Bajawa.', priceIdr: 60_000, unit: 'pcs', weightGrams: 250, stock: 5, photoMediaIds: [await photo(producer, 100, 50)] });
    const res = await page.request.post(`/dashboard/curation/${again.id}/decide`, { form: { decision: 'REJECT', notes: 'no token here' } });
    expect(res.status()).toBe(403);
    expect(await statusOf(again.id)).toBe('SUBMITTED');
    if (otherId) {
      await page.goto(`/dashboard/curation/${otherId}`);
      expect(await page.getByTestId('problem').textContent()).toBeTruthy();
      expect(await page.locator('nav.dash a[aria-current=page]').textContent()).toBe('Curation queue');
    }
  });
});
