// The shape of a licensing case for the API and the chat: where it stands, what comes next, its history.
import type { CaseRow } from '../repositories/licensing.repository.ts';
import { lastStepIndex, processes, stepKeyOf } from './processes.ts';

export interface CaseView {
  id: string;
  type: string;
  status: string;
  stepIndex: number;
  stepKey: string;
  stepCount: number;
  /** the step after the current one, null once issued or at the last step */
  nextStepKey: string | null;
  product: { id: string; code: string; name: string } | null;
  producer: { id: string; userId: string; businessName: string; regionCode: string; regionName: string };
  certificateNumber: string | null;
  issuedAt: string | null;
  expiresAt: string | null;
  verified: boolean;
  history: { stepIndex: number; stepKey: string; note: string | null; at: string }[];
  createdAt: string;
  updatedAt: string;
}

export function toCaseView(c: CaseRow): CaseView {
  const last = lastStepIndex(c.type);
  const closed = c.status === 'ISSUED' || c.status === 'CANCELLED';
  return {
    id: c.id,
    type: c.type,
    status: c.status,
    stepIndex: c.stepIndex,
    stepKey: stepKeyOf(c.type, c.stepIndex),
    stepCount: processes[c.type].steps.length,
    nextStepKey: closed || c.stepIndex >= last ? null : stepKeyOf(c.type, c.stepIndex + 1),
    product: c.product ? { id: c.product.id, code: c.product.code, name: c.product.nameId } : null,
    producer: { id: c.producer.id, userId: c.producer.userId, businessName: c.producer.businessName, regionCode: c.producer.regionCode, regionName: c.producer.region.name },
    certificateNumber: c.certificateNumber,
    issuedAt: c.issuedAt?.toISOString() ?? null,
    expiresAt: c.expiresAt?.toISOString() ?? null,
    verified: c.verified,
    history: c.steps.map((s) => ({ stepIndex: s.stepIndex, stepKey: s.stepKey, note: s.note, at: s.createdAt.toISOString() })),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
