// /docs in a real browser with no network but the server's: Swagger UI (from the installed swagger-ui-dist)
// renders every operation of /openapi.json. Any request to another origin is refused and fails the test.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../domain/lib/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { artifactsDir } from './browser-harness.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let server: ServerType;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  server = await new Promise((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const found = await findChromium();
  browser = await chromium.launch({ executablePath: found.executablePath, args: chromiumArgs, env: { ...process.env, ...found.env } });
}, 120_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

describe('/docs in Chromium', () => {
  it('renders every operation from local assets only', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const foreign: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(baseUrl) || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.goto(`${baseUrl}/docs`);
    await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    const doc = (await (await t.app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(await page.locator('.opblock').count()).toBe(operations);
    await expect(page.locator('.opblock-summary-path', { hasText: '/api/v1/products/{id}' }).first().isVisible()).resolves.toBe(true);
    expect(await page.locator('.info .title').innerText()).toContain('Etalase NTT API');
    expect(foreign).toEqual([]);
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'docs-desktop.png') });
    await page.close();
  }, 90_000);
});
