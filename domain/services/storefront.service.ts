// What the public web pages read besides the catalogue service: producer profiles, sitemap entries and the
// rule for which stored photos may be served to anyone (photos of published products, nothing else:
// payment proofs, QRIS codes and drafts stay private).
import { z } from 'zod';
import { notFound } from '../lib/errors.ts';
import type { PublicProducerRow, StorefrontRepository } from '../repositories/storefront.repository.ts';

export interface StorefrontDeps {
  storefront: StorefrontRepository;
}

export type PublicProducer = Omit<PublicProducerRow, 'updatedAt'>;

export interface SitemapEntries {
  products: { slug: string; updatedAt: Date }[];
  producers: { id: string; updatedAt: Date }[];
}

const producerId = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
/** stored media paths: "2026/11/<hex>.jpg" and the like; anything else is not a media path */
const mediaPath = z.string().max(200).regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.[a-z]{2,4}$/);

export function createStorefrontService(deps: StorefrontDeps) {
  return {
    /** The public profile of a producer who has published products; 404 for anyone else. */
    async publicProducer(id: string): Promise<PublicProducer> {
      const parsed = producerId.safeParse(id);
      const row = parsed.success ? await deps.storefront.findPublicProducer(parsed.data) : null;
      if (!row) throw notFound('producer', 'common:errors.notFound');
      const { updatedAt: _updatedAt, ...producer } = row;
      return producer;
    },

    async sitemapEntries(): Promise<SitemapEntries> {
      const [products, producers] = await Promise.all([deps.storefront.publicProductSlugs(), deps.storefront.publicProducerIds()]);
      return { products, producers };
    },

    /** Whether GET /media/<path> may serve this file to anyone. */
    async isPublicMedia(path: string): Promise<boolean> {
      const parsed = mediaPath.safeParse(path);
      return parsed.success ? deps.storefront.isPublicPhotoPath(parsed.data) : false;
    },
  };
}

export type StorefrontService = ReturnType<typeof createStorefrontService>;
