// Curation of submitted products by the officials of their regency: the queue, claiming a submission for
// review, scoring it on the rubric and deciding (approve, ask for changes, reject), and designating approved
// products as the regency's flagship of the month. The producer hears of every decision.
import { z } from 'zod';
import { scoreProduct, scoresSchema, type Rubric, defaultRubric } from '../curation/rubric.ts';
import { conflict, invalid, notFound } from '../lib/errors.ts';
import { isMonth, witaMonth } from '../lib/time.ts';
import { translator } from '../lib/i18n.ts';
import { buildHistory, changedSinceRequest, fixableFields, type FixableField, type HistoryEntry } from '../curation/history.ts';
import { findRestrictions, type Restriction } from '../policy/restricted-goods.ts';
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
    /** needed to approve; a refusal or a fix request may come without (one reason is enough) */
    scores: scoresSchema.optional(),
    decision: z.enum(['APPROVE', 'REQUEST_CHANGES', 'REJECT']),
    notes: z.string().trim().max(1000).optional(),
    /** a fix request's note per field the curator names ("photos": "too dark") */
    fieldNotes: z.partialRecord(z.enum(fixableFields), z.string().trim().max(500)).optional(),
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
  descriptionEn: string | null;
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
  photos: { mediaId: string; path: string; thumbPath: string | null }[];
  submittedAt: Date | null;
  curatorNote: string | null;
  /** restricted goods the listing falls under (config/restricted-goods.json), forbidden first */
  restrictions: Restriction[];
  restrictedLicence: string | null;
}

export function toReviewSummary(p: ReviewProduct): ReviewSummary {
  return {
    id: p.id,
    code: p.code,
    name: p.nameId,
    nameEn: p.nameEn,
    description: p.descriptionId,
    descriptionEn: p.descriptionEn,
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
    photos: p.photos.map((ph) => ({ mediaId: ph.mediaId, path: ph.media.path, thumbPath: ph.media.thumbPath })),
    submittedAt: p.submittedAt,
    curatorNote: p.curatorNote,
    restrictions: findRestrictions([p.nameId, p.nameEn, p.descriptionId, p.descriptionEn]),
    restrictedLicence: p.restrictedLicence,
  };
}

/** The note the producer reads: the curator's words, then one line per field named (labels in the producer's language). */
export function producerNote(lang: 'id' | 'en', notes: string | null, fieldNotes: Partial<Record<FixableField, string>>): string | null {
  const t = translator(lang);
  const lines = Object.entries(fieldNotes)
    .filter(([, note]) => note && note.trim())
    .map(([field, note]) => `• ${t(`producer:fields.${field}`)}: ${note!.trim()}`);
  const text = [notes, ...lines].filter(Boolean).join('\n');
  return text || null;
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
    params: { product: p.nameId, region: p.producer.region.name, month: `month:${month}` },
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
      const fieldNotes = Object.fromEntries(Object.entries(data.fieldNotes ?? {}).filter(([, v]) => v && v.length > 0)) as Record<string, string>;
      const hasFieldNotes = Object.keys(fieldNotes).length > 0;
      if (data.decision === 'REQUEST_CHANGES' && !hasFieldNotes && (!notes || notes.length < 3)) throw invalid('a note is needed', 'official:errors.noteRequired');
      if (data.decision === 'REJECT' && (!notes || notes.length < 3)) throw invalid('a reason is needed', 'official:errors.noteRequired');
      if (data.decision === 'APPROVE' && !data.scores) throw invalid('scores are needed to approve', 'official:errors.reviewInput');
      if (data.designateFlagship && data.decision !== 'APPROVE') throw invalid('only approved products can be flagships', 'official:errors.notApproved');
      const product = await loadInRegion(actor, productId);
      if (!isOpen(product.status)) throw alreadyDecided();
      if (data.decision === 'APPROVE' && findRestrictions([product.nameId, product.nameEn, product.descriptionId, product.descriptionEn]).some((r) => r.requires === 'forbidden')) {
        throw invalid('a forbidden good cannot be approved', 'official:errors.forbiddenGood');
      }
      const { total, grade } = data.scores ? scoreProduct(data.scores, rubric) : { total: null, grade: null };
      const lang = product.producer.user.language === 'en' ? 'en' : 'id';
      const productNote = data.decision === 'REQUEST_CHANGES' ? producerNote(lang, notes, fieldNotes) : notes;
      const month = witaMonth(deps.now());
      const reviewerId = actor.kind === 'user' ? actor.userId : 'system';
      const result = await deps.curation.decide({
        productId,
        reviewerId,
        scores: data.scores ?? {},
        total,
        grade,
        notes,
        fieldNotes: hasFieldNotes ? fieldNotes : null,
        productNote,
        decision: data.decision,
        flagship: data.designateFlagship ? { regionCode: product.producer.regionCode, month } : null,
        at: deps.now(),
        notify: (flagshipCreated) => [
          {
            recipientId: product.producer.userId,
            // an approval without a note says nothing of a note ("Catatan: -" is never shown)
            template: `official:notify.decision.${data.decision}${data.decision === 'APPROVE' && notes ? '_NOTE' : ''}`,
            params: { product: product.nameId, code: product.code, grade, total, note: productNote ?? '' },
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

    /** requests, changes and decisions, oldest first, with the fields changed since the last request */
    async history(actor: AnyActor, productId: string): Promise<{ entries: HistoryEntry[]; changedSinceRequest: FixableField[] }> {
      await loadInRegion(actor, productId);
      const { audits, reviews } = await deps.curation.events(productId);
      const entries = buildHistory(audits, reviews);
      return { entries, changedSinceRequest: changedSinceRequest(entries) };
    },

    reviews: async (actor: AnyActor, productId: string) => {
      await loadInRegion(actor, productId);
      return deps.curation.reviewsOf(productId);
    },
  };
}

export type CurationService = ReturnType<typeof createCurationService>;
