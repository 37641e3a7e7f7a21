// The URLs of a stored photo's copies (image-variants.ts) and their reading back. A URL with the original's
// content hash ("/media/2026/12/<id>.<hash>.640w.webp") never changes meaning, so it is cached for a year;
// one without ("/media/2026/12/<id>.640w.webp", for a photo whose hash is not yet recorded) gets a short
// cache, as do the original paths pages linked before ("/media/2026/12/<id>.jpg").
import type { VariantFormat } from './image-variants.ts';

export interface VariantRequest {
  /** the original's stored path, "2026/12/<id>.jpg" */
  original: string;
  hash: string | null;
  width: number;
  format: VariantFormat;
}

const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** /media/<path>: a stored file as it is (the original photo, a thumbnail) */
export const mediaUrl = (path: string): string => `/media/${encodePath(path)}`;

/** /media/<stem>[.<hash>].<width>w.<format> */
export function variantUrl(photo: { path: string; hash: string | null }, width: number, format: VariantFormat): string {
  const stem = photo.path.replace(/\.[a-z0-9]+$/i, '');
  return `/media/${encodePath(stem)}${photo.hash ? `.${photo.hash}` : ''}.${width}w.${format}`;
}

const VARIANT = /^((?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]+)(?:\.([0-9a-f]{16}))?\.([1-9][0-9]{1,3})w\.(avif|webp|jpg)$/;

/** A path under /media/ that names a copy; null for anything else (an original, a thumbnail, junk). */
export function parseVariantPath(rel: string): VariantRequest | null {
  const m = VARIANT.exec(rel);
  if (!m) return null;
  // every photo the media store keeps is a JPEG (image-process.ts), so the original's name follows
  return { original: `${m[1]}.jpg`, hash: m[2] ?? null, width: Number(m[3]), format: m[4] as VariantFormat };
}
