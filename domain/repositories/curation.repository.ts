// Curation: the queue of submissions per regency, claiming one for review, and the decision (product
// status, the review row, the flagship designation and the producer's notification) in one transaction.
import type { CurationDecision, Prisma, PrismaClient, ProductStatus } from '../../prisma/generated/client.ts';
import { enqueueNotifications, type NotificationInput } from './notification.repository.ts';

export const reviewProductInclude = {
  producer: { select: { id: true, userId: true, businessName: true, ownerName: true, village: true, district: true, regionCode: true, region: { select: { name: true, shortName: true } }, user: { select: { language: true } } } },
  category: { select: { id: true, nameId: true, nameEn: true } },
  photos: { orderBy: { position: 'asc' as const }, select: { mediaId: true, media: { select: { path: true, thumbPath: true } } } },
} satisfies Prisma.ProductInclude;

export type ReviewProduct = Prisma.ProductGetPayload<{ include: typeof reviewProductInclude }>;

const open: ProductStatus[] = ['SUBMITTED', 'IN_REVIEW'];

export interface DecisionWrite {
  productId: string;
  reviewerId: string;
  scores: Record<string, number>;
  total: number | null;
  grade: string | null;
  notes: string | null;
  /** the fields a fix request names, each with its note */
  fieldNotes: Record<string, string> | null;
  /** what the product's card shows the producer (the note with the notes per field) */
  productNote: string | null;
  decision: CurationDecision;
  /** month "YYYY-MM" (WITA) to designate the product as the regency's flagship for, or null */
  flagship: { regionCode: string; month: string } | null;
  at: Date;
  notify: (flagshipCreated: boolean) => NotificationInput[];
}

const statusAfter: Record<CurationDecision, ProductStatus> = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', REJECT: 'REJECTED' };

export function createCurationRepository(prisma: PrismaClient) {
  return {
    findProduct: (id: string) => prisma.product.findUnique({ where: { id }, include: reviewProductInclude }),

    /** submissions waiting in these regencies (null: all), oldest first */
    queue: (regionCodes: string[] | null, take = 50) =>
      prisma.product.findMany({
        where: { status: { in: open }, ...(regionCodes ? { producer: { regionCode: { in: regionCodes } } } : {}) },
        include: reviewProductInclude,
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
        take,
      }),

    /** waiting since before `before`, for the daily reminder */
    waitingSince: (before: Date) =>
      prisma.product.findMany({
        where: { status: { in: open }, submittedAt: { lt: before } },
        select: { id: true, nameId: true, code: true, submittedAt: true, producer: { select: { regionCode: true, region: { select: { name: true } } } } },
        orderBy: { submittedAt: 'asc' },
      }),

    /** SUBMITTED → IN_REVIEW; false when it was not waiting (already claimed or decided) */
    async claim(id: string): Promise<boolean> {
      const { count } = await prisma.product.updateMany({ where: { id, status: 'SUBMITTED' }, data: { status: 'IN_REVIEW' } });
      return count === 1;
    },

    /**
     * The decision, only if the product is still open: the status update is conditional, so of two
     * curators deciding at once the second changes nothing and gets null.
     */
    decide: (w: DecisionWrite) =>
      prisma.$transaction(async (tx) => {
        const { count } = await tx.product.updateMany({
          where: { id: w.productId, status: { in: open } },
          data: { status: statusAfter[w.decision], curatorNote: w.productNote, ...(w.decision === 'APPROVE' ? { approvedAt: w.at } : {}) },
        });
        if (count === 0) return null;
        const review = await tx.curationReview.create({
          data: { productId: w.productId, reviewerId: w.reviewerId, scores: w.scores, total: w.total, grade: w.grade, notes: w.notes, fieldNotes: w.fieldNotes ?? undefined, decision: w.decision, createdAt: w.at },
        });
        let flagshipCreated = false;
        if (w.flagship) {
          const made = await tx.flagshipDesignation.createMany({
            data: [{ productId: w.productId, regionCode: w.flagship.regionCode, month: w.flagship.month, designatedById: w.reviewerId }],
            skipDuplicates: true,
          });
          flagshipCreated = made.count === 1;
        }
        await tx.auditLog.create({ data: { actorId: w.reviewerId, action: `curation.${w.decision.toLowerCase()}`, entity: 'Product', entityId: w.productId, data: { grade: w.grade, total: w.total, flagship: flagshipCreated } } });
        await enqueueNotifications(tx, w.notify(flagshipCreated));
        return { review, flagshipCreated };
      }),

    /** designation of an approved product, once per month; false when it already had one */
    designate: (input: { productId: string; regionCode: string; month: string; designatedById: string | null; notify: NotificationInput[] }) =>
      prisma.$transaction(async (tx) => {
        const made = await tx.flagshipDesignation.createMany({
          data: [{ productId: input.productId, regionCode: input.regionCode, month: input.month, designatedById: input.designatedById ?? 'system' }],
          skipDuplicates: true,
        });
        if (made.count === 0) return false;
        await tx.auditLog.create({ data: { actorId: input.designatedById, action: 'curation.designate', entity: 'Product', entityId: input.productId, data: { month: input.month } } });
        await enqueueNotifications(tx, input.notify);
        return true;
      }),

    reviewsOf: (productId: string) => prisma.curationReview.findMany({ where: { productId }, orderBy: { createdAt: 'desc' } }),

    /** audit lines and reviews of a product, oldest first: its history (domain/curation/history.ts) */
    async events(productId: string) {
      const [audits, reviews] = await Promise.all([
        prisma.auditLog.findMany({ where: { entity: 'Product', entityId: productId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { action: true, data: true, createdAt: true } }),
        prisma.curationReview.findMany({ where: { productId }, orderBy: { createdAt: 'asc' }, select: { decision: true, notes: true, fieldNotes: true, grade: true, total: true, createdAt: true } }),
      ]);
      return { audits, reviews };
    },
  };
}

export type CurationRepository = ReturnType<typeof createCurationRepository>;
