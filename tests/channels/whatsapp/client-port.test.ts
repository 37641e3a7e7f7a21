// The real whatsapp-web.js side, without ever starting Chromium: options and media conversion.
import path from 'node:path';
import wweb from 'whatsapp-web.js';
import { describe, expect, it } from 'vitest';
import { createWwebjsClient, toWwebContent, wwebjsClientOptions } from '../../../bot/channels/whatsapp/client-port.ts';

const { LocalAuth, MessageMedia } = wweb;

describe('whatsapp-web.js client port', () => {
  it('keeps the session under <dataDir>/whatsapp and uses the system Chromium headless', () => {
    const options = wwebjsClientOptions({ dataDir: '/srv/etalase/data', chromiumPath: '/usr/bin/chromium' });
    expect(options.authStrategy).toBeInstanceOf(LocalAuth);
    expect(path.resolve(options.authStrategy.dataPath ?? '')).toBe('/srv/etalase/data/whatsapp');
    expect(options.puppeteer).toEqual({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
  });

  it('wraps plain media into MessageMedia (wweb checks instanceof) and leaves text alone', () => {
    const media = toWwebContent({ mimetype: 'image/jpeg', data: 'AQID', filename: 'a.jpg' });
    expect(media).toBeInstanceOf(MessageMedia);
    expect(media).toMatchObject({ mimetype: 'image/jpeg', data: 'AQID', filename: 'a.jpg' });
    expect(toWwebContent('halo')).toBe('halo');
  });

  it('builds a port over a Client without starting it', () => {
    const port = createWwebjsClient({ dataDir: '/tmp/etalase-test', chromiumPath: '/usr/bin/chromium' });
    expect(typeof port.initialize).toBe('function');
    expect(() => port.on('qr', () => {})).not.toThrow();
  });
});
