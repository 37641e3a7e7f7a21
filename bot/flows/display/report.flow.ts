// A display point's month for officials: products shown, units sold there, label scans and the orders
// they brought. This month, last month, or a month typed as YYYY-MM.
import { isOfficial } from '../../../domain/services/actor.ts';
import { previousMonth } from '../../../domain/lib/time.ts';
import type { Flow, StepResult } from '../../core/flow.ts';
import { parseMonth } from './command-parse.ts';
import { reportText, tellError } from './display-text.ts';
import { pickPointStep } from './point-pick.ts';
import { POINTS_FLOW } from './points.flow.ts';

export const reportFlow: Flow = {
  id: 'display.report',
  start: 'point',
  allowed: isOfficial,
  steps: {
    point: pickPointStep('month', 'manage'),
    month: {
      help: 'display:help.month',
      prompt(ctx) {
        const current = ctx.services.display.currentMonth();
        ctx.choose(ctx.t('display:report.askMonth'), [
          { label: ctx.t('display:buttons.thisMonth', { month: current }), value: `m:${current}` },
          { label: ctx.t('display:buttons.lastMonth', { month: previousMonth(current) }), value: `m:${previousMonth(current)}` },
        ]);
      },
      handle(ctx, input): StepResult {
        const month = input.kind === 'choice' && input.value.startsWith('m:') ? input.value.slice(2) : input.kind === 'text' ? parseMonth(input.text) : null;
        if (!month) {
          ctx.reply({ type: 'text', text: ctx.t('display:errors.badMonth') });
          return { repeat: true };
        }
        ctx.data.month = month;
        return { goto: 'show' };
      },
    },
    show: {
      async prompt(ctx): Promise<StepResult | void> {
        try {
          const report = await ctx.services.display.report(ctx.actor, String(ctx.data.point), String(ctx.data.month));
          ctx.choose(reportText(ctx, report), [
            { label: ctx.t('display:buttons.otherMonth'), value: 'month' },
            { label: ctx.t('display:buttons.backToPoint'), value: 'point' },
            { label: ctx.t('engine:buttons.menu'), value: 'menu' },
          ]);
        } catch (error) {
          tellError(ctx, error);
          return { end: true };
        }
      },
      handle(ctx, input): StepResult {
        if (input.kind === 'choice' && input.value === 'month') return { goto: 'month' };
        if (input.kind === 'choice' && input.value === 'point') return { flow: POINTS_FLOW, step: 'point', data: { point: ctx.data.point } };
        if (input.kind === 'choice' && input.value === 'menu') return { end: true };
        ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
        return { repeat: true };
      },
    },
  },
};
