// A real HTTP server on a random loopback port (the app as `npm start` mounts it, over a test database
// with the demo data) and Chromium driven by playwright-core: CHROMIUM_PATH, else the system's, else the one
// the npm package @sparticuz/chromium ships (domain/lib/chromium.ts), so `npm install && npm test` needs no apt.
// Screenshots go to tests/artifacts/.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../domain/lib/chromium.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createBufferedChannel, type BufferedChannel } from '../../bot/channels/buffered/buffered-channel.ts';
import { createDispatcher } from '../../bot/notify/dispatcher.ts';
import { createWebHarness, type WebHarness, type WebHarnessOptions } from '../web/web-harness.ts';

export const artifactsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

export interface BrowserHarness {
  web: WebHarness;
  /** the console channel: the demo producers' chats ("demo-bajawa" ...) receive their notifications there */
  consoleChannel: BufferedChannel;
  /** one pass of the outbox dispatcher, as the server runs it */
  dispatch(): Promise<number>;
  baseUrl: string;
  browser: Browser;
  page: Page;
  /** the whole page, or only the viewport (the chat scrolls inside its own box) */
  screenshot(name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

/** options: what the web harness takes besides the demo (a payment gateway ...) */
export async function startBrowserHarness(options: Omit<WebHarnessOptions, 'demo'> = {}): Promise<BrowserHarness> {
  const found = await findChromium({ configured: process.env.CHROMIUM_PATH });
  const web = await createWebHarness({ ...options, demo: true, settings: { telegramBotUsername: 'EtalaseNttBot', whatsappNumber: '6281234567890', ...options.settings } });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: web.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  web.services.settings.publicUrl = baseUrl;
  const consoleChannel = createBufferedChannel('CONSOLE');
  web.engine.registerSender(consoleChannel.sender);
  const dispatcher = createDispatcher({ notifications: web.services.repos.notifications, engine: web.engine, logger: silentLogger, owner: 'browser-test' });
  const browser = await chromium.launch({ executablePath: found.executablePath, args: chromiumArgs, env: { ...process.env, ...found.env } });
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 412, height: 915 }, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  mkdirSync(artifactsDir, { recursive: true });
  return {
    web,
    consoleChannel,
    dispatch: () => dispatcher.tick(),
    baseUrl,
    browser,
    page,
    screenshot: async (name, fullPage = true) => {
      await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage });
    },
    async close() {
      await browser.close().catch(() => {});
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await web.close();
    },
  };
}
