import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../domain/lib/errors.ts';
import { translator } from '../../../domain/lib/i18n.ts';
import { createMediaStore, type MediaStore } from '../../../domain/media/media-store.ts';

let dataDir: string;
let store: MediaStore;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'etalase-media-'));
  store = createMediaStore({ dataDir, maxBytes: 1024 * 1024 });
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** A 3000×2000 photo-like image: noise so it compresses like a real picture, not a flat colour. */
async function bigImage(format: 'png' | 'jpeg'): Promise<Buffer> {
  const raw = randomBytes(300 * 200 * 3);
  const img = sharp(raw, { raw: { width: 300, height: 200, channels: 3 } }).resize(3000, 2000, { kernel: 'nearest' });
  return format === 'png' ? img.png({ compressionLevel: 1 }).toBuffer() : img.jpeg({ quality: 60 }).toBuffer();
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('media store: save', () => {
  it.each(['jpeg', 'png'] as const)('resizes a 3000×2000 %s to 1280 wide JPEG with a 320×320 thumbnail', async (format) => {
    const input = await bigImage(format);
    const big = createMediaStore({ dataDir, maxBytes: 50 * 1024 * 1024 });
    const stored = await big.save({ data: input, kind: 'product_photo', mime: 'application/octet-stream' });
    expect(stored.mime).toBe('image/jpeg');
    expect([stored.width, stored.height]).toEqual([1280, 853]);
    expect(stored.path).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{20}\.jpg$/);
    expect(stored.thumbPath).toBe(stored.path.replace(/\.jpg$/, '_thumb.jpg'));

    const main = await big.read(stored.path);
    expect(main.length).toBe(stored.bytes);
    const mainMeta = await sharp(main).metadata();
    expect([mainMeta.format, mainMeta.width, mainMeta.height]).toEqual(['jpeg', 1280, 853]);
    const thumbMeta = await sharp(await big.read(stored.thumbPath)).metadata();
    expect([thumbMeta.format, thumbMeta.width, thumbMeta.height]).toEqual(['jpeg', 320, 320]);
    expect(existsSync(path.join(dataDir, 'media', stored.path))).toBe(true);
    expect(big.root).toBe(path.join(dataDir, 'media'));
  });

  it('does not enlarge a small image', async () => {
    const small = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#336699' } }).webp().toBuffer();
    const stored = await store.save({ data: small, kind: 'qris' });
    expect([stored.width, stored.height]).toEqual([200, 100]);
  });

  it('applies the EXIF orientation and strips metadata', async () => {
    // left half red, right half blue, landscape 300×100, tagged "rotate 90° clockwise to display"
    const left = await sharp({ create: { width: 150, height: 100, channels: 3, background: '#ff0000' } }).png().toBuffer();
    const tagged = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#0000ff' } })
      .composite([{ input: left, left: 0, top: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(tagged).metadata()).orientation).toBe(6);

    const stored = await store.save({ data: tagged, kind: 'product_photo' });
    expect([stored.width, stored.height]).toEqual([100, 300]);
    const out = await store.read(stored.path);
    const meta = await sharp(out).metadata();
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
    // after a clockwise quarter turn the left (red) half is on top
    const { data } = await sharp(out).extract({ left: 50, top: 20, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(200);
    expect(data[2]).toBeLessThan(60);
  });

  it('refuses a 5 MB file over a 1 MB limit with the tooLarge key and the limit in MB', async () => {
    const error = await refusal(store.save({ data: Buffer.alloc(5 * 1024 * 1024, 1), kind: 'payment_proof' }));
    expect(error.code).toBe('unprocessable');
    expect(error.messageKey).toBe('media:errors.tooLarge');
    expect(error.params).toEqual({ maxMb: 1 });
    expect(translator('id')(error.messageKey ?? '', error.params)).toContain('1 MB');
  });

  it('refuses random bytes, a GIF, an SVG and a PDF as not an image', async () => {
    const gif = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#00ff00' } }).gif().toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    for (const data of [randomBytes(4096), gif, svg, pdf]) {
      const error = await refusal(store.save({ data, kind: 'product_photo', mime: 'image/jpeg' }));
      expect(error.code).toBe('unprocessable');
      expect(error.messageKey).toBe('media:errors.notAnImage');
    }
  });

  it('refuses a JPEG whose pixels are truncated', async () => {
    const jpeg = await bigImage('jpeg');
    const error = await refusal(store.save({ data: jpeg.subarray(0, 2000), kind: 'product_photo' }));
    expect(error.messageKey).toBe('media:errors.notAnImage');
  });
});

describe('media store: read', () => {
  it('refuses paths that escape the media root', async () => {
    await writeFile(path.join(dataDir, 'secret.txt'), 'secret');
    for (const bad of ['../secret.txt', '2026/../../secret.txt', path.join(dataDir, 'secret.txt'), '/etc/passwd', '', 'a\0b']) {
      const error = await refusal(store.read(bad));
      expect(error.messageKey).toBe('media:errors.badPath');
    }
  });

  it('refuses a symlink inside the root that points outside it', async () => {
    await store.save({ data: await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).png().toBuffer(), kind: 'label' });
    await symlink(path.join(dataDir, 'secret.txt'), path.join(store.root, 'link.jpg'));
    const error = await refusal(store.read('link.jpg'));
    expect(error.messageKey).toBe('media:errors.badPath');
  });

  it('answers not found for a missing file', async () => {
    const error = await refusal(store.read('2020/01/missing.jpg'));
    expect(error.code).toBe('not_found');
  });
});
