// Lighthouse (12.2.3: 13 needs Node 22) on the storefront's pages as a buyer's phone sees them: 390×844 at
// 3 device pixels per CSS pixel, Lighthouse's simulated slow 4G and 4× slower CPU, in the project's
// Chromium (domain/lib/chromium.ts). The buyer's way is walked first in the same browser (a product into
// the cart, the checkout form, the order placed by bank transfer) so the cart, checkout and order pages
// are measured with something in them, as a buyer sees them.
import { createRequire } from 'node:module';
import { chromiumArgs, findChromium } from '../../domain/lib/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageScores {
  page: string;
  url: string;
  /** 0-100 per category */
  scores: Record<Category, number>;
  /** SEO without the "is-crawlable" audit, which fails by design on pages marked noindex (cart, checkout, order) */
  seoWithoutCrawlable: number;
  /** the audits that lost points, with their score (0-1), for the notes */
  failed: string[];
  lcpMs: number;
  cls: number;
  totalBytes: number;
}

interface LhAudit {
  id: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
}
interface LhCategory {
  score: number | null;
  auditRefs: { id: string; weight: number }[];
}
interface LhResult {
  categories: Record<string, LhCategory>;
  audits: Record<string, LhAudit>;
}

type PuppeteerPage = {
  goto(url: string, options?: object): Promise<unknown>;
  setViewport(viewport: object): Promise<void>;
  createCDPSession(): Promise<{ send(method: string): Promise<unknown>; detach(): Promise<void> }>;
  evaluate(script: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  select(selector: string, ...values: string[]): Promise<string[]>;
  waitForNavigation(options?: object): Promise<unknown>;
  url(): string;
  $(selector: string): Promise<unknown>;
  $$eval<T>(selector: string, fn: (els: Element[]) => T): Promise<T>;
};
type PuppeteerBrowser = { newPage(): Promise<PuppeteerPage>; close(): Promise<void> };

/** A category's score recomputed without some audits (their weight left out, as Lighthouse averages). */
function scoreWithout(result: LhResult, category: string, without: string[]): number {
  let sum = 0;
  let weights = 0;
  for (const ref of result.categories[category]!.auditRefs) {
    const audit = result.audits[ref.id];
    if (!audit || without.includes(ref.id) || ref.weight === 0 || audit.score === null || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual' || audit.scoreDisplayMode === 'informative') continue;
    sum += audit.score * ref.weight;
    weights += ref.weight;
  }
  return weights ? Math.round((sum / weights) * 100) : 0;
}

const config = {
  extends: 'lighthouse:default',
  settings: {
    onlyCategories: [...CATEGORIES],
    formFactor: 'mobile',
    screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false },
    // the cart and the order live in cookies: Lighthouse must not clear them before loading the page (the
    // HTTP cache is emptied by audit() instead)
    disableStorageReset: true,
  },
};

export interface LighthouseRun {
  /** the buyer's way (cart, checkout, order) and Lighthouse on each page named */
  measure(pages: string[]): Promise<PageScores[]>;
  close(): Promise<void>;
}

/** Opens the project's Chromium for Lighthouse against a running server at baseUrl. */
export async function openLighthouse(baseUrl: string, log: (line: string) => void = () => {}): Promise<LighthouseRun> {
  const require = createRequire(import.meta.url);
  // Lighthouse drives the page through its own puppeteer-core (23.x); whatsapp-web.js has 24.x at the top
  const lighthouseDir = require.resolve('lighthouse/package.json');
  const puppeteer = (await import(createRequire(lighthouseDir).resolve('puppeteer-core'))) as { default: { launch(options: object): Promise<PuppeteerBrowser> } };
  const { default: lighthouse } = (await import('lighthouse')) as unknown as { default: (url: string, flags: object, config: object, page: PuppeteerPage) => Promise<{ lhr: LhResult } | undefined> };
  const found = await findChromium({ configured: process.env.CHROMIUM_PATH });
  const browser = await puppeteer.default.launch({ executablePath: found.executablePath, args: [...chromiumArgs, '--window-size=390,844'], env: { ...process.env, ...found.env }, headless: true });
  const page = await browser.newPage();

  async function audit(name: string, url: string): Promise<PageScores> {
    // one visit first, on the same phone: a photo's copies are made on their first request (a fresh server
    // has none), which is a first visitor's cost once, not every buyer's
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await new Promise((r) => setTimeout(r, 1000));
    // Lighthouse keeps the storage (the cart's cookie) and so the HTTP cache too: emptied here, so the
    // page is measured as a first visit loads it, pictures included
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const started = performance.now();
    const run = await lighthouse(url, { logLevel: 'error', output: 'json' }, config, page);
    if (!run) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = run;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
    const failed = CATEGORIES.flatMap((c) =>
      lhr.categories[c]!.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => `${c}/${a.id} ${a.score}`),
    );
    const result: PageScores = {
      page: name,
      url,
      scores,
      seoWithoutCrawlable: scoreWithout(lhr, 'seo', ['is-crawlable']),
      failed,
      lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
      cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN) * 1000) / 1000,
      totalBytes: Math.round(lhr.audits['total-byte-weight']?.numericValue ?? Number.NaN),
    };
    log(`  ${name}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}; LCP ${result.lcpMs} ms, CLS ${result.cls}, ${Math.round(result.totalBytes / 1024)} KB (${Math.round((performance.now() - started) / 1000)} s)${failed.length ? `; lost points: ${failed.join(', ')}` : ''}`);
    return result;
  }

  /** a product with a photo (its page has the buy button and the main photo), found through the API's pages:
   * the newest products (the generated ones of a full run) have none, the demo's further on do */
  async function productUrl(): Promise<string> {
    let cursor: string | null = null;
    for (let pageNo = 0; pageNo < 20; pageNo += 1) {
      const answer = await fetch(`${baseUrl}/api/v1/products?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      const body = (await answer.json()) as { items?: { slug: string; photos: unknown[] }[]; nextCursor?: string | null };
      const withPhoto = body.items?.find((p) => p.photos.length > 0);
      if (withPhoto) return `${baseUrl}/p/${withPhoto.slug}`;
      cursor = body.nextCursor ?? null;
      if (!cursor) break;
    }
    throw new Error('no product with a photo in the catalogue');
  }

  async function submitAndWait(selector: string): Promise<void> {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
  }

  return {
    async measure(pages) {
      const results: PageScores[] = [];
      const product = await productUrl();
      for (const name of pages) {
        if (name === 'home') results.push(await audit('home', `${baseUrl}/`));
        else if (name === 'product') results.push(await audit('product', product));
        else if (name === 'cart') {
          await page.goto(product, { waitUntil: 'load' });
          await submitAndWait('[data-testid=add-to-cart]');
          results.push(await audit('cart', `${baseUrl}/keranjang`));
        } else if (name === 'checkout') {
          results.push(await audit('checkout', `${baseUrl}/checkout`));
        } else if (name === 'order') {
          await page.goto(`${baseUrl}/checkout`, { waitUntil: 'load' });
          await page.type('input[name=recipientName]', 'Sari Wulandari');
          await page.type('input[name=recipientPhone]', '0812 3456 7890');
          await page.select('select[name=province]', 'DKI Jakarta');
          await page.type('input[name=city]', 'Jakarta Selatan');
          await page.type('input[name=district]', 'Tebet');
          await page.type('input[name=street]', 'Jl. Tebet Raya 12');
          await page.type('input[name=postalCode]', '12810');
          await submitAndWait('[data-testid=to-review]');
          if (await page.$('input[value=BANK_TRANSFER]')) await page.click('input[value=BANK_TRANSFER]');
          await submitAndWait('[data-testid=place]');
          if (!/\/pesanan\//.test(page.url())) throw new Error(`placing the order ended at ${page.url()}`);
          results.push(await audit('order', page.url()));
        } else throw new Error(`unknown page ${name}`);
      }
      return results;
    },
    close: () => browser.close(),
  };
}
