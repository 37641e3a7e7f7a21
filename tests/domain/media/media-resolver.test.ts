import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { DomainError } from '../../../domain/lib/errors.ts';
import { createMediaResolver } from '../../../domain/media/media-resolver.ts';
import { createMediaStore, type MediaStore } from '../../../domain/media/media-store.ts';
import { createMediaRepository } from '../../../domain/repositories/media.repository.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';

let db: Database;
let dataDir: string;
let store: MediaStore;

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'etalase-resolver-'));
  store = createMediaStore({ dataDir, maxBytes: 5 * 1024 * 1024 });
});
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

const photo = () => sharp({ create: { width: 640, height: 480, channels: 3, background: '#8b1e1e' } }).png().toBuffer();

describe('media repository and resolver', () => {
  it('stores a Media row and resolves its bytes by media id', async () => {
    const stored = await store.save({ data: await photo(), kind: 'product_photo' });
    const repo = createMediaRepository(db.prisma);
    const row = await repo.create({ ...stored, kind: 'product_photo', ownerId: 'someone' });
    expect(row).toMatchObject({ kind: 'product_photo', path: stored.path, thumbPath: stored.thumbPath, width: 640, height: 480, ownerId: 'someone' });
    expect((await repo.findById(row.id))?.bytes).toBe(stored.bytes);

    const resolve = createMediaResolver(db.prisma, store);
    const out = await resolve({ mediaId: row.id });
    expect(out.mime).toBe('image/jpeg');
    expect(out.filename).toBe(path.posix.basename(stored.path));
    expect(out.data.equals(await store.read(stored.path))).toBe(true);
  });

  it('resolves by path and guesses the mime from the extension', async () => {
    const stored = await store.save({ data: await photo(), kind: 'label' });
    const out = await createMediaResolver(db.prisma, store)({ path: stored.thumbPath });
    expect(out.mime).toBe('image/jpeg');
    expect((await sharp(out.data).metadata()).width).toBe(320);
  });

  it('answers not found for an unknown media id and refuses an escaping path', async () => {
    const resolve = createMediaResolver(db.prisma, store);
    await expect(resolve({ mediaId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(resolve({ path: '../../etc/passwd' })).rejects.toBeInstanceOf(DomainError);
    await expect(resolve({ url: 'https://example.org/a.jpg' })).rejects.toBeInstanceOf(DomainError);
  });
});
