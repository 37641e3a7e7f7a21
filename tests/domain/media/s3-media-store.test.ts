// Issue 28: media in an S3-compatible object store (s3rver over loopback HTTP standing for MinIO or S3), and
// the command that copies a data folder's media/ into the bucket under the paths the database stores.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../domain/lib/errors.ts';
import { createS3Client, createS3MediaStore, type S3Settings } from '../../../domain/media/s3-media-store.ts';
import { createMediaStore } from '../../../domain/media/media-store.ts';
import { contentHash, encodeVariant, variantKey } from '../../../domain/media/image-variants.ts';
import { copyMediaToS3 } from '../../../server/cli/media-copy-to-s3.ts';

let dir: string;
let server: S3rver;
let settings: S3Settings;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'etalase-s3-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: 'media' }] });
  const { port } = await server.run();
  settings = { bucket: 'media', endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true };
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const photo = () => sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();

describe('media in an S3-compatible object store', () => {
  it('stores a photo and its thumbnail as objects and reads them back by the stored path', async () => {
    const store = createS3MediaStore({ client: createS3Client(settings), bucket: 'media', maxBytes: 1024 * 1024 });
    const saved = await store.save({ data: await photo(), kind: 'product_photo' });
    expect(saved.path).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{20}\.jpg$/);
    const back = await store.read(saved.path);
    expect((await sharp(back).metadata()).format).toBe('jpeg');
    expect(back.length).toBe(saved.bytes);
    expect((await sharp(await store.read(saved.thumbPath)).metadata()).width).toBeLessThan(640);
    // another process with its own client sees the same object: nothing lives on a process's disk
    const other = createS3MediaStore({ client: createS3Client(settings), bucket: 'media', maxBytes: 1024 * 1024 });
    expect((await other.read(saved.path)).equals(back)).toBe(true);
  });

  it("keeps a report's file as it is, under files/<yyyy>/<mm>/, readable by its path from another process", async () => {
    const store = createS3MediaStore({ client: createS3Client(settings), bucket: 'media', maxBytes: 1024 * 1024 });
    const csv = Buffer.from('regency,curated\nKupang,2\n');
    const rel = await store.saveFile(csv, 'csv');
    expect(rel).toMatch(/^files\/\d{4}\/\d{2}\/[0-9a-f]{20}\.csv$/);
    const other = createS3MediaStore({ client: createS3Client(settings), bucket: 'media', maxBytes: 1024 * 1024 });
    expect((await other.read(rel)).equals(csv)).toBe(true);
  });

  it("keeps a photo's copies as objects beside it (issue 27), readable from another process", async () => {
    const store = createS3MediaStore({ client: createS3Client(settings), bucket: 'media', maxBytes: 1024 * 1024 });
    const saved = await store.save({ data: await photo(), kind: 'product_photo' });
    expect(saved.hash).toBe(contentHash(await store.read(saved.path)));
    const key = variantKey(saved.path, 320, 'webp');
    const copy = await encodeVariant(await store.read(saved.path), 320, 'webp');
    await store.saveDerived(key, copy, 'image/webp');
    const other = createS3MediaStore({ client: createS3Client(settings), bucket: 'media', maxBytes: 1024 * 1024 });
    const back = await other.read(key);
    expect(back.equals(copy)).toBe(true);
    expect((await sharp(back).metadata()).width).toBe(320);
    await expect(store.saveDerived('../x.webp', copy, 'image/webp')).rejects.toBeInstanceOf(DomainError);
  });

  it('answers not found for a missing object and refuses paths that leave the root', async () => {
    const store = createS3MediaStore({ client: createS3Client(settings), bucket: 'media', maxBytes: 1024 * 1024 });
    await expect(store.read('2026/01/nothing.jpg')).rejects.toMatchObject({ code: 'not_found', messageKey: 'media:errors.notFound' });
    for (const bad of ['../secret', '/etc/passwd', '2026/../../x.jpg', 'a\0b']) await expect(store.read(bad)).rejects.toBeInstanceOf(DomainError);
    await expect(store.save({ data: Buffer.alloc(2 * 1024 * 1024), kind: 'product_photo' })).rejects.toBeInstanceOf(DomainError);
  });

  it("copies a data folder's media into the bucket under the same paths", async () => {
    const dataDir = path.join(dir, 'data');
    const local = createMediaStore({ dataDir, maxBytes: 1024 * 1024 });
    const saved = await local.save({ data: await photo(), kind: 'product_photo' });
    await mkdir(path.join(dataDir, 'media', 'demo'), { recursive: true });
    await writeFile(path.join(dataDir, 'media', 'demo', 'kopi.jpg'), await local.read(saved.path));
    expect(await copyMediaToS3(dataDir, settings)).toBe(3);
    const store = createS3MediaStore({ client: createS3Client(settings), bucket: 'media', maxBytes: 1024 * 1024 });
    expect((await store.read(saved.path)).equals(await local.read(saved.path))).toBe(true);
    expect((await store.read(saved.thumbPath)).length).toBeGreaterThan(0);
    expect((await store.read('demo/kopi.jpg')).length).toBe(saved.bytes);
  });
});
