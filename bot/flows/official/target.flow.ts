// "/target": flagship designations against the monthly target for the official's regencies (admins: all
// 22, largest gap first), with the pipeline; an approved product can be designated from here.
import { isOfficial, canActInRegion } from '../../../domain/services/actor.ts';
import { monthName } from '../../../domain/lib/i18n.ts';
import type { TargetRow } from '../../../domain/services/target.service.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { tellError } from './chat-helpers.ts';

function line(ctx: FlowContext, r: TargetRow): string {
  return ctx.t(r.met ? 'official:target.lineMet' : 'official:target.line', {
    region: r.regionName,
    designated: r.designated,
    target: r.target,
    submitted: r.pipeline.submitted,
    inReview: r.pipeline.inReview,
    approved: r.pipeline.approvedNotDesignated,
  });
}

export const targetFlow: Flow = {
  id: 'official.target',
  start: 'show',
  allowed: isOfficial,
  steps: {
    show: {
      async prompt(ctx): Promise<StepResult | void> {
        const month = typeof ctx.data.month === 'string' ? ctx.data.month : ctx.services.targets.currentMonth();
        const rows = await ctx.services.targets.progress(ctx.actor, month);
        if (rows.length === 0) {
          ctx.reply({ type: 'text', text: ctx.t('official:target.noRegions') });
          return { end: true };
        }
        const met = rows.filter((r) => r.met).length;
        const text = [ctx.t('official:target.title', { month: monthName(month, ctx.lang), met, count: rows.length }), ...rows.map((r) => line(ctx, r))].join('\n');
        const designatable = rows.filter((r) => r.pipeline.approvedNotDesignated > 0 && canActInRegion(ctx.actor, r.regionCode)).slice(0, 10);
        ctx.choose(text, [
          ...designatable.map((r) => ({ label: ctx.t('official:buttons.designateIn', { region: r.regionName }), value: `d:${r.regionCode}` })),
          { label: ctx.t('engine:buttons.menu'), value: 'menu' },
        ]);
      },
      handle(ctx, input): StepResult {
        if (input.kind === 'choice' && input.value.startsWith('d:')) {
          ctx.data.regionCode = input.value.slice(2);
          return { goto: 'pick' };
        }
        if (input.kind === 'choice' && input.value === 'menu') return { end: true };
        ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
        return { repeat: true };
      },
    },
    pick: {
      async prompt(ctx): Promise<StepResult | void> {
        const candidates = await ctx.services.targets.candidates(ctx.actor, String(ctx.data.regionCode));
        if (candidates.length === 0) {
          ctx.reply({ type: 'text', text: ctx.t('official:target.noCandidates') });
          return { goto: 'show' };
        }
        ctx.choose(ctx.t('official:target.pick'), candidates.map((p) => ({ label: `${p.nameId} (${p.code})`, value: `p:${p.id}` })));
      },
      async handle(ctx, input): Promise<StepResult> {
        if (!(input.kind === 'choice' && input.value.startsWith('p:'))) {
          ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
          return { repeat: true };
        }
        try {
          const done = await ctx.services.curation.designate(ctx.actor, input.value.slice(2));
          ctx.reply({ type: 'text', text: ctx.t('official:target.designated', { month: monthName(done.month, ctx.lang) }) });
        } catch (error) {
          tellError(ctx, error);
        }
        return { goto: 'show' };
      },
    },
  },
};
