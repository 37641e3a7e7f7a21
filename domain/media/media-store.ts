// Files of photos, payment proofs, QRIS codes and labels under <dataDir>/media/<yyyy>/<mm>/<id>.jpg. Paths
// handed out and stored in the database are relative to the media root, so the data folder can move.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError, notFound } from '../lib/errors.ts';
import { witaMonth } from '../lib/time.ts';
import { processImage, tooLarge } from './image-process.ts';
import { contentHash } from './image-variants.ts';

export type MediaKind = 'product_photo' | 'payment_proof' | 'qris' | 'label' | 'demo';

export interface SaveMediaInput {
  data: Buffer;
  /** what the channel claimed; informative only, the bytes decide */
  mime?: string;
  kind: MediaKind;
}

export interface StoredMedia {
  /** relative to the media root, always with forward slashes */
  path: string;
  thumbPath: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  /** contentHash() of the file at path */
  hash: string;
}

export interface MediaStore {
  save(input: SaveMediaInput): Promise<StoredMedia>;
  read(relPath: string): Promise<Buffer>;
  /** a file made by the product itself (a report's CSV or PDF), kept as it is under files/<yyyy>/<mm>/ */
  saveFile(data: Buffer, ext: 'csv' | 'pdf'): Promise<string>;
  /**
   * A file derived from a stored one (a photo's smaller copy), under the name given: written whole or not at
   * all, so a reader in another process never gets half of it. Writing the same name twice is harmless.
   */
  saveDerived(relPath: string, data: Buffer, contentType: string): Promise<void>;
  /** absolute path of the media root (<dataDir>/media) */
  readonly root: string;
}

export interface MediaStoreOptions {
  dataDir: string;
  maxBytes: number;
}

function badPath(relPath: string): DomainError {
  return new DomainError('validation', `media path outside the media root: ${JSON.stringify(relPath)}`, 'media:errors.badPath');
}

/** Resolves a stored relative path inside root, refusing absolute paths, "..", and NUL bytes. */
function resolveInside(root: string, relPath: string): string {
  if (!relPath || relPath.includes('\0') || path.isAbsolute(relPath) || /^[a-zA-Z]:/.test(relPath)) throw badPath(relPath);
  const full = path.resolve(root, relPath);
  if (!full.startsWith(root + path.sep)) throw badPath(relPath);
  return full;
}

export function createMediaStore(options: MediaStoreOptions): MediaStore {
  const root = path.resolve(options.dataDir, 'media');

  async function save(input: SaveMediaInput): Promise<StoredMedia> {
    if (input.data.length > options.maxBytes) throw tooLarge(input.data.length, options.maxBytes);
    const image = await processImage(input.data);
    const [yyyy, mm] = witaMonth().split('-') as [string, string];
    const id = randomBytes(10).toString('hex');
    const rel = `${yyyy}/${mm}/${id}.jpg`;
    const thumbRel = `${yyyy}/${mm}/${id}_thumb.jpg`;
    await mkdir(path.join(root, yyyy, mm), { recursive: true });
    // 'wx': never overwrite an existing file, even on the (astronomically unlikely) id collision
    await writeFile(path.join(root, rel), image.main, { flag: 'wx' });
    await writeFile(path.join(root, thumbRel), image.thumb, { flag: 'wx' });
    return { path: rel, thumbPath: thumbRel, mime: 'image/jpeg', bytes: image.main.length, width: image.width, height: image.height, hash: contentHash(image.main) };
  }

  async function read(relPath: string): Promise<Buffer> {
    const full = resolveInside(root, relPath);
    let real: string;
    try {
      real = await realpath(full);
    } catch {
      throw notFound('media file', 'media:errors.notFound');
    }
    // a symlink planted inside the root must not lead outside it either
    const realRoot = await realpath(root).catch(() => root);
    if (!real.startsWith(realRoot + path.sep)) throw badPath(relPath);
    return readFile(real);
  }

  async function saveFile(data: Buffer, ext: 'csv' | 'pdf'): Promise<string> {
    const [yyyy, mm] = witaMonth().split('-') as [string, string];
    const rel = `files/${yyyy}/${mm}/${randomBytes(10).toString('hex')}.${ext}`;
    await mkdir(path.join(root, 'files', yyyy, mm), { recursive: true });
    await writeFile(path.join(root, rel), data, { flag: 'wx' });
    return rel;
  }

  async function saveDerived(relPath: string, data: Buffer): Promise<void> {
    const full = resolveInside(root, relPath);
    await mkdir(path.dirname(full), { recursive: true });
    // a temporary name, then one rename: the final name holds the whole file or nothing
    const temp = `${full}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, data, { flag: 'wx' });
      await rename(temp, full);
    } finally {
      await rm(temp, { force: true });
    }
  }

  return { save, read, saveFile, saveDerived, root };
}
