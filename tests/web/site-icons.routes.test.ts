// The site icon: every page links a favicon, the Apple touch icon and a web app manifest, and each of them
// answers (browsers ask for /favicon.ico on their own: it must never be a 404).
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;
beforeAll(async () => {
  h = await createWebHarness();
}, 60_000);
afterAll(() => h.close());

describe('site icons', () => {
  it('links the icons and the manifest from every kind of page', async () => {
    for (const path of ['/', '/katalog', '/chat', '/kabupaten/53.09', '/p/no-such-product']) {
      const html = await (await h.app.request(path)).text();
      expect(html, path).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32"/>');
      expect(html, path).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
      expect(html, path).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png"/>');
      expect(html, path).toContain('<link rel="manifest" href="/manifest.webmanifest"/>');
    }
  });

  it('serves a real ICO holding a 32 px PNG at /favicon.ico', async () => {
    const res = await h.app.request('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/x-icon');
    const ico = Buffer.from(await res.arrayBuffer());
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico.readUInt8(6), ico.readUInt8(7)]).toEqual([32, 32]);
    const png = ico.subarray(ico.readUInt32LE(18), ico.readUInt32LE(18) + ico.readUInt32LE(14));
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 32, height: 32 });
  });

  it('serves the SVG, the touch icon and the manifest icons in their sizes', async () => {
    const svg = await h.app.request('/favicon.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toContain('<svg');
    for (const [path, size] of [['/apple-touch-icon.png', 180], ['/apple-touch-icon-precomposed.png', 180], ['/icons/icon-192.png', 192], ['/icons/icon-512.png', 512]] as const) {
      const res = await h.app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('image/png');
      expect(await sharp(Buffer.from(await res.arrayBuffer())).metadata(), path).toMatchObject({ format: 'png', width: size, height: size });
    }
  });

  it('describes the app in the visitor’s language, with icons that exist', async () => {
    const en = await h.app.request('/manifest.webmanifest?lang=en');
    expect(en.headers.get('content-type')).toContain('application/manifest+json');
    const manifest = (await en.json()) as { name: string; description: string; lang: string; icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ name: 'Etalase NTT', lang: 'en', description: 'The digital showcase of village products from East Nusa Tenggara' });
    for (const icon of manifest.icons) expect((await h.app.request(icon.src)).status, icon.src).toBe(200);
    const id = (await (await h.app.request('/manifest.webmanifest', { headers: { 'accept-language': 'id' } })).json()) as { lang: string };
    expect(id.lang).toBe('id');
  });
});
