// The storefront's photo copies (issue 27): a copy asked for is read from the media store, or made from the
// original on the spot and kept there, so photos uploaded before copies existed work from their first
// request on. New product photos get theirs made right after the upload, in the background.
//
// Memory and CPU: copies are made one at a time (sharp with one thread, no cache: domain/lib/on-demand.ts),
// and two requests for the same copy share one encoding.
import { DomainError } from '../lib/errors.ts';
import { contentHash, encodeVariant, imageSize, servedWidth, variantKey, variantWidths, VARIANT_FORMATS, VARIANT_MIME, type VariantFormat } from '../media/image-variants.ts';
import type { VariantRequest } from '../media/image-urls.ts';
import type { MediaStore } from '../media/media-store.ts';
import type { MediaRepository } from '../repositories/media.repository.ts';
import type { StorefrontRepository } from '../repositories/storefront.repository.ts';

export interface ImageDeps {
  store: MediaStore;
  media: MediaRepository;
  storefront: StorefrontRepository;
}

export interface PublicPhoto {
  id: string;
  path: string;
  width: number;
  height: number;
  hash: string;
}

export interface ServedCopy {
  data: Buffer;
  mime: string;
  /** true when the URL carried the photo's content hash: cacheable for a year */
  immutable: boolean;
}

const isNotFound = (error: unknown): boolean => error instanceof DomainError && error.code === 'not_found';

export function createImageService(deps: ImageDeps) {
  const inFlight = new Map<string, Promise<Buffer>>();
  // one encoding at a time across the process: a crawler opening a hundred old photos queues, not piles up
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  /** The published photo at this path, its hash and size measured now if it was stored without them. */
  async function publicPhoto(path: string): Promise<PublicPhoto | null> {
    const row = await deps.storefront.findPublicPhoto(path);
    if (!row) return null;
    if (row.hash && row.width && row.height) return { id: row.id, path: row.path, width: row.width, height: row.height, hash: row.hash };
    const original = await deps.store.read(row.path);
    const size = await imageSize(original);
    if (!size) return null;
    const facts = { hash: contentHash(original), ...size };
    await deps.media.recordImageFacts(row.id, facts);
    return { id: row.id, path: row.path, ...facts };
  }

  /** The copy's bytes: kept in the store, else made from the original and kept. */
  function copyOf(photo: Pick<PublicPhoto, 'path' | 'width'>, width: number, format: VariantFormat): Promise<Buffer> {
    // the original's own width in JPEG is the original
    if (width === photo.width && format === 'jpg') return deps.store.read(photo.path);
    const key = variantKey(photo.path, width, format);
    const running = inFlight.get(key);
    if (running) return running;
    const work = (async () => {
      try {
        return await deps.store.read(key);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      const data = await serially(async () => encodeVariant(await deps.store.read(photo.path), width, format));
      await deps.store.saveDerived(key, data, VARIANT_MIME[format]);
      return data;
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, work);
    return work;
  }

  return {
    publicPhoto,

    /** GET /media/<stem>[.<hash>].<width>w.<format>: null when no published photo has that copy. */
    async serve(request: VariantRequest): Promise<ServedCopy | null> {
      const photo = await publicPhoto(request.original);
      if (!photo) return null;
      // a hash that is not this photo's, or a width it is not offered in, names nothing
      if (request.hash !== null && request.hash !== photo.hash) return null;
      const width = servedWidth(request.width, photo.width);
      if (width === null) return null;
      const data = await copyOf(photo, width, request.format);
      return { data, mime: VARIANT_MIME[request.format], immutable: request.hash !== null };
    },

    /** Every copy of a just-stored photo, made before anyone asks (errors only mean they are made on request). */
    async prepare(photo: { path: string; width: number }): Promise<number> {
      let made = 0;
      for (const width of variantWidths(photo.width)) {
        for (const format of VARIANT_FORMATS) {
          if (width === photo.width && format === 'jpg') continue;
          await copyOf(photo, width, format);
          made += 1;
        }
      }
      return made;
    },
  };
}

export type ImageService = ReturnType<typeof createImageService>;
