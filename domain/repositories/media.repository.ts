// Media rows: one per stored file (with its thumbnail), pointing at paths relative to the media root.
import type { PrismaClient } from '../../prisma/generated/client.ts';
import type { MediaKind, StoredMedia } from '../media/media-store.ts';

export type CreateMediaInput = StoredMedia & { kind: MediaKind; ownerId?: string | null };

export function createMediaRepository(prisma: PrismaClient) {
  return {
    create: (input: CreateMediaInput) =>
      prisma.media.create({
        data: {
          kind: input.kind,
          path: input.path,
          thumbPath: input.thumbPath,
          mime: input.mime,
          bytes: input.bytes,
          width: input.width,
          height: input.height,
          hash: input.hash,
          ownerId: input.ownerId ?? null,
        },
      }),
    findById: (id: string) => prisma.media.findUnique({ where: { id } }),
    /** a photo stored before its hash (or size) was recorded, measured on its first copy (issue 27) */
    recordImageFacts: (id: string, facts: { hash: string; width: number; height: number }) => prisma.media.update({ where: { id }, data: facts, select: { id: true } }),
  };
}

export type MediaRepository = ReturnType<typeof createMediaRepository>;
