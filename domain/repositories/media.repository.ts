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
          ownerId: input.ownerId ?? null,
        },
      }),
    findById: (id: string) => prisma.media.findUnique({ where: { id } }),
  };
}

export type MediaRepository = ReturnType<typeof createMediaRepository>;
