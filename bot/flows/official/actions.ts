// Buttons and commands of the officials' feature that work from any state: the alert's Review / Later,
// the queue, "/target", "/claim CODE" and opening a licensing case from a notification.
import { isOfficial } from '../../../domain/services/actor.ts';
import type { ActionHandler } from '../../core/flow.ts';
import { tellError } from './chat-helpers.ts';
import { parseReportRequest, sendReport } from './report-request.ts';

/** "/laporan", "/laporan november excel", "/report 2026-11 pdf" */
const reportCommand: ActionHandler = (ctx, arg) => {
  if (!isOfficial(ctx.actor)) return notForYou(ctx);
  return sendReport(ctx, parseReportRequest(`laporan ${arg}`, ctx.services.targets.currentMonth())!);
};

const notForYou = (ctx: Parameters<ActionHandler>[0]) => {
  ctx.reply({ type: 'text', text: ctx.t('engine:notAllowed') });
  return { repeat: true } as const;
};

export const officialActions: Record<string, ActionHandler> = {
  'curate.review': (ctx, arg) => (isOfficial(ctx.actor) ? { flow: 'official.review', data: { productId: arg.trim() } } : notForYou(ctx)),

  // stays in the queue; the daily reminder brings it back after three days
  'curate.later': (ctx) => {
    ctx.reply({ type: 'text', text: ctx.t('official:review.later') });
    return { repeat: true };
  },

  laporan: reportCommand,
  report: reportCommand,

  'curate.queue': (ctx) => (isOfficial(ctx.actor) ? { flow: 'official.queue' } : notForYou(ctx)),

  target: (ctx, arg) => {
    if (!isOfficial(ctx.actor)) return notForYou(ctx);
    const month = /^\d{4}-\d{2}$/.test(arg.trim()) ? arg.trim() : undefined;
    return { flow: 'official.target', data: month ? { month } : {} };
  },

  async claim(ctx, arg) {
    const code = arg.trim();
    if (!code) {
      ctx.reply({ type: 'text', text: ctx.t('official:claim.usage') });
      return { repeat: true };
    }
    try {
      const result = await ctx.services.invitations.claim(ctx.actor, code);
      await ctx.refreshActor();
      const regions = (await ctx.services.catalog.listRegions()).filter((r) => result.regionCodes.includes(r.code)).map((r) => r.name);
      ctx.reply({ type: 'text', text: ctx.t(`official:claim.welcome.${result.role}`, { regions: regions.join(', ') || '-' }) });
      return { end: true };
    } catch (error) {
      tellError(ctx, error);
      return { repeat: true };
    }
  },

  'licensing.case': (ctx, arg) => {
    const caseId = arg.trim();
    if (isOfficial(ctx.actor)) return { flow: 'official.cases', step: 'case', data: { caseId } };
    if (ctx.actor.role === 'PRODUCER') return { flow: 'licensing.producer', step: 'case', data: { caseId } };
    return notForYou(ctx);
  },
};
