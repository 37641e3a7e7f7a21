// In Chromium, over the demo data, as a new buyer from Jakarta or abroad on a desktop (1280×900) and a
// phone (390×844), in Indonesian and English: the flagships sit side by side, no page asks for a missing
// file, searches list what was asked for with their number, English pages read English (units, stories
// marked when only Indonesian exists), and the web chat starts as a buyer in the page's language.
// Screenshots: tests/artifacts/abroad-*.png.
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

let b: BrowserHarness;
beforeAll(async () => {
  b = await startBrowserHarness(); // the demo seed draws its pictures: the slow part
}, 120_000);
afterAll(() => b?.close());

const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
type Viewport = keyof typeof viewports;

/** A fresh browser (cookies and all) with this screen and language; every 4xx/5xx answer is recorded. */
async function visitor(viewport: Viewport, lang: 'id' | 'en'): Promise<{ context: BrowserContext; page: Page; failures: string[] }> {
  const context = await b.browser.newContext({ baseURL: b.baseUrl, viewport: viewports[viewport], locale: lang === 'id' ? 'id-ID' : 'en-US', isMobile: viewport === 'phone', hasTouch: viewport === 'phone' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const failures: string[] = [];
  page.on('response', (res) => {
    if (res.status() >= 400) failures.push(`${res.status()} ${res.url()}`);
  });
  return { context, page, failures };
}

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: path.join(artifactsDir, `abroad-${name}.png`), fullPage });

describe('storefront for a buyer from Jakarta or abroad', () => {
  for (const [viewport, lang] of [['desktop', 'id'], ['phone', 'en'], ['desktop', 'en'], ['phone', 'id']] as const) {
    it(`home (${viewport}, ${lang}): flagship regencies in a grid, icons linked, no missing file`, async () => {
      const { context, page, failures } = await visitor(viewport, lang);
      try {
        await page.goto(`/?lang=${lang}`);
        const groups = page.locator('.flagship-group');
        await expect.poll(() => groups.count()).toBe(4);
        const boxes = await Promise.all([0, 1, 2, 3].map(async (i) => (await groups.nth(i).boundingBox())!));
        // side by side: the first row holds several regencies (4 on a desktop, 2 on a phone)
        const firstRow = boxes.filter((box) => Math.abs(box.y - boxes[0]!.y) < 2).length;
        expect(firstRow).toBe(viewport === 'desktop' ? 4 : 2);
        expect(Math.max(...boxes.map((box) => box.x + box.width))).toBeLessThanOrEqual(viewports[viewport].width);
        // the icons the page links answer (a browser asks for /favicon.ico even unlinked)
        const icons = await page.evaluate(async () => Promise.all(['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png', '/manifest.webmanifest', '/icons/icon-192.png'].map(async (u) => (await fetch(u)).status)));
        expect(icons).toEqual([200, 200, 200, 200, 200]);
        await expect.poll(() => page.locator('img[src^="/media/"]').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        await shot(page, `home-${viewport}-${lang}`);
        // every other page of a visit
        for (const next of ['/katalog?q=kopi', '/p/kopi-arabika-flores-bajawa-biji-sangrai-250-g-kbj01', '/kabupaten/53.09', '/chat']) {
          await page.goto(next);
          await page.locator('h1').first().waitFor();
        }
        expect(failures).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('search (desktop, en): "kopi" lists the coffees only, counted; "tenun sumb" lists ikat, not canarium nuts', async () => {
    const { context, page } = await visitor('desktop', 'en');
    try {
      await page.goto('/katalog?q=kopi&lang=en');
      await expect.poll(() => page.getByTestId('result-count').textContent()).toBe('4 products found');
      const names = await page.getByTestId('product-card').locator('.name').allTextContents();
      expect(names).toHaveLength(4);
      for (const name of names) expect(name).toMatch(/Coffee/);
      await shot(page, 'search-kopi-desktop-en');
      await page.goto('/katalog?q=tenun+sumb&lang=en');
      const ikat = await page.getByTestId('product-card').locator('.name').allTextContents();
      expect(ikat[0]).toContain('East Sumba');
      expect(ikat.join(' | ')).not.toMatch(/Canarium|Kenari/i);
      await expect.poll(() => page.getByTestId('result-count').textContent()).toBe(`${ikat.length} products found`);
      await page.goto('/katalog?q=kopii+bajwa&lang=en');
      await expect.poll(() => page.getByTestId('product-card').first().textContent()).toContain('Bajawa');
    } finally {
      await context.close();
    }
  });

  it('product (phone, en): English units, the story marked when only Indonesian exists', async () => {
    const { context, page } = await visitor('phone', 'en');
    try {
      await page.goto('/p/kain-hinggi-tenun-ikat-sumba-timur-tsb01?lang=en');
      await expect.poll(() => page.getByTestId('price').textContent()).toMatch(/per piece$/);
      await expect.poll(() => page.getByTestId('story').getAttribute('lang')).toBe('id');
      await page.getByTestId('fallback-note').waitFor();
      await shot(page, 'product-phone-en');
      // a producer who wrote the story in English: English, no note
      await page.goto('/p/kopi-arabika-flores-bajawa-biji-sangrai-250-g-kbj01?lang=en');
      await expect.poll(() => page.getByTestId('story').textContent()).toContain('We are 28 coffee-farming families');
      await expect.poll(() => page.getByTestId('price').textContent()).toMatch(/per pack$/);
      expect(await page.getByTestId('fallback-note').count()).toBe(0);
      await page.goto('/p/kain-hinggi-tenun-ikat-sumba-timur-tsb01?lang=id');
      await expect.poll(() => page.getByTestId('price').textContent()).toMatch(/per lembar$/);
      expect(await page.getByTestId('fallback-note').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('web chat for a new buyer', () => {
  for (const [viewport, lang] of [['phone', 'en'], ['desktop', 'id']] as const) {
    it(`starts as a buyer in the page's language and searches the first typed words (${viewport}, ${lang})`, async () => {
      const { context, page, failures } = await visitor(viewport, lang);
      try {
        await page.goto(`/chat?lang=${lang}`);
        const log = page.locator('#chat-log');
        await log.getByText(lang === 'en' ? 'Main menu' : 'Menu utama').first().waitFor();
        expect(await log.textContent()).not.toMatch(/Choose your language|Pilih bahasa|How are you joining|Anda datang sebagai/);
        await log.getByRole('button', { name: lang === 'en' ? 'Sell my products' : 'Jual produk saya' }).waitFor();
        await page.locator('#chat-input').fill('kopii bajwa');
        await page.locator('#chat-input').press('Enter');
        await log.getByText(lang === 'en' ? 'Results for "kopii bajwa"' : 'Hasil pencarian "kopii bajwa"').first().waitFor();
        await log.getByRole('button', { name: /Bajawa/ }).first().waitFor();
        expect(await log.textContent()).not.toMatch(/pick one of the choices|pilih salah satu/i);
        await shot(page, `chat-${viewport}-${lang}`, false);
        expect(failures).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('follows the page’s language switch (desktop)', async () => {
    const { context, page } = await visitor('desktop', 'id');
    try {
      await page.goto('/chat?lang=id');
      const log = page.locator('#chat-log');
      await log.getByText('Menu utama').first().waitFor();
      await page.getByTestId('lang-switch').click();
      await log.getByText('Main menu').first().waitFor();
      await shot(page, 'chat-switched-desktop-en', false);
    } finally {
      await context.close();
    }
  });
});
