// In Chromium, over the demo data: the home page lists this month's flagships, a search with a typo finds
// the product, the product page offers the order links, the language switch works, and the web chat takes
// a buyer from the product page to the cart and checkout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../domain/lib/i18n.ts';
import { startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

let b: BrowserHarness;
beforeAll(async () => {
  b = await startBrowserHarness(); // the demo seed draws its pictures: the slow part
}, 120_000);
afterAll(() => b?.close());

describe('storefront in Chromium', () => {
  it('home lists the flagship products of the demo data', async () => {
    const { page } = b;
    await page.goto('/');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
    const flagships = page.getByTestId('flagships');
    await flagships.getByText('Kopi Arabika Flores Bajawa Biji Sangrai 250 g').waitFor();
    const names = await flagships.getByTestId('product-card').locator('.name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Kopi Arabika Flores Bajawa Biji Sangrai 250 g', 'Madu Hutan Timor 500 ml', 'Kain Hinggi Tenun Ikat Sumba Timur', 'Gula Air Lontar Rote 600 ml']));
    await expect.poll(() => page.locator('img[src^="/media/"]').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await b.screenshot('home');
  });

  it('a search with a typo finds the product', async () => {
    const { page } = b;
    await page.getByRole('searchbox', { name: 'Cari produk' }).fill('kopi bajwa');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.waitForURL(/\/katalog\?q=kopi\+bajwa/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hasil pencarian “kopi bajwa”');
    const first = page.getByTestId('product-card').first();
    await expect.poll(() => first.textContent()).toContain('Bajawa');
    await b.screenshot('catalog-search');
  });

  it('opens a product page with price, permits, order links and QR code', async () => {
    const { page } = b;
    await page.getByTestId('product-card').filter({ hasText: 'Kopi Arabika Flores Bajawa Biji Sangrai' }).click();
    await page.waitForURL(/\/p\/kopi-arabika-flores-bajawa-biji-sangrai-250-g-kbj01$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kopi Arabika Flores Bajawa Biji Sangrai 250 g');
    await expect.poll(() => page.getByTestId('price').textContent()).toContain('Rp85.000');
    await expect.poll(() => page.getByTestId('order-telegram').getAttribute('href')).toBe('https://t.me/EtalaseNttBot?start=p_KBJ01');
    await expect.poll(() => page.getByTestId('order-whatsapp').getAttribute('href')).toBe('https://wa.me/6281234567890?text=start%20p_KBJ01');
    await expect.poll(() => page.getByTestId('qr').evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
    await b.screenshot('product');
  });

  it('switches the language to English and keeps it', async () => {
    const { page } = b;
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Flores Bajawa Arabica Coffee, Roasted Beans 250 g');
    await expect.poll(() => page.getByTestId('price').textContent()).toContain('US$');
    await page.getByRole('link', { name: 'Catalog' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Product catalog');
    await b.screenshot('catalog-en');
    await page.goBack();
  });
});

describe('web chat in Chromium', () => {
  it('takes a buyer from the product page through the cart to an order the producer sees in chat', async () => {
    const { page } = b;
    const t = translator('en');
    await page.goto('/p/kopi-arabika-flores-bajawa-biji-sangrai-250-g-kbj01');
    await page.getByTestId('order-webchat').click();
    await page.waitForURL(/\/chat$/); // the start parameter was sent and removed from the address
    const log = page.locator('#chat-log');
    const tap = (label: string) => log.getByRole('button', { name: label }).last().click();
    const type = async (text: string) => {
      await page.locator('#chat-input').fill(text);
      await page.locator('#chat-input').press('Enter');
    };

    const card = log.getByTestId('msg-bot').filter({ has: page.locator('img') }).last();
    await expect.poll(() => card.textContent()).toContain('Flores Bajawa Arabica Coffee');
    await expect.poll(() => card.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await card.getByRole('button', { name: t('buyer:card.addToCart') }).click();
    await log.getByText('How many of Flores Bajawa Arabica Coffee').waitFor();
    await log.getByRole('button', { name: '2', exact: true }).last().click();
    await log.getByText('2 × Flores Bajawa Arabica Coffee, Roasted Beans 250 g added to your cart').waitFor();
    await tap(t('buyer:cart.view'));
    await log.getByText('• 2 × Flores Bajawa Arabica Coffee, Roasted Beans 250 g @ Rp85.000 = Rp170.000').waitFor();
    await b.screenshot('chat-cart', false);

    await tap(t('buyer:cart.checkout'));
    await tap(t('orders:checkout.continue'));
    await log.getByText(t('orders:checkout.askName')).waitFor();
    await type('Rina Wulandari');
    await log.getByText(t('orders:checkout.askPhone')).waitFor();
    await type('0812 8770 0303');
    await tap(t('orders:delivery.PICKUP_PRODUCER'));
    await tap(t('orders:payment.BANK_TRANSFER'));
    await log.getByText('Please check your order').waitFor();
    await tap(t('engine:buttons.confirm'));
    await log.getByText('Order placed!').waitFor();
    await b.screenshot('chat-order', false);

    const order = await b.web.db.prisma.order.findFirstOrThrow({ orderBy: { createdAt: 'desc' }, include: { items: true } });
    expect(order).toMatchObject({ recipientName: 'Rina Wulandari', deliveryMethod: 'PICKUP_PRODUCER', paymentMethod: 'BANK_TRANSFER' });
    expect(order.items).toMatchObject([{ quantity: 2 }]);
    expect(await log.getByTestId('msg-bot').filter({ hasText: 'Order placed!' }).textContent()).toContain(order.number);

    // the producer (playing the demo in the console chat) gets the new order from the outbox
    await b.dispatch();
    const producerChat = b.consoleChannel.take('demo-bajawa');
    expect(JSON.stringify(producerChat)).toContain(order.number);

    // typing works too, and the transcript survives a reload
    await type('menu');
    await log.getByText('Main menu').last().waitFor();
    await page.reload();
    await log.getByText('Main menu').last().waitFor();
    await expect.poll(() => log.getByText('Order placed!').count()).toBe(1);
  });
});
