// In Chromium, over the demo data: the demo curator asks for a sign-in code, reads it in their console chat
// (delivered by the outbox dispatcher, as the server does), signs in and sees the target table of the 22
// regencies with the chart; a tampered cookie leads back to the sign-in page; signing out works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../domain/lib/logger.ts';
import { dashboardRoutes } from '../../web/dashboard/dashboard.routes.tsx';
import { TEST_SECRET } from '../web/web-harness.ts';
import { startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

let b: BrowserHarness;
beforeAll(async () => {
  b = await startBrowserHarness();
  // mounted before the first request, as the server mounts it next to the storefront
  b.web.app.route('/', dashboardRoutes({ services: b.web.services, cookieSecret: TEST_SECRET, logger: silentLogger, rateLimitPerMinute: 30 }));
  await b.page.setViewportSize({ width: 1280, height: 900 });
}, 120_000);
afterAll(() => b?.close());

describe('officials’ dashboard in Chromium', () => {
  it('signs the demo curator in with a code sent to their chat and shows the target table and chart', async () => {
    const { page } = b;
    await page.goto('/dashboard');
    await page.waitForURL(/\/dashboard\/sign-in$/);
    await page.getByTestId('request-form').getByRole('textbox').fill('console:demo-kurator');
    await page.getByRole('button', { name: 'Kirim kode ke chat saya' }).click();
    await page.getByTestId('notice').waitFor();
    await b.screenshot('dashboard-sign-in');

    // the outbox delivers the code to the curator's console chat
    await b.dispatch();
    const chat = JSON.stringify(b.consoleChannel.take('demo-kurator'));
    const code = /Kode masuk dasbor pejabat: (\d{6})/.exec(chat)?.[1];
    expect(code).toMatch(/^\d{6}$/);

    const codeForm = page.getByTestId('code-form');
    await expect.poll(() => codeForm.getByLabel('Identitas Anda').inputValue()).toBe('console:demo-kurator');
    await codeForm.getByLabel(/Kode 6 angka/).fill(code!);
    await codeForm.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL(/\/dashboard$/);

    const table = page.getByTestId('target-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(22);
    expect(await table.locator('tbody tr.mine').count()).toBe(2); // Ngada and Manggarai
    const chart = page.getByRole('img', { name: /Produk unggulan yang ditetapkan dibanding target/ });
    await chart.waitFor();
    expect(await chart.locator('.bar.designated').count()).toBe(22);
    expect(await page.getByTestId('who').textContent()).toContain('Maria Goreti Wea');
    await b.screenshot('dashboard');
  });

  it('shows the curation queue and the licensing cases, then signs out', async () => {
    const { page } = b;
    const nav = page.getByRole('navigation', { name: 'Menu dasbor' });
    await nav.getByRole('link', { name: 'Perizinan' }).click();
    await page.waitForURL(/\/dashboard\/licensing$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Perizinan');
    await b.screenshot('dashboard-licensing');
    await nav.getByRole('link', { name: 'Antrean kurasi' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Antrean kurasi');
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/dashboard\/sign-in\?out=1$/);
    await page.goto('/dashboard');
    await page.waitForURL(/\/dashboard\/sign-in$/);
  });

  it('sends a browser with a tampered session cookie back to the sign-in page', async () => {
    const { page } = b;
    const url = new URL(b.baseUrl);
    await page.context().addCookies([{ name: 'etalase_dashboard', value: encodeURIComponent('demo-user-admin:9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='), domain: url.hostname, path: '/dashboard' }]);
    await page.goto('/dashboard');
    await page.waitForURL(/\/dashboard\/sign-in$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Masuk ke dasbor pejabat');
  });
});
