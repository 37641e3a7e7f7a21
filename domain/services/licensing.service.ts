// Licensing cases: an official (or the producer asking for help) opens a case for a product's permit, the
// officials of the regency move it through the real steps of the process and record the certificate; the
// producer follows its progress. Badges on products come only from issued cases recorded by officials.
import { z } from 'zod';
import type { LicenseType } from '../../prisma/generated/client.ts';
import { toCaseView, type CaseView } from '../licensing/case-view.ts';
import { formatHintKey, parseCertificate } from '../licensing/certificate.ts';
import { certificateSchema, openCaseSchema, parseCaseInput as parse, stepSchema } from '../licensing/case-input.ts';
import { lastStepIndex, licenseTypes, pathRefusal, processes, stepKeyOf, typeLabelKey } from '../licensing/processes.ts';
import { conflict, forbidden, invalid, notFound, unprocessable } from '../lib/errors.ts';
import { witaDay } from '../lib/time.ts';
import type { CaseRow, LicensingRepository } from '../repositories/licensing.repository.ts';
import type { NotificationInput } from '../repositories/notification.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { isAdmin, isOfficial, requireProducerOrOfficial, requireRegion, type AnyActor } from './actor.ts';

export interface LicensingDeps {
  licensing: LicensingRepository;
  users: UserRepository;
  now: () => Date;
}

const viewChoice = (caseId: string) => [{ labelKey: 'licensing:buttons.viewCase', value: `!licensing.case:${caseId}` }];
const userId = (actor: AnyActor) => (actor.kind === 'user' ? actor.userId : 'system');

