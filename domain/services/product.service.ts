// A producer's products: drafts, edits, photos, submission for curation, stock, pause and archive. The status
// rules live here once: what curators judged (names, descriptions, category, photos) sends an approved or
// pending product back to review with a fresh alert to the regency's officials; price, stock, unit, weight,
// permits and packaging keep it as it is. Only the owning producer (or an admin) may touch a product.
import type { ProductStatus } from '../../prisma/generated/client.ts';
import { conflict, forbidden, invalid, notFound } from '../lib/errors.ts';
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import type { MediaRepository } from '../repositories/media.repository.ts';
import type { ProducerRepository } from '../repositories/producer.repository.ts';
import { MAX_PHOTOS, type ProductChange, type ProductChangeData, type ProductRepository, type ProductRow } from '../repositories/product.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { mayOverride, requireAdmin, type Actor } from './actor.ts';
import { buildHistory, changedSinceRequest, type HistoryEntry } from '../curation/history.ts';
import { findRestrictions, type Restriction } from '../policy/restricted-goods.ts';
import { productSlug, randomProductCode } from './product-code.ts';
import { curatorAlerts, searchTextOf, toMyProductView, type CuratorAlertTemplate, type MyProductView } from './my-product-view.ts';
import { adminCorrectionSchema, normalizePermits, parseWith, productFieldsSchema, type AdminCorrection, productPatchSchema, PRODUCT_LIMITS, type ProductFields, type ProductPatch } from './product-input.ts';

export interface ProductDeps {
  products: ProductRepository;
  producers: ProducerRepository;
  catalog: CatalogRepository;
  users: UserRepository;
  media: MediaRepository;
  now: () => Date;
  /** draws a product code; injectable so tests can force a collision */
  nextCode?: () => string;
}

const CURATED_FIELDS = ['nameId', 'nameEn', 'descriptionId', 'descriptionEn', 'categoryId'] as const;
const SEARCH_FIELDS = CURATED_FIELDS;
/** states in which curators are (or were) judging the current content: a curated change sends it back */
const REVIEWED: ProductStatus[] = ['SUBMITTED', 'IN_REVIEW', 'APPROVED'];
const SUBMITTABLE: ProductStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'REJECTED'];
const LIVE: ProductStatus[] = [...SUBMITTABLE, ...REVIEWED];

export interface ChangeResult {
  product: MyProductView;
  /** the change sent the product (back) to the curators, who were alerted */
  sentToReview: boolean;
}

