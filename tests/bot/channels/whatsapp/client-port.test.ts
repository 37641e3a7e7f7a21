// The real whatsapp-web.js side, without ever starting Chromium: options, media conversion, and the browser
// it launches coming from domain/lib/chromium.ts (CHROMIUM_PATH, the system's, or the bundled one).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import wweb from 'whatsapp-web.js';
import { describe, expect, it } from 'vitest';
import { createWwebjsClient, toWwebContent, wwebjsClientOptions } from '../../../../bot/channels/whatsapp/client-port.ts';

const { LocalAuth, MessageMedia } = wweb;

describe('whatsapp-web.js client port', () => {
  it('keeps the session under <dataDir>/whatsapp and launches the browser it is given headless', () => {
    const options = wwebjsClientOptions({ dataDir: '/srv/etalase/data', browser: { executablePath: '/usr/bin/chromium', env: {} } });
    expect(options.authStrategy).toBeInstanceOf(LocalAuth);
    expect(path.resolve(options.authStrategy.dataPath ?? '')).toBe('/srv/etalase/data/whatsapp');
    expect(options.puppeteer).toEqual({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
  });

  it('passes the bundled browser its fonts folder on top of the process environment', () => {
    const options = wwebjsClientOptions({ dataDir: '/srv/etalase/data', browser: { executablePath: '/tmp/chromium', env: { FONTCONFIG_PATH: '/tmp/fonts' } } });
    expect(options.puppeteer.executablePath).toBe('/tmp/chromium');
    expect(options.puppeteer.env).toMatchObject({ FONTCONFIG_PATH: '/tmp/fonts', PATH: process.env.PATH });
  });

  it('wraps plain media into MessageMedia (wweb checks instanceof) and leaves text alone', () => {
    const media = toWwebContent({ mimetype: 'image/jpeg', data: 'AQID', filename: 'a.jpg' });
    expect(media).toBeInstanceOf(MessageMedia);
    expect(media).toMatchObject({ mimetype: 'image/jpeg', data: 'AQID', filename: 'a.jpg' });
    expect(toWwebContent('halo')).toBe('halo');
  });

  it('builds a port without starting anything, and finds the browser only when initialised', async () => {
    let asked = 0;
    const port = createWwebjsClient({
      dataDir: mkdtempSync(path.join(tmpdir(), 'etalase-wweb-')),
      findBrowser: async () => {
        asked++;
        return { executablePath: '/nonexistent/etalase-chromium', source: 'setting', env: {} };
      },
    });
    expect(() => port.on('qr', () => {})).not.toThrow();
    expect(asked).toBe(0);
    await expect(port.sendMessage('62812@c.us', 'halo')).rejects.toThrow('not initialised');
    // puppeteer is handed the path found: it cannot launch a browser that is not there
    await expect(port.initialize()).rejects.toThrow('/nonexistent/etalase-chromium');
    expect(asked).toBe(1);
    await port.destroy().catch(() => {});
  });
});
