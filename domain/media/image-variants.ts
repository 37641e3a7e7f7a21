// The smaller and lighter copies of a stored photo that the storefront shows (issue 27): the same picture at
// a few widths in AVIF and WebP, plus JPEG for browsers that take neither. A page offers them in <picture>
// with srcset and sizes, so a phone showing a photo 358 px wide loads a 640 px WebP or AVIF, not the
// 1280 px JPEG.
//
// Names: beside "2026/12/<id>.jpg" the copies are "2026/12/<id>.640w.webp" and the like in the same store;
// the URL adds the original's content hash ("2026/12/<id>.<hash>.640w.webp"), which makes it safe to cache
// for a year. The recipe below (widths, qualities) is part of what a copy is: change it, and change the
// "w" suffix (to "w2") so no cache keeps the old copies under the new recipe's names.
import { createHash } from 'node:crypto';
import { sharp } from '../lib/on-demand.ts';
import { MAX_SIDE } from './image-process.ts';

export type VariantFormat = 'avif' | 'webp' | 'jpg';
export const VARIANT_FORMATS: readonly VariantFormat[] = ['avif', 'webp', 'jpg'];

/** Widths offered below the original's own (which is always offered, up to MAX_SIDE = 1280). */
export const VARIANT_WIDTHS = [320, 640, 960] as const;

export const VARIANT_MIME: Record<VariantFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' };

/**
 * Encoder settings chosen for CPU as much as for bytes (measured on this two-core machine, 1280×960 photo):
 * AVIF effort 1 takes ~0.1 s where the default effort 4 takes ~6 s for ~10 % fewer bytes.
 */
const ENCODE = {
  avif: { quality: 50, effort: 1 },
  webp: { quality: 72, effort: 3 },
  jpg: { quality: 78, mozjpeg: true },
} as const;

/** First 16 hex digits of the SHA-256 of a stored file: what the long-cached URLs carry. */
export function contentHash(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

/** The widths a photo of this width is offered in, smallest first: the standard ones below it, then its own. */
export function variantWidths(originalWidth: number): number[] {
  const below = VARIANT_WIDTHS.filter((w) => w < originalWidth);
  return [...below, originalWidth];
}

/**
 * The width of the copy that answers a request for this width, or null when the width is not one a page
 * asks for (only these few are ever made, so nobody can make the server encode a thousand sizes). A width
 * above the photo's own gets its own: a page made before the photo's size was known asks for the standard
 * widths up to 1280.
 */
export function servedWidth(requested: number, originalWidth: number): number | null {
  const asked = [...VARIANT_WIDTHS, MAX_SIDE, originalWidth];
  if (!asked.includes(requested)) return null;
  return Math.min(requested, originalWidth);
}

/** "2026/12/<id>.jpg" → "2026/12/<id>" (the stem every copy's name starts with) */
export function stemOf(path: string): string {
  return path.replace(/\.[a-z0-9]+$/i, '');
}

/** Where a copy is kept in the media store. The original's own width in JPEG is the original itself. */
export function variantKey(path: string, width: number, format: VariantFormat): string {
  return `${stemOf(path)}.${width}w.${format}`;
}

/** One copy of the original: resized (never enlarged) and encoded. */
export async function encodeVariant(original: Buffer, width: number, format: VariantFormat): Promise<Buffer> {
  const resized = sharp(original).resize({ width, withoutEnlargement: true });
  if (format === 'avif') return resized.avif(ENCODE.avif).toBuffer();
  if (format === 'webp') return resized.webp(ENCODE.webp).toBuffer();
  return resized.jpeg(ENCODE.jpg).toBuffer();
}

/** Width and height from the header only (no decoding), for stored photos recorded without them. */
export async function imageSize(data: Buffer): Promise<{ width: number; height: number } | null> {
  const meta = await sharp(data).metadata();
  return meta.width && meta.height ? { width: meta.width, height: meta.height } : null;
}
