// Licensing cases: opening, moving through the steps, the certificate, expiry reminders. Every change and
// the notifications announcing it commit together; updates are conditional on the state they start from,
// so two officials acting on one case at once cannot both move it.
import type { LicenseStatus, LicenseType, Prisma, PrismaClient } from '../../prisma/generated/client.ts';
import { enqueueNotifications, type NotificationInput } from './notification.repository.ts';

export const caseInclude = {
  product: { select: { id: true, code: true, nameId: true, containsAlcohol: true, bpomOnlyFood: true } },
  producer: { select: { id: true, userId: true, businessName: true, regionCode: true, region: { select: { name: true } } } },
  steps: { orderBy: [{ createdAt: 'asc' as const }, { stepIndex: 'asc' as const }] },
} satisfies Prisma.LicensingCaseInclude;

export type CaseRow = Prisma.LicensingCaseGetPayload<{ include: typeof caseInclude }>;

export const activeStatuses: LicenseStatus[] = ['OPEN', 'IN_PROGRESS', 'RETURNED'];

export interface CaseFilter {
  producerId?: string;
  /** null: every regency */
  regionCodes?: string[] | null;
  productId?: string;
  active?: boolean;
}

interface StepWrite {
  stepIndex: number;
  stepKey: string;
  note: string | null;
  /** a note about the step being left, written onto that step's latest line */
  doneNote?: string | null;
  actorId: string;
}

