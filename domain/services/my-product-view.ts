// A product as its producer (or an admin) sees it: every field, its curation status and the curator's note,
// the declared permit numbers. Also what every write needs from a product row: its search text and the
// curators' alert about it.
import { formatIdr } from '../lib/i18n.ts';
import type { NotificationInput } from '../repositories/notification.repository.ts';
import type { ProductRow } from '../repositories/product.repository.ts';
import { buildSearchText, regionSearchFields } from '../search/search-text.ts';

export interface MyProductView {
  id: string;
  code: string;
  slug: string;
  status: string;
  paused: boolean;
  name: { id: string; en: string | null };
  description: { id: string; en: string | null };
  category: { id: string; nameId: string; nameEn: string };
  priceIdr: number;
  unit: string;
  weightGrams: number;
  stock: number;
  packagingState: string;
  containsAlcohol: boolean;
  declared: { halal: string | null; pirt: string | null; bpomMd: string | null };
  curatorNote: string | null;
  restrictedLicence: string | null;
  photos: { mediaId: string; path: string; thumbPath: string | null }[];
  producer: { id: string; businessName: string };
  region: { code: string; name: string; shortName: string };
  submittedAt: string | null;
  approvedAt: string | null;
  updatedAt: string;
}

export function toMyProductView(p: ProductRow): MyProductView {
  return {
    id: p.id,
    code: p.code,
    slug: p.slug,
    status: p.status,
    paused: p.paused,
    name: { id: p.nameId, en: p.nameEn },
    description: { id: p.descriptionId, en: p.descriptionEn },
    category: { id: p.category.id, nameId: p.category.nameId, nameEn: p.category.nameEn },
    priceIdr: p.priceIdr,
    unit: p.unit,
    weightGrams: p.weightGrams,
    stock: p.stock,
    packagingState: p.packagingState,
    containsAlcohol: p.containsAlcohol,
    declared: { halal: p.declaredHalal, pirt: p.declaredPirt, bpomMd: p.declaredBpom },
    curatorNote: p.curatorNote,
    restrictedLicence: p.restrictedLicence,
    photos: p.photos.map((ph) => ({ mediaId: ph.mediaId, path: ph.media.path, thumbPath: ph.media.thumbPath })),
    producer: { id: p.producer.id, businessName: p.producer.businessName },
    region: { code: p.producer.region.code, name: p.producer.region.name, shortName: p.producer.region.shortName },
    submittedAt: p.submittedAt?.toISOString() ?? null,
    approvedAt: p.approvedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
  };
}

type SearchSource = Pick<ProductRow, 'nameId' | 'nameEn' | 'descriptionId' | 'descriptionEn'> & {
  category: { nameId: string; nameEn: string };
  producer: { businessName: string; region: { shortName: string; seat?: string | null; island?: string | null } };
};

export function searchTextOf(p: SearchSource): string {
  return buildSearchText({
    nameId: p.nameId,
    nameEn: p.nameEn,
    descriptionId: p.descriptionId,
    descriptionEn: p.descriptionEn,
    category: p.category,
    producerBusinessName: p.producer.businessName,
    ...regionSearchFields(p.producer.region),
  });
}

export type CuratorAlertTemplate = 'producer:notify.curatorNewSubmission' | 'producer:notify.curatorChangedProduct' | 'producer:notify.curatorResubmitted';

/** One alert per official of the product's regency, with the first photo and the review buttons. */
export function curatorAlerts(product: ProductRow, officialIds: string[], template: CuratorAlertTemplate, extra: Record<string, string> = {}): NotificationInput[] {
  return officialIds.map((recipientId) => ({
    recipientId,
    template,
    params: {
      product: product.nameId,
      code: product.code,
      business: product.producer.businessName,
      regency: product.producer.region.name,
      price: formatIdr(product.priceIdr),
      unit: product.unit,
      ...extra,
    },
    mediaId: product.photos[0]?.mediaId ?? null,
    choices: [
      { labelKey: 'producer:notify.review', value: `!curate.review:${product.id}` },
      { labelKey: 'producer:notify.later', value: `!curate.later:${product.id}` },
    ],
  }));
}
