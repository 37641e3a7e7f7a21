// Photos and documents people upload (product photos, payment proofs, QRIS codes): checked, resized and
// stored by the media store, recorded as Media rows owned by the uploader.
import type { MediaKind, MediaStore } from '../media/media-store.ts';
import type { MediaRepository } from '../repositories/media.repository.ts';
import { actorId, type AnyActor } from './actor.ts';

export interface MediaDeps {
  store: MediaStore;
  media: MediaRepository;
  /** called after a product photo is stored (the storefront's copies are made then); must not throw */
  afterProductPhoto?: (stored: { path: string; width: number }) => void;
}

export function createMediaService(deps: MediaDeps) {
  return {
    /** Validates (type by content, size), resizes with a thumbnail, stores; throws DomainError with a chat key. */
    async upload(actor: AnyActor, input: { data: Buffer; mime?: string; kind: MediaKind }) {
      const stored = await deps.store.save(input);
      const row = await deps.media.create({ ...stored, kind: input.kind, ownerId: actorId(actor) });
      if (input.kind === 'product_photo') deps.afterProductPhoto?.(stored);
      return row;
    },
    findById: (id: string) => deps.media.findById(id),
    read: (path: string) => deps.store.read(path),
    /** a file the product made (a report), kept as it is; its path for a document message */
    saveFile: (data: Buffer, ext: 'csv' | 'pdf') => deps.store.saveFile(data, ext),
  };
}

export type MediaService = ReturnType<typeof createMediaService>;
