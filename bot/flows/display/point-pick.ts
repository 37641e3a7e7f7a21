// The first step of the display flows when no point was chosen yet: the points the official manages (a
// curator: those of their regencies; admins: all), or the points where the user is staff (with one point,
// it is taken without asking). A typed point code works too.
import type { PointView } from '../../../domain/services/display-view.ts';
import type { FlowContext, Step, StepResult } from '../../core/flow.ts';
import { pagerOptions } from '../../core/step-helpers.ts';
import { pointLabel } from './display-text.ts';

const PAGE = 8;

/** the chosen point's name for questions ("Who works at Bandara El Tari?"), its code if unknown */
export const pointNameOf = (ctx: FlowContext): string => String(ctx.data.pointName ?? ctx.data.point ?? '');

async function pointsFor(ctx: FlowContext, source: 'manage' | 'staff'): Promise<PointView[]> {
  return source === 'manage' ? ctx.services.display.listPoints(ctx.actor, { manageable: true }) : ctx.services.display.staffPoints(ctx.actor);
}

export function pickPointStep(next: string, source: 'manage' | 'staff'): Step {
  return {
    help: 'display:help.pickPoint',
    async prompt(ctx): Promise<StepResult | void> {
      const points = await pointsFor(ctx, source);
      if (points.length === 0) {
        ctx.reply({ type: 'text', text: ctx.t(source === 'manage' ? 'display:points.none' : 'display:errors.notStaff') });
        return { end: true };
      }
      if (source === 'staff' && points.length === 1) {
        ctx.data.point = points[0]!.code;
        ctx.data.pointName = points[0]!.name;
        return { goto: next };
      }
      const page = Math.min(Number(ctx.data.page ?? 0), Math.floor((points.length - 1) / PAGE));
      const shown = points.slice(page * PAGE, (page + 1) * PAGE);
      ctx.choose(ctx.t('display:points.pick', { count: points.length }), [
        ...shown.map((p) => ({ label: pointLabel(p), value: `pt:${p.code}` })),
        ...pagerOptions(ctx, page, (page + 1) * PAGE < points.length),
      ]);
    },
    async handle(ctx, input): Promise<StepResult> {
      if (input.kind === 'choice' && input.value.startsWith('page:')) {
        ctx.data.page = Math.max(0, Number(ctx.data.page ?? 0) + (input.value === 'page:next' ? 1 : -1));
        return { repeat: true };
      }
      const typed = input.kind === 'choice' && input.value.startsWith('pt:') ? input.value.slice(3) : input.kind === 'text' ? input.text.trim().toUpperCase() : '';
      const point = (await pointsFor(ctx, source)).find((p) => p.code === typed);
      if (!point) {
        ctx.reply({ type: 'text', text: typed ? ctx.t('display:points.notInList', { code: typed.slice(0, 20) }) : ctx.t('engine:expectedChoice') });
        return { repeat: true };
      }
      ctx.data.point = point.code;
      ctx.data.pointName = point.name;
      return { goto: next };
    },
  };
}