export function createLicensingRepository(prisma: PrismaClient) {
  return {
    findCase: (id: string) => prisma.licensingCase.findUnique({ where: { id }, include: caseInclude }),

    list: (f: CaseFilter, take = 100) =>
      prisma.licensingCase.findMany({
        where: {
          ...(f.producerId ? { producerId: f.producerId } : {}),
          ...(f.regionCodes ? { producer: { regionCode: { in: f.regionCodes } } } : {}),
          ...(f.productId ? { productId: f.productId } : {}),
          ...(f.active ? { status: { in: activeStatuses } } : {}),
        },
        include: caseInclude,
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
        take,
      }),

    findProduct: (id: string) =>
      prisma.product.findUnique({
        where: { id },
        select: { id: true, code: true, nameId: true, status: true, containsAlcohol: true, bpomOnlyFood: true, producer: { select: { id: true, userId: true, businessName: true, regionCode: true } } },
      }),

    findProductByCode: (code: string) => prisma.product.findUnique({ where: { code }, select: { id: true } }),

    findProducer: (id: string) => prisma.producer.findUnique({ where: { id }, select: { id: true, userId: true, businessName: true, regionCode: true } }),

    productsOfProducer: (producerId: string) =>
      prisma.product.findMany({ where: { producerId, status: { not: 'ARCHIVED' } }, select: { id: true, code: true, nameId: true, containsAlcohol: true, bpomOnlyFood: true }, orderBy: { createdAt: 'asc' }, take: 30 }),

    findActiveDuplicate: (producerId: string, productId: string | null, type: LicenseType) =>
      prisma.licensingCase.findFirst({ where: { producerId, productId, type, status: { in: activeStatuses } }, select: { id: true } }),

    /** curators bound to a regency (not the province admins), for expiry reminders */
    curatorsOf: (regionCode: string) => prisma.user.findMany({ where: { role: 'CURATOR', curatorOf: { some: { regionCode } } }, select: { id: true } }),

    open: (data: { productId: string | null; producerId: string; type: LicenseType; openedById: string; first: StepWrite; notify: (caseId: string) => NotificationInput[] }) =>
      prisma.$transaction(async (tx) => {
        const row = await tx.licensingCase.create({ data: { productId: data.productId, producerId: data.producerId, type: data.type, openedById: data.openedById } });
        await tx.licensingStep.create({ data: { caseId: row.id, ...data.first } });
        await tx.auditLog.create({ data: { actorId: data.openedById, action: 'licensing.open', entity: 'LicensingCase', entityId: row.id, data: { type: data.type, productId: data.productId } } });
        await enqueueNotifications(tx, data.notify(row.id));
        return row.id;
      }),

    /** moves the case from `fromIndex` (still active) to the given step and status; false if it moved meanwhile */
    move: (caseId: string, fromIndex: number, to: { stepIndex: number; status: LicenseStatus; verified?: boolean }, step: StepWrite, notify: NotificationInput[]) =>
      prisma.$transaction(async (tx) => {
        const { count } = await tx.licensingCase.updateMany({
          where: { id: caseId, stepIndex: fromIndex, status: { in: activeStatuses } },
          data: { stepIndex: to.stepIndex, status: to.status, ...(to.verified !== undefined ? { verified: to.verified } : {}) },
        });
        if (count === 0) return false;
        const { doneNote, ...write } = step;
        if (doneNote) {
          const last = await tx.licensingStep.findFirst({ where: { caseId, stepIndex: fromIndex }, orderBy: { createdAt: 'desc' } });
          if (last) await tx.licensingStep.update({ where: { id: last.id }, data: { note: last.note ? `${last.note}\n${doneNote}` : doneNote } });
          else await tx.licensingStep.create({ data: { caseId, stepIndex: fromIndex, stepKey: 'done', note: doneNote, actorId: write.actorId } });
        }
        await tx.licensingStep.create({ data: { caseId, ...write } });
        await enqueueNotifications(tx, notify);
        return true;
      }),

    /** the certificate: ISSUED and verified (an official recorded it from the document); false if already closed */
    issue: (caseId: string, data: { certificateNumber: string; issuedAt: Date; expiresAt: Date | null; stepIndex: number; nibOfProducer?: { producerId: string } }, step: StepWrite, notify: NotificationInput[]) =>
      prisma.$transaction(async (tx) => {
        const { count } = await tx.licensingCase.updateMany({
          where: { id: caseId, status: { in: activeStatuses } },
          data: { status: 'ISSUED', verified: true, certificateNumber: data.certificateNumber, issuedAt: data.issuedAt, expiresAt: data.expiresAt, stepIndex: data.stepIndex, reminder90SentAt: null, reminder30SentAt: null },
        });
        if (count === 0) return false;
        if (data.nibOfProducer) await tx.producer.update({ where: { id: data.nibOfProducer.producerId }, data: { nib: data.certificateNumber } });
        await tx.licensingStep.create({ data: { caseId, ...step } });
        await tx.auditLog.create({ data: { actorId: step.actorId, action: 'licensing.issue', entity: 'LicensingCase', entityId: caseId, data: { certificateNumber: data.certificateNumber } } });
        await enqueueNotifications(tx, notify);
        return true;
      }),

    /** issued, verified cases expiring between `from` and `until` */
    expiring: (from: Date, until: Date) =>
      prisma.licensingCase.findMany({
        where: { status: 'ISSUED', verified: true, expiresAt: { gt: from, lte: until } },
        include: caseInclude,
        orderBy: { expiresAt: 'asc' },
      }),

    /** records a reminder as sent, once: false when another run already did */
    markReminder: (caseId: string, which: 90 | 30, at: Date, notify: NotificationInput[]) =>
      prisma.$transaction(async (tx) => {
        const where = which === 90 ? { id: caseId, reminder90SentAt: null } : { id: caseId, reminder30SentAt: null };
        // the 30-day reminder also stands for the 90-day one when a case is recorded late
        const data = which === 90 ? { reminder90SentAt: at } : { reminder30SentAt: at };
        const { count } = await tx.licensingCase.updateMany({ where, data });
        if (count === 0) return false;
        if (which === 30) await tx.licensingCase.updateMany({ where: { id: caseId, reminder90SentAt: null }, data: { reminder90SentAt: at } });
        await enqueueNotifications(tx, notify);
        return true;
      }),
  };
}

export type LicensingRepository = ReturnType<typeof createLicensingRepository>;