export function createProductService(deps: ProductDeps) {
  const nextCode = deps.nextCode ?? randomProductCode;

  function producerIdOf(actor: Actor): string {
    if (!actor.producerId) throw forbidden('producers only', 'producer:errors.notProducer');
    return actor.producerId;
  }

  /** The product if the actor owns it or is an admin acting as one (not on /me); others learn nothing about it (404). */
  async function loadOwned(actor: Actor, productId: string): Promise<ProductRow> {
    const override = mayOverride(actor);
    if (!actor.producerId && !override) throw forbidden('producers only', 'producer:errors.notProducer');
    const row = await deps.products.findById(productId);
    if (!row || row.status === 'ARCHIVED' || (!override && row.producerId !== actor.producerId)) throw notFound('product', 'producer:errors.productNotFound');
    return row;
  }

  async function checkPhotos(actor: Actor, mediaIds: string[]): Promise<void> {
    if (mediaIds.length > MAX_PHOTOS) throw invalid('too many photos', 'producer:errors.tooManyPhotos', { max: MAX_PHOTOS });
    if (new Set(mediaIds).size !== mediaIds.length) throw invalid('duplicate photo', 'producer:errors.badPhoto');
    for (const id of mediaIds) {
      const media = await deps.media.findById(id);
      if (!media || media.kind !== 'product_photo' || (media.ownerId !== actor.userId && !mayOverride(actor))) throw invalid(`photo ${id} not usable`, 'producer:errors.badPhoto');
    }
  }

  async function checkCategory(categoryId: string) {
    const category = await deps.catalog.findCategory(categoryId);
    if (!category) throw invalid('unknown category', 'producer:errors.unknownCategory');
    return category;
  }

  async function officialIds(actor: Actor, regionCode: string): Promise<string[]> {
    return (await deps.users.officialsOfRegion(regionCode)).map((o) => o.id).filter((id) => id !== actor.userId);
  }

  const alertsWith = (ids: string[], template: CuratorAlertTemplate, extra: Record<string, string> = {}) => (after: ProductRow) => curatorAlerts(after, ids, template, extra);

  /** A forbidden good (protected species, weapons) is refused; an alcoholic one is marked as such. */
  function checkRestrictions(texts: (string | null | undefined)[]): Restriction[] {
    const found = findRestrictions(texts);
    const forbidden = found.find((r) => r.requires === 'forbidden');
    if (forbidden) throw invalid(`restricted good: ${forbidden.key}`, 'producer:restricted.refused', { kind: `t:producer:restricted.kind.${forbidden.key}`, matched: forbidden.matched });
    return found;
  }

  async function historyOf(productId: string): Promise<HistoryEntry[]> {
    const { audits, reviews } = await deps.products.events(productId);
    return buildHistory(audits, reviews);
  }
  const audit = (actor: Actor, action: string, data: Record<string, unknown> = {}) => ({ actorId: actor.userId, action, data });

  /** Applies a change; a curated change of a reviewed product goes back to SUBMITTED with new alerts. */
  async function applyChange(actor: Actor, row: ProductRow, data: ProductChangeData, curated: boolean, action: string, extra: Partial<ProductChange> = {}): Promise<ChangeResult> {
    const sentToReview = curated && REVIEWED.includes(row.status);
    // a status change must start from the status we read; any other change only needs the product alive
    const fromStatuses = sentToReview || 'status' in data ? [row.status] : LIVE;
    const change: ProductChange = { id: row.id, fromStatuses, data, audit: audit(actor, action, { fields: Object.keys(data) }), ...extra };
    if (sentToReview) {
      change.data = { ...data, status: 'SUBMITTED', submittedAt: deps.now() };
      change.notes = alertsWith(await officialIds(actor, row.producer.regionCode), 'producer:notify.curatorChangedProduct');
    }
    const after = await deps.products.change(change);
    if (!after) throw conflict('product changed meanwhile', 'producer:errors.changedMeanwhile');
    return { product: toMyProductView(after), sentToReview };
  }

  async function create(actor: Actor, input: ProductFields & { photoMediaIds?: string[] }, submit: boolean): Promise<MyProductView> {
    const producerId = producerIdOf(actor);
    const { photoMediaIds = [], ...rest } = input;
    const fields = normalizePermits(parseWith(productFieldsSchema, rest));
    if (checkRestrictions([fields.nameId, fields.nameEn, fields.descriptionId, fields.descriptionEn]).some((r) => r.alcohol)) fields.containsAlcohol = true;
    const [producer, category] = await Promise.all([deps.producers.findById(producerId), checkCategory(fields.categoryId)]);
    if (!producer) throw forbidden('producer profile missing', 'producer:errors.notProducer');
    await checkPhotos(actor, photoMediaIds);
    if (submit && photoMediaIds.length === 0) throw invalid('a photo is needed', 'producer:errors.needPhoto');
    const searchText = searchTextOf({ ...fields, nameEn: fields.nameEn ?? null, descriptionEn: fields.descriptionEn ?? null, category, producer });
    const row = await deps.products.create({
      data: { ...fields, producerId, searchText, ...(submit ? { status: 'SUBMITTED' as const, submittedAt: deps.now() } : {}) },
      nextCode,
      slugOf: (code) => productSlug(fields.nameId, code),
      photoMediaIds,
      ...(submit ? { notes: alertsWith(await officialIds(actor, producer.regionCode), 'producer:notify.curatorNewSubmission') } : {}),
      audit: audit(actor, submit ? 'product.submit' : 'product.create'),
    });
    return toMyProductView(row);
  }

  return {
    /** A new product in DRAFT, with its photos (0 to 5). */
    createDraft: (actor: Actor, input: ProductFields & { photoMediaIds?: string[] }) => create(actor, input, false),

    /** A new product submitted at once (the chat's summary): photos required, curators alerted, one transaction. */
    createAndSubmit: (actor: Actor, input: ProductFields & { photoMediaIds: string[] }) => create(actor, input, true),

    /** Changes fields; see the status rules at the top of this file. */
    async update(actor: Actor, productId: string, patch: ProductPatch): Promise<ChangeResult> {
      const row = await loadOwned(actor, productId);
      const fields = normalizePermits(parseWith(productPatchSchema, patch));
      const data: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== row[key as keyof ProductRow]) data[key] = value;
      if (Object.keys(data).length === 0) return { product: toMyProductView(row), sentToReview: false };
      const category = data.categoryId ? await checkCategory(String(data.categoryId)) : row.category;
      if (SEARCH_FIELDS.some((k) => k in data)) {
        data.searchText = searchTextOf({ ...row, ...(data as Partial<ProductRow>), category });
        const next = { ...row, ...(data as Partial<ProductRow>) };
        if (checkRestrictions([next.nameId, next.nameEn, next.descriptionId, next.descriptionEn]).some((r) => r.alcohol) && !row.containsAlcohol) data.containsAlcohol = true;
      }
      if (data.nameId) data.slug = productSlug(String(data.nameId), row.code);
      const curated = CURATED_FIELDS.some((k) => k in data);
      return applyChange(actor, row, data as ProductChangeData, curated, 'product.update');
    },

    /** Replaces the photos (1 to 5) in one change: curators hear of it once, not once per photo. */
    /**
     * An admin's correction of a producer's product (an admin route, never /me): the changed fields with their
     * values before and after and the reason go to the audit log in the change's transaction. The product keeps
     * its status: the correction is an official's own act, not new content for curators to judge.
     */
    async adminCorrect(actor: Actor, productId: string, input: AdminCorrection): Promise<ChangeResult & { changed: string[] }> {
      requireAdmin(actor);
      const { reason, changes } = parseWith(adminCorrectionSchema, input);
      const row = await deps.products.findById(productId);
      if (!row || row.status === 'ARCHIVED') throw notFound('product', 'producer:errors.productNotFound');
      const before: Record<string, unknown> = {};
      const data: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === row[key as keyof ProductRow]) continue;
        before[key] = row[key as keyof ProductRow];
        data[key] = value;
      }
      const changed = Object.keys(data);
      if (changed.length === 0) return { product: toMyProductView(row), sentToReview: false, changed };
      const after = { ...data };
      const category = data.categoryId ? await checkCategory(String(data.categoryId)) : row.category;
      if (SEARCH_FIELDS.some((k) => k in data)) data.searchText = searchTextOf({ ...row, ...(data as Partial<ProductRow>), category });
      if (data.nameId) data.slug = productSlug(String(data.nameId), row.code);
      const result = await applyChange(actor, row, data as ProductChangeData, false, 'product.admin.correct', {
        audit: audit(actor, 'product.admin.correct', { reason, producerId: row.producerId, before, after }),
      });
      return { ...result, changed };
    },

    async setPhotos(actor: Actor, productId: string, mediaIds: string[]): Promise<ChangeResult> {
      const row = await loadOwned(actor, productId);
      if (mediaIds.length === 0) throw invalid('a photo is needed', 'producer:errors.needPhoto');
      await checkPhotos(actor, mediaIds);
      const same = mediaIds.length === row.photos.length && mediaIds.every((id, i) => row.photos[i]?.mediaId === id);
      if (same) return { product: toMyProductView(row), sentToReview: false };
      return applyChange(actor, row, {}, true, 'product.photos', { photoMediaIds: mediaIds });
    },

    /** Adds one photo at the end (the API's upload); a sixth is refused. */
    async addPhoto(actor: Actor, productId: string, mediaId: string): Promise<ChangeResult> {
      const row = await loadOwned(actor, productId);
      if (row.photos.length >= MAX_PHOTOS) throw conflict('too many photos', 'producer:errors.tooManyPhotos', { max: MAX_PHOTOS });
      await checkPhotos(actor, [mediaId]);
      const sentToReview = REVIEWED.includes(row.status);
      const ids = sentToReview ? await officialIds(actor, row.producer.regionCode) : [];
      const after = await deps.products.addPhoto(row.id, mediaId, {
        data: sentToReview ? { status: 'SUBMITTED', submittedAt: deps.now() } : {},
        ...(sentToReview ? { notes: alertsWith(ids, 'producer:notify.curatorChangedProduct') } : {}),
        audit: audit(actor, 'product.photo.add', { mediaId }),
      });
      return { product: toMyProductView(after), sentToReview };
    },

    async removePhoto(actor: Actor, productId: string, mediaId: string): Promise<ChangeResult> {
      const row = await loadOwned(actor, productId);
      const remaining = row.photos.map((p) => p.mediaId).filter((id) => id !== mediaId);
      if (remaining.length === row.photos.length) throw notFound('photo', 'producer:errors.photoNotFound');
      if (remaining.length === 0 && row.status !== 'DRAFT') throw invalid('the last photo stays', 'producer:errors.needPhoto');
      return applyChange(actor, row, {}, true, 'product.photo.remove', { photoMediaIds: remaining });
    },

    /** DRAFT, CHANGES_REQUESTED or REJECTED → SUBMITTED, with one alert per official of the regency. */
    async submit(actor: Actor, productId: string): Promise<MyProductView> {
      const row = await loadOwned(actor, productId);
      if (row.status === 'SUBMITTED' || row.status === 'IN_REVIEW') throw conflict('already submitted', 'producer:errors.alreadySubmitted');
      if (row.status === 'APPROVED') throw conflict('already approved', 'producer:errors.alreadyApproved');
      if (row.photos.length === 0) throw invalid('a photo is needed', 'producer:errors.needPhoto');
      checkRestrictions([row.nameId, row.nameEn, row.descriptionId, row.descriptionEn]);
      // a resubmission after a fix request (or a refusal) tells the curators what changed since
      const again = row.status === 'CHANGES_REQUESTED' || row.status === 'REJECTED';
      const changed = again ? changedSinceRequest(await historyOf(row.id)) : [];
      const ids = await officialIds(actor, row.producer.regionCode);
      const after = await deps.products.change({
        id: row.id,
        fromStatuses: SUBMITTABLE,
        data: { status: 'SUBMITTED', submittedAt: deps.now() },
        notes: again
          ? alertsWith(ids, 'producer:notify.curatorResubmitted', {
              changes: changed.length ? `tl:${changed.map((f) => `producer:fields.${f}`).join(',')}` : 't:producer:history.nothingChanged',
              note: row.curatorNote ?? '',
            })
          : alertsWith(ids, 'producer:notify.curatorNewSubmission'),
        audit: audit(actor, 'product.submit', { from: row.status }),
      });
      if (!after) throw conflict('already submitted', 'producer:errors.alreadySubmitted');
      return toMyProductView(after);
    },

    /** Stock is not judged by curators: an approved product stays approved. */
    async setStock(actor: Actor, productId: string, stock: number): Promise<MyProductView> {
      if (!Number.isInteger(stock) || stock < 0 || stock > PRODUCT_LIMITS.stockMax) throw invalid('bad stock', 'producer:errors.badStock', { max: PRODUCT_LIMITS.stockMax });
      const row = await loadOwned(actor, productId);
      return (await applyChange(actor, row, { stock }, false, 'product.stock')).product;
    },

    /** Hides (or shows again) an approved product from buyers without changing its status. */
    async setPaused(actor: Actor, productId: string, paused: boolean): Promise<MyProductView> {
      const row = await loadOwned(actor, productId);
      return (await applyChange(actor, row, { paused }, false, paused ? 'product.pause' : 'product.unpause')).product;
    },

    /** Final for the producer: hidden everywhere, gone from their list. */
    async archive(actor: Actor, productId: string): Promise<MyProductView> {
      const row = await loadOwned(actor, productId);
      return (await applyChange(actor, row, { status: 'ARCHIVED', paused: true }, false, 'product.archive')).product;
    },

    async listMine(actor: Actor): Promise<MyProductView[]> {
      return (await deps.products.listByProducer(producerIdOf(actor))).map(toMyProductView);
    },

    getMine: async (actor: Actor, productId: string): Promise<MyProductView> => toMyProductView(await loadOwned(actor, productId)),

    /** The product's curation history (requests, changes, decisions), oldest first, for its producer. */
    async historyMine(actor: Actor, productId: string): Promise<HistoryEntry[]> {
      await loadOwned(actor, productId);
      return historyOf(productId);
    },

    /** By the short code people type ("stok KP7Q2 12"); the same 404 as for someone else's product. */
    async getMineByCode(actor: Actor, code: string): Promise<MyProductView> {
      const row = await deps.products.findByCode(code.trim().toUpperCase());
      if (!row) throw notFound('product', 'producer:errors.productNotFound');
      return toMyProductView(await loadOwned(actor, row.id));
    },

    /** Rebuilds the search text of a producer's products (their business name or regency changed). */
    async refreshSearchTexts(producerId: string): Promise<void> {
      const rows = await deps.products.listSearchSources(producerId);
      await deps.products.setSearchTexts(rows.map((r) => ({ id: r.id, searchText: searchTextOf(r) })));
    },
  };
}

export type ProductService = ReturnType<typeof createProductService>;
