// The whole web purchase in Chromium on a phone (390×844): a buyer in Jakarta (Indonesian) and one in
// Singapore (English) each put two products of two producers in the cart from the product pages, fill the
// checkout, see every producer's shipping and items + shipping = total before ordering, pay by QRIS against
// the fake Midtrans, and watch the order page turn to paid by itself (its refresh) once the gateway's
// notification arrives. axe finds no serious or critical violation on the product, cart, checkout, review
// and order pages. Screenshots: tests/artifacts/shop-*.png.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMidtransGateway } from '../../domain/payments/midtrans/midtrans-gateway.ts';
import { startFakeMidtrans, type FakeMidtrans } from '../fakes/fake-midtrans-server.ts';
import { artifactsDir, startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let b: BrowserHarness;
let midtrans: FakeMidtrans;
const slugs: string[] = [];

beforeAll(async () => {
  midtrans = await startFakeMidtrans();
  b = await startBrowserHarness({ paymentGateway: createMidtransGateway({ serverKey: midtrans.serverKey, clientKey: 'c', production: false, apiRoot: midtrans.url }) });
  const prisma = b.web.db.prisma;
  // two producers' products, each producer with rates inside Indonesia and abroad
  for (const code of ['KBJ01', 'TSB01']) {
    const product = await prisma.product.findUniqueOrThrow({ where: { code } });
    slugs.push(product.slug);
    await prisma.shippingRate.createMany({
      data: [
        { producerId: product.producerId, zone: 'INDONESIA', baseIdr: 30_000, perKgIdr: 12_000 },
        { producerId: product.producerId, zone: 'ABROAD', baseIdr: 180_000, perKgIdr: 95_000 },
      ],
      skipDuplicates: true,
    });
  }
}, 120_000);
afterAll(async () => {
  await b?.close();
  await midtrans?.close();
});

/** serious and critical axe violations of the page as it is, by rule id and the first offending node */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, node: JSON.stringify(v.nodes[0]?.target) }));
  });
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.node}`);
}

const buyers = [
  { who: 'jakarta', lang: 'id', country: 'ID', province: 'DKI Jakarta', city: 'Jakarta Selatan', district: 'Tebet', street: 'Jl. Tebet Raya 12', postal: '12810', phone: '0812 3456 7890', place: 'Buat pesanan|Pesan dan bayar' },
  { who: 'singapore', lang: 'en', country: 'Singapore', province: '', city: 'Singapore', district: '', street: '10 Bayfront Avenue #05-01', postal: '018956', phone: '+65 9123 4567', place: 'Order and pay' },
] as const;

describe('buying on the website from a phone', () => {
  for (const buyer of buyers) {
    it(`${buyer.who} (${buyer.lang}): product → cart → checkout with shipping and total → QRIS → paid`, async () => {
      const context = await b.browser.newContext({ baseURL: b.baseUrl, viewport: { width: 390, height: 844 }, locale: buyer.lang === 'id' ? 'id-ID' : 'en-SG', isMobile: true, hasTouch: true });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const shot = (name: string) => page.screenshot({ path: path.join(artifactsDir, `shop-${buyer.who}-${name}.png`), fullPage: true });
      const failures: string[] = [];
      page.on('response', (res) => {
        if (res.status() >= 400) failures.push(`${res.status()} ${res.url()}`);
      });
      try {
        // the first product: the buy bar sits at the bottom of the phone's screen, in reach of the thumb
        await page.goto(`/p/${slugs[0]}?lang=${buyer.lang}`);
        const bar = (await page.getByTestId('buy-form').boundingBox())!;
        expect(bar.y + bar.height).toBeGreaterThan(844 - 2);
        expect(bar.width).toBeGreaterThan(380);
        expect(await axeProblems(page)).toEqual([]);
        await page.screenshot({ path: path.join(artifactsDir, `shop-${buyer.who}-product.png`) });
        await page.getByTestId('add-to-cart').click();
        await page.waitForURL(/\/keranjang\?ok=added/);
        await expect.poll(() => page.getByTestId('cart-count').textContent()).toBe('1');

        // the second, another producer's: from its card in the catalogue, in one tap
        await page.goto('/katalog?q=tenun+sumba+timur');
        await page.locator('[data-testid=product-card]').filter({ has: page.locator(`a[href="/p/${slugs[1]}"]`) }).getByTestId('card-add').click();
        await page.waitForURL(/\/keranjang\?ok=added/);
        await expect.poll(() => page.getByTestId('cart-count').textContent()).toBe('2');
        expect(await page.getByTestId('cart-group').count()).toBe(2);
        expect(await axeProblems(page)).toEqual([]);
        await shot('cart');
        await page.getByTestId('to-checkout').click();

        const form = page.getByTestId('checkout-form');
        await form.locator('input[name=recipientName]').fill(buyer.who === 'jakarta' ? 'Sari Wulandari' : 'Tan Wei Ling');
        await form.locator('input[name=recipientPhone]').fill(buyer.phone);
        await form.locator('select[name=country]').selectOption(buyer.country);
        if (buyer.province) await form.locator('select[name=province]').selectOption(buyer.province);
        await form.locator('input[name=city]').fill(buyer.city);
        await form.locator('input[name=district]').fill(buyer.district);
        await form.locator('input[name=street]').fill(buyer.street);
        await form.locator('input[name=postalCode]').fill(buyer.postal);
        expect(await axeProblems(page)).toEqual([]);
        await shot('checkout');
        await page.getByTestId('to-review').click();

        // shipping per producer and the total, before anything is ordered
        const groups = page.getByTestId('review-group');
        expect(await groups.count()).toBe(2);
        const shippingTexts = await page.getByTestId('review-shipping').locator('td').allTextContents();
        for (const text of shippingTexts) expect(text).toMatch(/^Rp[\d.]+$/);
        const money = (s: string) => Number(s.replace(/\D/g, ''));
        const total = money((await page.getByTestId('total').textContent())!);
        const items = await page.locator('[data-testid=review-group] tr:not([data-testid=review-shipping]) td').allTextContents();
        expect(total).toBe([...items, ...shippingTexts].reduce((s, t) => s + money(t), 0));
        expect(await b.web.db.prisma.order.count({ where: { recipientName: buyer.who === 'jakarta' ? 'Sari Wulandari' : 'Tan Wei Ling' } })).toBe(0);
        expect(await page.locator('input[value=ONLINE_QRIS]').isChecked()).toBe(true);
        expect(await axeProblems(page)).toEqual([]);
        await shot('review');
        await page.getByTestId('place').click();

        // the order page: the QRIS for the whole amount, refreshing itself
        await page.waitForURL(/\/pesanan\/ETL-/);
        await expect.poll(() => page.getByTestId('payment').getAttribute('data-state')).toBe('ready');
        expect(await page.getByTestId('pay-state').textContent()).toContain(`Rp${total.toLocaleString('id-ID')}`);
        await expect.poll(() => page.getByTestId('qris').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        expect(await axeProblems(page)).toEqual([]);
        await shot('pay');

        // the buyer pays; Midtrans tells the server; the open page turns to paid without a tap
        const number = /\/pesanan\/([^?]+)/.exec(page.url())![1]!;
        const order = await b.web.db.prisma.order.findUniqueOrThrow({ where: { number }, include: { payment: true } });
        const gatewayOrderId = order.payment!.gatewayOrderId;
        expect(order.payment!.amountIdr).toBe(total);
        midtrans.setStatus(gatewayOrderId, 'settlement');
        const res = await fetch(`${b.baseUrl}/payments/midtrans/notification`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(midtrans.notification(gatewayOrderId)) });
        expect(await res.json()).toEqual({ ok: true, outcome: 'settled' });
        await expect.poll(() => page.getByTestId('payment').getAttribute('data-state'), { timeout: 15_000, interval: 500 }).toBe('paid');
        expect(await page.getByTestId('order').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(['PAID', 'PAID']);
        expect(await page.getByTestId('cart-count').count()).toBe(0);
        await shot('paid');
        expect(failures).toEqual([]);
      } finally {
        await context.close();
      }
    }, 90_000);
  }
});
