// Turns an uploaded image into what the platform keeps: a JPEG that fits 1280×1280, upright (EXIF orientation
// applied, then every metadata block dropped so phone GPS positions never leak), plus a 320×320 thumbnail.
// The real type is read from the bytes, never from the file name or the mime the channel claims.
import { sharp } from '../lib/on-demand.ts';
import { DomainError } from '../lib/errors.ts';

/** Formats a phone or a chat app actually sends as a photo; GIF, SVG, HEIF/AVIF, TIFF, PDF are refused. */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

export const MAX_SIDE = 1280;
export const THUMB_SIDE = 320;
const JPEG_QUALITY = 82;
const THUMB_QUALITY = 78;

export interface ProcessedImage {
  main: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

export function notAnImage(why: string): DomainError {
  return new DomainError('unprocessable', `not an accepted image: ${why}`, 'media:errors.notAnImage');
}

export function tooLarge(bytes: number, maxBytes: number): DomainError {
  const maxMb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new DomainError('unprocessable', `file of ${bytes} bytes exceeds ${maxBytes}`, 'media:errors.tooLarge', { maxMb });
}

async function detectFormat(data: Buffer): Promise<string> {
  try {
    const meta = await sharp(data).metadata();
    return meta.format ?? 'unknown';
  } catch {
    // sharp could not even read a header: random bytes, a truncated file, a codec this build lacks
    throw notAnImage('unreadable');
  }
}

export async function processImage(data: Buffer): Promise<ProcessedImage> {
  const format = await detectFormat(data);
  if (!ACCEPTED_FORMATS.has(format)) throw notAnImage(`format ${format}`);
  try {
    const { data: main, info } = await sharp(data)
      .rotate() // no angle: apply the EXIF orientation
      .resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' }) // transparent PNG areas become white, not JPEG black
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumb = await sharp(main)
      .resize(THUMB_SIDE, THUMB_SIDE, { fit: 'cover', position: 'centre' }) // products are photographed centred
      .jpeg({ quality: THUMB_QUALITY, mozjpeg: true })
      .toBuffer();
    return { main, thumb, width: info.width, height: info.height };
  } catch {
    // the header was fine but the pixels are not (truncated upload, corrupt data)
    throw notAnImage('undecodable');
  }
}