export function createLicensingService(deps: LicensingDeps) {
  async function loadForOfficial(actor: AnyActor, caseId: string): Promise<CaseRow> {
    if (!isOfficial(actor)) throw forbidden('officials only', 'common:errors.forbidden');
    const row = await deps.licensing.findCase(caseId);
    if (!row) throw notFound('licensing case', 'licensing:errors.caseNotFound');
    requireRegion(actor, row.producer.regionCode);
    return row;
  }

  const requireActive = (row: CaseRow) => {
    if (row.status === 'ISSUED' || row.status === 'CANCELLED') throw conflict('case closed', 'licensing:errors.caseClosed');
  };
  const moved = () => conflict('case changed meanwhile', 'licensing:errors.caseChanged');

  const producerNote = (row: CaseRow, template: string, extra: Record<string, string | number | null> = {}): NotificationInput => ({
    recipientId: row.producer.userId,
    template,
    params: { type: `t:${typeLabelKey(row.type)}`, product: row.product?.nameId ?? row.producer.businessName, ...extra },
    choices: viewChoice(row.id),
  });

  return {
    /**
     * Opens a case. Officials for any producer of their regencies; a producer for their own product or
     * business (a request for help, announced to the regency's officials).
     */
    async open(actor: AnyActor, input: z.input<typeof openCaseSchema>): Promise<CaseView> {
      requireProducerOrOfficial(actor); // before the input: a refused caller learns nothing of its shape
      const data = parse(openCaseSchema, input);
      const official = isOfficial(actor);
      let producerId: string;
      let productId: string | null = null;
      let productName: string | null = null;
      if (data.productId) {
        const product = await deps.licensing.findProduct(data.productId);
        if (!product) throw notFound('product', 'licensing:errors.productNotFound');
        const refusal = pathRefusal(data.type, product);
        producerId = product.producer.id;
        productId = product.id;
        productName = product.nameId;
        if (official) requireRegion(actor, product.producer.regionCode);
        else if (actor.kind === 'user' && product.producer.id !== actor.producerId) throw forbidden('not your product', 'licensing:errors.notYours');
        if (refusal) throw unprocessable(`${data.type} not allowed for this product`, refusal, { product: product.nameId });
      } else {
        if (data.type !== 'NIB') throw invalid('a product is needed', 'licensing:errors.productRequired');
        const id = official ? data.producerId : actor.kind === 'user' ? actor.producerId : undefined;
        const producer = id ? await deps.licensing.findProducer(id) : null;
        if (!producer) throw notFound('producer', 'licensing:errors.producerNotFound');
        if (official) requireRegion(actor, producer.regionCode);
        producerId = producer.id;
      }
      if (await deps.licensing.findActiveDuplicate(producerId, productId, data.type)) throw conflict('an active case exists', 'licensing:errors.caseExists');
      const producer = (await deps.licensing.findProducer(producerId))!;
      const byProducer = !official;
      const officials = byProducer ? await deps.users.officialsOfRegion(producer.regionCode) : [];
      const caseId = await deps.licensing.open({
        productId,
        producerId,
        type: data.type,
        openedById: userId(actor),
        first: { stepIndex: 0, stepKey: stepKeyOf(data.type, 0), note: data.note ?? null, actorId: userId(actor) },
        notify: (id) => {
          const params = { type: `t:${typeLabelKey(data.type)}`, producer: producer.businessName, product: productName ?? producer.businessName, note: data.note ?? '-' };
          return byProducer
            ? officials.map((o) => ({ recipientId: o.id, template: 'licensing:notify.helpRequested', params, choices: viewChoice(id) }))
            : [{ recipientId: producer.userId, template: 'licensing:notify.caseOpened', params, choices: viewChoice(id) }];
        },
      });
      return toCaseView((await deps.licensing.findCase(caseId))!);
    },

    /** Producers see their own cases, curators their regencies', admins all. */
    async list(actor: AnyActor, filter: { productId?: string; active?: boolean } = {}): Promise<CaseView[]> {
      if (actor.kind === 'user' && actor.role === 'PRODUCER') {
        if (!actor.producerId) return [];
        return (await deps.licensing.list({ ...filter, producerId: actor.producerId })).map(toCaseView);
      }
      if (!isOfficial(actor)) throw forbidden('producers and officials only', 'common:errors.forbidden');
      const regionCodes = actor.kind === 'user' && !isAdmin(actor) ? actor.regionCodes : null;
      return (await deps.licensing.list({ ...filter, regionCodes })).map(toCaseView);
    },

    async get(actor: AnyActor, caseId: string): Promise<CaseView> {
      if (actor.kind === 'user' && actor.role === 'PRODUCER') {
        const row = await deps.licensing.findCase(caseId);
        if (!row || row.producerId !== actor.producerId) throw notFound('licensing case', 'licensing:errors.caseNotFound');
        return toCaseView(row);
      }
      return toCaseView(await loadForOfficial(actor, caseId));
    },

    /** The current step is done: on to the next one (never onto "issued": that takes the certificate). */
    async advance(actor: AnyActor, caseId: string, input: z.input<typeof stepSchema> = {}): Promise<CaseView> {
      const data = parse(stepSchema, input);
      const row = await loadForOfficial(actor, caseId);
      requireActive(row);
      const process = processes[row.type];
      const next = row.stepIndex + 1;
      if (next > lastStepIndex(row.type)) throw conflict('no step left', 'licensing:errors.needCertificate');
      if (next === lastStepIndex(row.type) && process.certificate) throw unprocessable('the last step needs the certificate', 'licensing:errors.needCertificate');
      const done = next === lastStepIndex(row.type);
      const ok = await deps.licensing.move(
        caseId,
        row.stepIndex,
        { stepIndex: next, status: done ? 'ISSUED' : 'IN_PROGRESS', ...(done ? { verified: true } : {}) },
        // the note is about the step just done: it is kept with that step, not the one begun
        { stepIndex: next, stepKey: stepKeyOf(row.type, next), note: null, actorId: userId(actor), doneNote: data.note ?? null },
        [producerNote(row, `licensing:notify.${done ? 'done' : 'stepAdvanced'}${data.note ? 'Note' : ''}`, { step: `t:licensing:steps.${row.type}.${stepKeyOf(row.type, next)}`, note: data.note ?? '' })],
      );
      if (!ok) throw moved();
      return toCaseView((await deps.licensing.findCase(caseId))!);
    },

    /** The application came back for corrections ("dikembalikan"): the producer is told what to fix. */
    async returnForCorrections(actor: AnyActor, caseId: string, input: { note: string }): Promise<CaseView> {
      const note = parse(z.object({ note: z.string().trim().min(3).max(500) }), input).note;
      const row = await loadForOfficial(actor, caseId);
      requireActive(row);
      const ok = await deps.licensing.move(
        caseId,
        row.stepIndex,
        { stepIndex: row.stepIndex, status: 'RETURNED' },
        { stepIndex: row.stepIndex, stepKey: 'returned', note, actorId: userId(actor) },
        [producerNote(row, 'licensing:notify.returned', { step: `t:licensing:steps.${row.type}.${stepKeyOf(row.type, row.stepIndex)}`, note })],
      );
      if (!ok) throw moved();
      return toCaseView((await deps.licensing.findCase(caseId))!);
    },

    /** Records the certificate from the document: format-checked number, issue and expiry dates. */
    async recordCertificate(actor: AnyActor, caseId: string, input: z.input<typeof certificateSchema>): Promise<CaseView> {
      const parsed = certificateSchema.safeParse(input);
      if (!parsed.success) throw invalid('bad certificate input', parsed.error.issues.some((i) => i.path[0] !== 'number') ? 'licensing:errors.badDate' : 'licensing:errors.input');
      const data = parsed.data;
      const row = await loadForOfficial(actor, caseId);
      requireActive(row);
      if (!processes[row.type].certificate) throw unprocessable('this case has no certificate', 'licensing:errors.noCertificate');
      const number = parseCertificate(row.type, data.number);
      if (!number) throw invalid(`malformed ${row.type} number`, 'licensing:errors.badNumber', { format: `t:${formatHintKey(row.type)}` });
      const expiresAt = data.expiresAt ?? null;
      if (data.issuedAt.getTime() > deps.now().getTime() + 86_400_000) throw invalid('issue date in the future', 'licensing:errors.issuedInFuture');
      if (expiresAt && expiresAt.getTime() <= data.issuedAt.getTime()) throw invalid('expiry before issue', 'licensing:errors.expiryBeforeIssue');
      const last = lastStepIndex(row.type);
      const ok = await deps.licensing.issue(
        caseId,
        { certificateNumber: number, issuedAt: data.issuedAt, expiresAt, stepIndex: last, ...(row.type === 'NIB' ? { nibOfProducer: { producerId: row.producerId } } : {}) },
        { stepIndex: last, stepKey: stepKeyOf(row.type, last), note: number, actorId: userId(actor) },
        [producerNote(row, 'licensing:notify.issued', { number, expiresAt: expiresAt ? witaDay(expiresAt) : 't:licensing:card.never' })],
      );
      if (!ok) throw moved();
      return toCaseView((await deps.licensing.findCase(caseId))!);
    },

    /** A producer's products to ask help for, with the paths each may take. */
    async productsForHelp(actor: AnyActor) {
      if (actor.kind !== 'user' || !actor.producerId) throw forbidden('producers only', 'common:errors.forbidden');
      const rows = await deps.licensing.productsOfProducer(actor.producerId);
      return rows.map((p) => ({ id: p.id, code: p.code, name: p.nameId, refusals: Object.fromEntries(licenseTypes.map((t) => [t, pathRefusal(t as LicenseType, p)])) as Record<LicenseType, string | null> }));
    },

    /** the product id behind a short code, for officials typing it in chat */
    productIdByCode: async (code: string) => (await deps.licensing.findProductByCode(code.trim().toUpperCase()))?.id ?? null,
  };
}

export type LicensingService = ReturnType<typeof createLicensingService>;
