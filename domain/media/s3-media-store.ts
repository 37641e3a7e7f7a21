// The same MediaStore in an S3-compatible object store (AWS S3, MinIO, R2, ...; issue 28): several processes
// behind a load balancer then serve the same photos, and a process holds nothing on its disk that another
// needs. Object keys are the relative paths the database stores ("2026/12/<id>.jpg"), so a data folder's
// media/ copied into the bucket (npm run media:copy-to-s3) is found under the same paths.
import { randomBytes } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { DomainError, notFound } from '../lib/errors.ts';
import { witaMonth } from '../lib/time.ts';
import { processImage, tooLarge } from './image-process.ts';
import { contentHash } from './image-variants.ts';
import type { MediaStore, SaveMediaInput, StoredMedia } from './media-store.ts';

export interface S3Settings {
  bucket: string;
  /** empty for AWS; http(s)://host:port for MinIO and the like */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

export function createS3Client(s: S3Settings): S3Client {
  return new S3Client({
    region: s.region,
    ...(s.endpoint ? { endpoint: s.endpoint } : {}),
    forcePathStyle: s.forcePathStyle,
    credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
  });
}

/** A stored path as it came from the database: relative, forward slashes, no "..", no NUL. */
function checkKey(relPath: string): string {
  if (!relPath || relPath.includes('\0') || relPath.startsWith('/') || relPath.split('/').some((part) => part === '..' || part === '') || /^[a-zA-Z]:/.test(relPath)) {
    throw new DomainError('validation', `media path outside the media root: ${JSON.stringify(relPath)}`, 'media:errors.badPath');
  }
  return relPath;
}

export function createS3MediaStore(options: { client: S3Client; bucket: string; maxBytes: number }): MediaStore {
  const { client, bucket } = options;

  async function put(key: string, body: Buffer, contentType = 'image/jpeg'): Promise<void> {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
  }

  async function save(input: SaveMediaInput): Promise<StoredMedia> {
    if (input.data.length > options.maxBytes) throw tooLarge(input.data.length, options.maxBytes);
    const image = await processImage(input.data);
    const [yyyy, mm] = witaMonth().split('-') as [string, string];
    const id = randomBytes(10).toString('hex');
    const rel = `${yyyy}/${mm}/${id}.jpg`;
    const thumbRel = `${yyyy}/${mm}/${id}_thumb.jpg`;
    await put(rel, image.main);
    await put(thumbRel, image.thumb);
    return { path: rel, thumbPath: thumbRel, mime: 'image/jpeg', bytes: image.main.length, width: image.width, height: image.height, hash: contentHash(image.main) };
  }

  async function read(relPath: string): Promise<Buffer> {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: checkKey(relPath) }));
      return Buffer.from(await object.Body!.transformToByteArray());
    } catch (error) {
      if (error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)) throw notFound('media file', 'media:errors.notFound');
      throw error;
    }
  }

  /** a report's CSV or PDF, under files/<yyyy>/<mm>/ as on disk, so the same links resolve either way */
  async function saveFile(data: Buffer, ext: 'csv' | 'pdf'): Promise<string> {
    const [yyyy, mm] = witaMonth().split('-') as [string, string];
    const rel = `files/${yyyy}/${mm}/${randomBytes(10).toString('hex')}.${ext}`;
    await put(rel, data, ext === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8');
    return rel;
  }

  /** a photo's copy (image-variants.ts): one PUT, which S3 makes visible whole or not at all */
  async function saveDerived(relPath: string, data: Buffer, contentType: string): Promise<void> {
    await put(checkKey(relPath), data, contentType);
  }

  return { save, read, saveFile, saveDerived, root: `s3://${bucket}` };
}
