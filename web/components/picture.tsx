// A product photo as the storefront shows it (issue 27): <picture> with AVIF and WebP copies in a few widths
// (srcset) and the slot's width on the page (sizes), so the browser loads the smallest copy that is sharp on
// that screen; a JPEG <img> for browsers that take neither. The <img> carries the photo's true width and height,
// so the page keeps its place while pictures load.
import { VARIANT_WIDTHS, type VariantFormat } from '../../domain/media/image-variants.ts';
import { mediaUrl, variantUrl } from '../../domain/media/image-urls.ts';

export interface PhotoRef {
  path: string;
  width: number | null;
  height: number | null;
  hash: string | null;
}

/**
 * Where the picture sits: the width of its box at each screen width (a media query and a CSS length, the
 * last without a query), and the box's shape when the photo covers it (object-fit: cover crops the photo,
 * so a landscape photo in a square box is drawn wider than the box).
 */
export interface Slot {
  widths: [query: string | null, length: string][];
  /** width / height of the box when the photo is cropped to it; absent: the photo keeps its own shape */
  coverRatio?: number;
}

/** Product cards in a grid (.grid: columns of at least 10.5rem in a page of at most 64rem) */
export const CARD_SLOT: Slot = { widths: [['(min-width: 64rem)', '12rem'], ['(min-width: 36rem)', '16rem'], [null, 'calc(50vw - 1.4rem)']], coverRatio: 1 };
/** The product page's main photo: the page's width on a phone, half of it beside the text from 48rem */
export const MAIN_SLOT: Slot = { widths: [['(min-width: 64rem)', '30.5rem'], ['(min-width: 48rem)', 'calc(50vw - 1.5rem)'], [null, 'calc(100vw - 2rem)']] };
/** The product page's other photos (.thumbs: 5rem squares) */
export const THUMB_SLOT: Slot = { widths: [[null, '5rem']], coverRatio: 1 };
/** Category tiles on the home page (.tiles: columns of at least 9rem, pictures 16:10) */
export const TILE_SLOT: Slot = { widths: [['(min-width: 64rem)', '10rem'], ['(min-width: 36rem)', '14rem'], [null, 'calc(50vw - 1.3rem)']], coverRatio: 16 / 10 };

/** The sizes attribute: each box width, widened by how much of the photo the crop cuts away. */
export function sizesOf(slot: Slot, photo: { width: number; height: number }): string {
  const scale = slot.coverRatio ? Math.max(1, photo.width / photo.height / slot.coverRatio) : 1;
  const length = (l: string) => (scale === 1 ? l : `calc(${l} * ${scale.toFixed(3)})`);
  return slot.widths.map(([query, l]) => (query ? `${query} ${length(l)}` : length(l))).join(', ');
}

/** Widths to offer: the standard ones below the photo's own, and its own (the standard ones to 1280 when unknown). */
function offeredWidths(photo: PhotoRef): number[] {
  if (!photo.width) return [...VARIANT_WIDTHS, 1280];
  const own = photo.width;
  return [...VARIANT_WIDTHS.filter((w) => w < own), own];
}

const srcsetOf = (photo: PhotoRef, widths: number[], format: VariantFormat) => widths.map((w) => `${variantUrl(photo, w, format)} ${w}w`).join(', ');

export interface PictureProps {
  photo: PhotoRef;
  alt: string;
  slot: Slot;
  /** the page's main picture is loaded at once and first; the rest when they come near the screen */
  priority?: boolean;
}

export function Picture({ photo, alt, slot, priority = false }: PictureProps) {
  const widths = offeredWidths(photo);
  const known = photo.width && photo.height ? { width: photo.width, height: photo.height } : null;
  const sizes = sizesOf(slot, known ?? { width: 4, height: 3 });
  const fallback = known ? variantUrl(photo, widths.find((w) => w >= 640) ?? widths[widths.length - 1]!, 'jpg') : mediaUrl(photo.path);
  return (
    <picture>
      <source type="image/avif" srcset={srcsetOf(photo, widths, 'avif')} sizes={sizes} />
      <source type="image/webp" srcset={srcsetOf(photo, widths, 'webp')} sizes={sizes} />
      {/* a browser that takes neither AVIF nor WebP is an old one: one 640 px JPEG, no srcset (keeps the page
          ~30 % lighter than three srcsets) */}
      <img
        src={fallback}
        alt={alt}
        {...(known ? { width: known.width, height: known.height } : {})}
        {...(priority ? { fetchpriority: 'high' } : { loading: 'lazy' })}
        decoding="async"
      />
    </picture>
  );
}
