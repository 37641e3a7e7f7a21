// npm run media:copy-to-s3: copies a data folder's media/ (DATA_DIR) into the S3 bucket the settings name
// (S3_BUCKET, S3_ENDPOINT, keys), under the same relative paths the database stores, so a move from one
// process with local media to several sharing a bucket keeps every photo. Objects already there are
// overwritten with the same bytes; run it again after a partial copy.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ConfigError, loadConfig } from '../config/config.ts';
import { createS3Client, type S3Settings } from '../../domain/media/s3-media-store.ts';
import { s3SettingsOf } from '../config/scale.config.ts';

/** Every file under `root`, as paths relative to it with forward slashes. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

export async function copyMediaToS3(dataDir: string, settings: S3Settings): Promise<number> {
  const root = path.resolve(dataDir, 'media');
  const client = createS3Client(settings);
  let copied = 0;
  for (const key of await filesUnder(root)) {
    await client.send(new PutObjectCommand({ Bucket: settings.bucket, Key: key, Body: await readFile(path.join(root, key)), ContentType: key.endsWith('.jpg') ? 'image/jpeg' : 'application/octet-stream' }));
    copied++;
  }
  client.destroy();
  return copied;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const settings = s3SettingsOf(config);
  if (!settings) throw new ConfigError('set S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (and S3_ENDPOINT for MinIO and the like) first');
  const copied = await copyMediaToS3(config.dataDir, settings);
  console.log(`copied ${copied} file(s) from ${path.join(config.dataDir, 'media')} to s3://${settings.bucket}`);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(`media:copy-to-s3 failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
