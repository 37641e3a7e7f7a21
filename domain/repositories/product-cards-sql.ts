// Product cards by id in one statement on the direct path (domain/db/direct-sql.ts), the same rows as
// `prisma.product.findMany({ include: productCardInclude, omit: productCardOmit })`. Why: an API search at
// 100,000 products cost the application's thread 4.5 ms of CPU, half of it the Prisma client reading 20
// cards back (its query interpreter and the conversion of every value of the nested rows: 2.2 ms of CPU for
// 20 cards). Here the database builds each card as one JSON text and the thread parses it natively; only
// the dates are converted. A test holds the two reads equal on both databases
// (tests/domain/repositories/product-cards-sql.test.ts): a column added to the card must be added here too.
import type { PrismaClient } from '../../prisma/generated/client.ts';
import { directSql } from '../db/direct-sql.ts';
import type { ProductCardRow } from './product-card.ts';

/** Prisma's timestamp(3) columns, rendered by json_build_object as ISO text without the zone (they are UTC) */
const date = (value: unknown): Date | null => (typeof value === 'string' ? new Date(value.endsWith('Z') ? value : `${value}Z`) : null);

const CARD_SQL = `
SELECT json_build_object(
  'id', p.id, 'code', p.code, 'slug', p.slug, 'producerId', p."producerId", 'categoryId', p."categoryId",
  'nameId', p."nameId", 'nameEn', p."nameEn", 'descriptionId', p."descriptionId", 'descriptionEn', p."descriptionEn",
  'priceIdr', p."priceIdr", 'unit', p.unit, 'weightGrams', p."weightGrams", 'stock', p.stock, 'status', p.status,
  'paused', p.paused, 'packagingState', p."packagingState", 'containsAlcohol', p."containsAlcohol", 'bpomOnlyFood', p."bpomOnlyFood",
  'declaredHalal', p."declaredHalal", 'declaredPirt', p."declaredPirt", 'declaredBpom', p."declaredBpom",
  'curatorNote', p."curatorNote", 'restrictedLicence', p."restrictedLicence", 'ratingSum', p."ratingSum", 'ratingCount', p."ratingCount",
  'submittedAt', p."submittedAt", 'approvedAt', p."approvedAt", 'createdAt', p."createdAt", 'updatedAt', p."updatedAt",
  'producer', json_build_object('id', pr.id, 'businessName', pr."businessName", 'regionCode', pr."regionCode", 'story', pr.story,
    'village', pr.village, 'district', pr.district, 'storyEn', pr."storyEn",
    'region', json_build_object('code', r.code, 'name', r.name, 'shortName', r."shortName", 'island', r.island)),
  'category', row_to_json(c),
  'photos', COALESCE((SELECT json_agg(json_build_object('id', ph.id, 'productId', ph."productId", 'mediaId', ph."mediaId", 'position', ph.position, 'media', row_to_json(m)) ORDER BY ph.position)
    FROM "ProductPhoto" ph JOIN "Media" m ON m.id = ph."mediaId" WHERE ph."productId" = p.id), '[]'::json),
  'licensingCases', COALESCE((SELECT json_agg(json_build_object('type', lc.type, 'certificateNumber', lc."certificateNumber", 'expiresAt', lc."expiresAt"))
    FROM "LicensingCase" lc WHERE lc."productId" = p.id AND lc.verified AND lc.status = 'ISSUED'), '[]'::json)
)::text AS card
FROM "Product" p
JOIN "Producer" pr ON pr.id = p."producerId"
JOIN "Region" r ON r.code = pr."regionCode"
JOIN "Category" c ON c.id = p."categoryId"
WHERE p.id = ANY($1::text[])`;

interface CardJson extends Omit<ProductCardRow, 'submittedAt' | 'approvedAt' | 'createdAt' | 'updatedAt' | 'photos' | 'licensingCases'> {
  submittedAt: unknown;
  approvedAt: unknown;
  createdAt: unknown;
  updatedAt: unknown;
  photos: (Omit<ProductCardRow['photos'][number], 'media'> & { media: Omit<ProductCardRow['photos'][number]['media'], 'createdAt'> & { createdAt: unknown } })[];
  licensingCases: (Omit<ProductCardRow['licensingCases'][number], 'expiresAt'> & { expiresAt: unknown })[];
}

function toRow(text: string): ProductCardRow {
  const card = JSON.parse(text) as CardJson;
  return {
    ...card,
    submittedAt: date(card.submittedAt),
    approvedAt: date(card.approvedAt),
    createdAt: date(card.createdAt)!,
    updatedAt: date(card.updatedAt)!,
    photos: card.photos.map((ph) => ({ ...ph, media: { ...ph.media, createdAt: date(ph.media.createdAt)! } })),
    licensingCases: card.licensingCases.map((lc) => ({ ...lc, expiresAt: date(lc.expiresAt) })),
  };
}

/** The cards of these products, in no particular order (the caller orders them). */
export async function readCardsByIds(prisma: PrismaClient, ids: string[]): Promise<ProductCardRow[]> {
  const rows = await directSql(prisma).rows<{ card: string }>(CARD_SQL, [ids]);
  return rows.map((r) => toRow(r.card));
}
