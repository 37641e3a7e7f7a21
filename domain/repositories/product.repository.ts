// Products as their producer manages them: drafts, edits, photos, status changes. A status change and the
// curators' alerts it causes are written in one transaction (the outbox), so neither exists without the other.
import type { Prisma, PrismaClient, ProductStatus } from '../../prisma/generated/client.ts';
import { conflict } from '../lib/errors.ts';
import { enqueueNotifications, type NotificationInput } from './notification.repository.ts';

export const MAX_PHOTOS = 5;

export const productInclude = {
  producer: { include: { region: true } },
  category: true,
  photos: { orderBy: { position: 'asc' as const }, include: { media: true } },
} satisfies Prisma.ProductInclude;

export type ProductRow = Prisma.ProductGetPayload<{ include: typeof productInclude }>;
export type ProductCreateData = Omit<Prisma.ProductUncheckedCreateInput, 'id' | 'code' | 'slug' | 'photos' | 'createdAt' | 'updatedAt'>;
export type ProductChangeData = Prisma.ProductUncheckedUpdateManyInput;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  data?: Record<string, unknown>;
}

export interface ProductChange {
  id: string;
  /** the change applies only while the product is in one of these states (a double tap submits once) */
  fromStatuses?: ProductStatus[];
  data: ProductChangeData;
  /** replaces every photo, in this order */
  photoMediaIds?: string[];
  /** alerts to write with the change, built from the product as it is after the change */
  notes?: (after: ProductRow) => NotificationInput[];
  audit: AuditEntry;
}

type Tx = Prisma.TransactionClient;

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === 'P2002';

async function writeAudit(tx: Tx, productId: string, audit: AuditEntry) {
  await tx.auditLog.create({ data: { actorId: audit.actorId, action: audit.action, entity: 'Product', entityId: productId, data: (audit.data ?? {}) as Prisma.InputJsonValue } });
}

async function replacePhotos(tx: Tx, productId: string, mediaIds: string[]) {
  await tx.productPhoto.deleteMany({ where: { productId } });
  if (mediaIds.length) await tx.productPhoto.createMany({ data: mediaIds.map((mediaId, position) => ({ productId, mediaId, position })) });
}

/** The product as it is now, its alerts and its audit line: the end of every write, inside its transaction. */
async function finish(tx: Tx, productId: string, change: Pick<ProductChange, 'notes' | 'audit'>): Promise<ProductRow> {
  const row = await tx.product.findUniqueOrThrow({ where: { id: productId }, include: productInclude });
  await enqueueNotifications(tx, change.notes?.(row) ?? []);
  await writeAudit(tx, productId, change.audit);
  return row;
}

export function createProductRepository(prisma: PrismaClient) {
  return {
    findById: (id: string) => prisma.product.findUnique({ where: { id }, include: productInclude }),
    findByCode: (code: string) => prisma.product.findUnique({ where: { code }, include: productInclude }),

    /** a producer's products, newest first; archived ones only when asked */
    listByProducer: (producerId: string, options: { includeArchived?: boolean } = {}) =>
      prisma.product.findMany({
        where: { producerId, ...(options.includeArchived ? {} : { status: { not: 'ARCHIVED' } }) },
        include: productInclude,
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      }),

    /**
     * Creates a product with its photos (and, when submitting, its alerts) in one transaction. The short
     * code is drawn by `nextCode` and drawn again when it is taken (unique index), a few times at most.
     */
    async create(input: {
      data: ProductCreateData;
      nextCode: () => string;
      slugOf: (code: string) => string;
      photoMediaIds: string[];
      notes?: ProductChange['notes'];
      audit: AuditEntry;
    }): Promise<ProductRow> {
      for (let attempt = 0; ; attempt++) {
        const code = input.nextCode();
        try {
          return await prisma.$transaction(async (tx) => {
            const product = await tx.product.create({ data: { ...input.data, code, slug: input.slugOf(code) } });
            await replacePhotos(tx, product.id, input.photoMediaIds);
            return finish(tx, product.id, input);
          });
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= 7) throw error;
        }
      }
    },

    /** Applies a change (and its alerts) in one transaction; null when the product left `fromStatuses` meanwhile. */
    async change(change: ProductChange): Promise<ProductRow | null> {
      return prisma.$transaction(async (tx) => {
        const where = { id: change.id, ...(change.fromStatuses ? { status: { in: change.fromStatuses } } : {}) };
        // updatedAt too: a change of photos alone has no column to write, and an empty update counts 0 rows
        const { count } = await tx.product.updateMany({ where, data: { updatedAt: new Date(), ...change.data } });
        if (count === 0) return null;
        if (change.photoMediaIds) await replacePhotos(tx, change.id, change.photoMediaIds);
        return finish(tx, change.id, change);
      });
    },

    /** Adds one photo at the end, refusing a sixth even when two uploads race. */
    async addPhoto(productId: string, mediaId: string, then: Omit<ProductChange, 'id' | 'photoMediaIds'>): Promise<ProductRow> {
      try {
        return await prisma.$transaction(async (tx) => {
          const photos = await tx.productPhoto.findMany({ where: { productId }, orderBy: { position: 'asc' } });
          if (photos.length >= MAX_PHOTOS) throw conflict('too many photos', 'producer:errors.tooManyPhotos', { max: MAX_PHOTOS });
          await tx.productPhoto.create({ data: { productId, mediaId, position: (photos.at(-1)?.position ?? -1) + 1 } });
          await tx.product.updateMany({ where: { id: productId }, data: then.data });
          return finish(tx, productId, then);
        });
      } catch (error) {
        // a concurrent upload took the same position: the caller may simply try again
        if (isUniqueViolation(error)) throw conflict('photo position taken', 'producer:errors.tryAgain');
        throw error;
      }
    },

    /** What happened to a product, oldest first: its audit lines and curators' reviews (the history's sources). */
    async events(productId: string) {
      const [audits, reviews] = await Promise.all([
        prisma.auditLog.findMany({ where: { entity: 'Product', entityId: productId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { action: true, data: true, createdAt: true } }),
        prisma.curationReview.findMany({ where: { productId }, orderBy: { createdAt: 'asc' }, select: { decision: true, notes: true, fieldNotes: true, grade: true, total: true, createdAt: true } }),
      ]);
      return { audits, reviews };
    },

    /** Products of a producer with what their search text is built from (after a profile change). */
    listSearchSources: (producerId: string) => prisma.product.findMany({ where: { producerId }, include: productInclude }),

    async setSearchTexts(rows: { id: string; searchText: string }[]): Promise<void> {
      if (rows.length === 0) return;
      await prisma.$transaction(rows.map((r) => prisma.product.update({ where: { id: r.id }, data: { searchText: r.searchText } })));
    },
  };
}

export type ProductRepository = ReturnType<typeof createProductRepository>;
