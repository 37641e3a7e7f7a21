// The seed as one call, for the CLI and for the running server's /internal/seed.
import type { MediaStore } from '../../domain/media/media-store.ts';
import type { PrismaClient } from '../generated/client.ts';
import { seedDemo, seedReference } from './index.ts';

export async function runSeed(prisma: PrismaClient, mediaStore: MediaStore, demo: boolean) {
  const reference = await seedReference(prisma);
  return demo ? { reference, demo: await seedDemo(prisma, mediaStore) } : { reference };
}
