// The public shape of a product, the same for the API, the chat card and the storefront. Permit badges come
// from verified, issued licensing cases only, never from what a producer declared.
import type { ProductCardRow } from '../repositories/product-query.repository.ts';

export type PermitBadge = { type: 'HALAL' | 'SPP_IRT' | 'BPOM_MD' | 'NIB'; number: string | null; expiresAt: string | null };

export interface ProductView {
  id: string;
  code: string;
  slug: string;
  name: { id: string; en: string | null };
  description: { id: string; en: string | null };
  category: { id: string; nameId: string; nameEn: string };
  priceIdr: number;
  unit: string;
  weightGrams: number;
  stock: number;
  status: string;
  producer: { id: string; businessName: string; village: string; district: string; story: string | null; storyEn: string | null };
  region: { code: string; name: string; shortName: string; island: string };
  /** width, height and hash: null for a photo stored before they were recorded (measured on its first copy) */
  photos: { mediaId: string; path: string; thumbPath: string | null; width: number | null; height: number | null; hash: string | null }[];
  permits: PermitBadge[];
  rating: { average: number | null; count: number };
}

function badgeType(type: string): PermitBadge['type'] | null {
  if (type === 'HALAL_SELF_DECLARE' || type === 'HALAL_REGULAR') return 'HALAL';
  if (type === 'SPP_IRT' || type === 'BPOM_MD' || type === 'NIB') return type;
  return null; // packaging is help, not a permit
}

export function toProductView(p: ProductCardRow): ProductView {
  const permits: PermitBadge[] = [];
  for (const c of p.licensingCases) {
    const type = badgeType(c.type);
    if (type && !permits.some((b) => b.type === type)) permits.push({ type, number: c.certificateNumber, expiresAt: c.expiresAt?.toISOString() ?? null });
  }
  return {
    id: p.id,
    code: p.code,
    slug: p.slug,
    name: { id: p.nameId, en: p.nameEn },
    description: { id: p.descriptionId, en: p.descriptionEn },
    category: { id: p.category.id, nameId: p.category.nameId, nameEn: p.category.nameEn },
    priceIdr: p.priceIdr,
    unit: p.unit,
    weightGrams: p.weightGrams,
    stock: p.stock,
    status: p.status,
    producer: { id: p.producer.id, businessName: p.producer.businessName, village: p.producer.village, district: p.producer.district, story: p.producer.story, storyEn: p.producer.storyEn },
    region: p.producer.region,
    photos: p.photos.map((ph) => ({ mediaId: ph.mediaId, path: ph.media.path, thumbPath: ph.media.thumbPath, width: ph.media.width, height: ph.media.height, hash: ph.media.hash })),
    permits,
    rating: { average: p.ratingCount ? Math.round((p.ratingSum / p.ratingCount) * 10) / 10 : null, count: p.ratingCount },
  };
}
