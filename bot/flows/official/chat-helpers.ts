// Small pieces the officials' flows share: telling a refused action in the user's language, reading a typed
// date, and the label of a licensing case.
import { DomainError } from '../../../domain/lib/errors.ts';
import { witaDay } from '../../../domain/lib/time.ts';
import { parseDateOnly } from '../../../domain/licensing/dates.ts';
import type { CaseView } from '../../../domain/licensing/case-view.ts';
import type { FlowContext } from '../../core/flow.ts';

/** Replies with a DomainError's message (params "t:key" translated too); other errors are rethrown. */
export function tellError(ctx: FlowContext, error: unknown): void {
  if (!(error instanceof DomainError) || !error.messageKey) throw error;
  const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('t:') ? ctx.t(v.slice(2)) : v]));
  ctx.reply({ type: 'text', text: ctx.t(error.messageKey, params) });
}


/** a typed date → the start of that day in WITA (see domain/licensing/dates.ts), or null */
export const parseDateInput = parseDateOnly;

/** the WITA day `date` falls on, as "YYYY-MM-DD" */
export const dayOf = witaDay;

export function addYears(date: Date, years: number): Date {
  const d = new Date(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

export const typeName = (ctx: FlowContext, type: string) => ctx.t(`licensing:types.${type}`);
export const stepName = (ctx: FlowContext, type: string, key: string) => ctx.t(`licensing:steps.${type}.${key}`);

/** one line for a list: "Halal (self-declare), Madu Hutan: step 3/11" */
export function caseLabel(ctx: FlowContext, c: CaseView): string {
  return ctx.t('licensing:caseLabel', { type: typeName(ctx, c.type), subject: c.product?.name ?? c.producer.businessName, n: c.stepIndex + 1, total: c.stepCount, status: ctx.t(`licensing:status.${c.status}`) });
}

/** the whole card: status, current and next step, certificate, history */
export function caseCard(ctx: FlowContext, c: CaseView): string {
  const lines = [
    ctx.t('licensing:card.title', { type: typeName(ctx, c.type), subject: c.product ? `${c.product.name} (${c.product.code})` : c.producer.businessName }),
    ctx.t('licensing:card.producer', { producer: c.producer.businessName, region: c.producer.regionName }),
    ctx.t('licensing:card.status', { status: ctx.t(`licensing:status.${c.status}`) }),
    ctx.t('licensing:card.step', { n: c.stepIndex + 1, total: c.stepCount, step: stepName(ctx, c.type, c.stepKey) }),
  ];
  if (c.nextStepKey) lines.push(ctx.t('licensing:card.next', { step: stepName(ctx, c.type, c.nextStepKey) }));
  if (c.certificateNumber) lines.push(ctx.t('licensing:card.certificate', { number: c.certificateNumber, issued: c.issuedAt ? dayOf(new Date(c.issuedAt)) : '-', expires: c.expiresAt ? dayOf(new Date(c.expiresAt)) : ctx.t('licensing:card.never') }));
  const notes = c.history.filter((h) => h.note).slice(-5);
  if (notes.length) {
    lines.push(ctx.t('licensing:card.notes'));
    for (const h of notes) lines.push(`• ${dayOf(new Date(h.at))} ${h.stepKey === 'returned' ? ctx.t('licensing:card.returned') : stepName(ctx, c.type, h.stepKey)}: ${h.note}`);
  }
  return lines.join('\n');
}
