// Restricted goods in the listing chat: after the name or a description is given, the listing's words are
// matched against the policy (domain/policy/restricted-goods.ts). A forbidden good is refused at once and
// the question asked again; one that needs a licence is explained in plain words and the licence asked.
import { findRestrictions } from '../../../domain/policy/restricted-goods.ts';
import type { FlowContext } from '../../core/flow.ts';
import type { Draft } from './product-summary.ts';

export type RestrictionStop = { forbidden: true } | { licence: true } | null;

export function restrictionStop(ctx: FlowContext, d: Draft): RestrictionStop {
  const found = findRestrictions([d.nameId, d.nameEn, d.descriptionId, d.descriptionEn].map((v) => (typeof v === 'string' ? v : null)));
  const forbidden = found.find((r) => r.requires === 'forbidden');
  if (forbidden) {
    const kind = ctx.t(`producer:restricted.kind.${forbidden.key}`);
    ctx.reply({ type: 'text', text: ctx.t('producer:restricted.refused', { kind, matched: forbidden.matched }) });
    return { forbidden: true };
  }
  const licence = found.find((r) => r.requires === 'licence');
  // asked once per listing: "Belum punya" is an answer too (null)
  if (!licence || d.restrictedLicence !== undefined) return null;
  ctx.reply({ type: 'text', text: ctx.t('producer:restricted.warn', { kind: ctx.t(`producer:restricted.kind.${licence.key}`), matched: licence.matched, licence: ctx.t(`producer:restricted.licence.${licence.key}`) }) });
  return { licence: true };
}

/** after the licence question: what was noted, or what happens without one */
export function licenceAnswered(ctx: FlowContext, value: string | number | null): void {
  ctx.reply({ type: 'text', text: value ? ctx.t('producer:restricted.noted', { licence: String(value) }) : ctx.t('producer:restricted.missing') });
}
