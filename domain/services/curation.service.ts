// Curation of submitted products by the officials of their regency: the queue, claiming a submission for
// review, scoring it on the rubric and deciding (approve, ask for changes, reject), and designating approved
// products as the regency's flagship of the month. The producer hears of every decision.
import { z } from 'zod';
import { scoreProduct, scoresSchema, type Rubric, defaultRubric } from '../curation/rubric.ts';
import { conflict, invalid, notFound } from '../lib/errors.ts';
import { isMonth, witaMonth } from '../lib/time.ts';
import type { CurationRepository, ReviewProduct } from '../repositories/curation.repository.ts';
import type { NotificationInput } from '../repositories/notification.repository.ts';
import { isAdmin, requireOfficial, requireRegion, type AnyActor } from './actor.ts';

export interface CurationDeps {
  curation: CurationRepository;
  now: () => Date;
  rubric?: Rubric;
}

export const decisionSchema = z
  .object({
    scores: scoresSchema,
    decision: z.enum(['APPROVE', 'REQUEST_CHANGES', 'REJECT']),
    notes: z.string().trim().max(1000).optional(),
    designateFlagship: z.boolean().default(false),
  })
  .strict();
export type DecisionInput = z.input<typeof decisionSchema>;

export interface ReviewSummary {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  description: string;
  status: string;
  priceIdr: number;
  unit: string;
  stock: number;
  packagingState: string;
  containsAlcohol: boolean;
  bpomOnlyFood: boolean;
  declared: { halal: string | null; pirt: string | null; bpom: string | null };
  category: { id: string; nameId: string; nameEn: string };
  producer: { id: string; userId: string; businessName: string; ownerName: string; village: string; district: string };
  region: { code: string; name: string };
  photoMediaId: string | null;
  submittedAt: Date | null;
  curatorNote: string | null;
}

export function toReviewSummary(p: ReviewProduct): ReviewSummary {
  return {
    id: p.id,
    code: p.code,
    name: p.nameId,
    nameEn: p.nameEn,
    description: p.descriptionId,
    status: p.status,
    priceIdr: p.priceIdr,
    unit: p.unit,
    stock: p.stock,
    packagingState: p.packagingState,
    containsAlcohol: p.containsAlcohol,
    bpomOnlyFood: p.bpomOnlyFood,
    declared: { halal: p.declaredHalal, pirt: p.declaredPirt, bpom: p.declaredBpom },
    category: p.category,
    producer: { id: p.producer.id, userId: p.producer.userId, businessName: p.producer.businessName, ownerName: p.producer.ownerName, village: p.producer.village, district: p.producer.district },
    region: { code: p.producer.regionCode, name: p.producer.region.name },
    photoMediaId: p.photos[0]?.mediaId ?? null,
    submittedAt: p.submittedAt,
    curatorNote: p.curatorNote,
  };
}

const isOpen = (status: string) => status === 'SUBMITTED' || status === 'IN_REVIEW';
const alreadyDecided = () => conflict('product already decided', 'official:errors.alreadyDecided');

export function createCurationService(deps: CurationDeps) {
  const rubric = deps.rubric ?? defaultRubric;

  async function loadInRegion(actor: AnyActor, productId: string): Promise<ReviewProduct> {
    requireOfficial(actor);
    const product = await deps.curation.findProduct(productId);
    if (!product) throw notFound('product', 'official:errors.productNotFound');
    requireRegion(actor, product.producer.regionCode);
    return product;
  }

  const flagshipNote = (p: ReviewProduct, month: string): NotificationInput => ({
    recipientId: p.producer.userId,
    template: 'official:notify.flagship',
    params: { product: p.nameId, region: p.producer.region.name, month },
  });

  return {
    rubric,

    /** submissions waiting in the actor's regencies (all for admins), oldest first */
    async queue(actor: AnyActor, take = 50): Promise<ReviewSummary[]> {
      requireOfficial(actor);
      const regions = actor.kind === 'user' && !isAdmin(actor) ? actor.regionCodes : null;
      return (await deps.curation.queue(regions, take)).map(toReviewSummary);
    },

    async get(actor: AnyActor, productId: string): Promise<ReviewSummary> {
      return toReviewSummary(await loadInRegion(actor, productId));
    },

    /** A curator starts reviewing: SUBMITTED → IN_REVIEW. Decided products are refused. */
    async startReview(actor: AnyActor, productId: string): Promise<ReviewSummary> {
      const product = await loadInRegion(actor, productId);
      if (!isOpen(product.status)) throw alreadyDecided();
      if (product.status === 'SUBMITTED') await deps.curation.claim(productId);
      return { ...toReviewSummary(product), status: 'IN_REVIEW' };
    },

    /** Scores and decides. A second curator deciding the same product is told it was already decided. */
    async decide(actor: AnyActor, productId: string, input: DecisionInput) {
      const parsed = decisionSchema.safeParse(input);
      if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? 'invalid review', 'official:errors.reviewInput');
      const data = parsed.data;
      const notes = data.notes ? data.notes : null;
      if (data.decision !== 'APPROVE' && (!notes || notes.length < 3)) throw invalid('a note is needed', 'official:errors.noteRequired');
      if (data.designateFlagship && data.decision !== 'APPROVE') throw invalid('only approved products can be flagships', 'official:errors.notApproved');
      const product = await loadInRegion(actor, productId);
      if (!isOpen(product.status)) throw alreadyDecided();
      const { total, grade } = scoreProduct(data.scores, rubric);
      const month = witaMonth(deps.now());
      const reviewerId = actor.kind === 'user' ? actor.userId : 'system';
      const result = await deps.curation.decide({
        productId,
        reviewerId,
        scores: data.scores,
        total,
        grade,
        notes,
        decision: data.decision,
        flagship: data.designateFlagship ? { regionCode: product.producer.regionCode, month } : null,
        at: deps.now(),
        notify: (flagshipCreated) => [
          {
            recipientId: product.producer.userId,
            template: `official:notify.decision.${data.decision}`,
            params: { product: product.nameId, code: product.code, grade, total, note: notes ?? '-' },
          },
          ...(flagshipCreated ? [flagshipNote(product, month)] : []),
        ],
      });
      if (!result) throw alreadyDecided();
      return {
        reviewId: result.review.id,
        productId,
        decision: data.decision,
        status: data.decision === 'APPROVE' ? 'APPROVED' : data.decision === 'REJECT' ? 'REJECTED' : 'CHANGES_REQUESTED',
        total,
        grade,
        flagship: result.flagshipCreated ? { regionCode: product.producer.regionCode, month } : null,
      };
    },

    /** Makes an approved product its regency's flagship for a month (this month by default). */
    async designate(actor: AnyActor, productId: string, month = witaMonth(deps.now())) {
      if (!isMonth(month)) throw invalid('month must be YYYY-MM', 'official:errors.badMonth');
      const product = await loadInRegion(actor, productId);
      if (product.status !== 'APPROVED') throw invalid('only approved products can be flagships', 'official:errors.notApproved');
      const created = await deps.curation.designate({
        productId,
        regionCode: product.producer.regionCode,
        month,
        designatedById: actor.kind === 'user' ? actor.userId : null,
        notify: [flagshipNote(product, month)],
      });
      if (!created) throw conflict('already a flagship this month', 'official:errors.alreadyFlagship');
      return { productId, regionCode: product.producer.regionCode, month };
    },

    reviews: async (actor: AnyActor, productId: string) => {
      await loadInRegion(actor, productId);
      return deps.curation.reviewsOf(productId);
    },
  };
}

export type CurationService = ReturnType<typeof createCurationService>;
