// Adding a staff member to a display point (officials of the point; also "/staff"): the person is found by
// the phone number they use on WhatsApp or gave when registering, or by a shared contact. They are told
// how to record sales ("jual KODE 2").
import { isOfficial } from '../../../domain/services/actor.ts';
import type { Flow, StepResult } from '../../core/flow.ts';
import { tellError } from './display-text.ts';
import { pickPointStep, pointNameOf } from './point-pick.ts';
import { POINTS_FLOW } from './points.flow.ts';

export const staffFlow: Flow = {
  id: 'display.staff',
  start: 'point',
  allowed: isOfficial,
  steps: {
    point: pickPointStep('who', 'manage'),
    who: {
      help: 'display:help.staff',
      prompt(ctx) {
        ctx.reply({ type: 'text', text: ctx.t('display:staff.ask', { point: pointNameOf(ctx) }) });
      },
      async handle(ctx, input): Promise<StepResult> {
        const phone = input.kind === 'contact' ? input.phone : input.kind === 'text' ? input.text.trim().slice(0, 24) : null;
        if (!phone) {
          ctx.reply({ type: 'text', text: ctx.t('display:staff.ask', { point: pointNameOf(ctx) }) });
          return { stay: true };
        }
        try {
          const done = await ctx.services.display.addStaff(ctx.actor, String(ctx.data.point), { phone });
          ctx.reply({ type: 'text', text: ctx.t(done.added ? 'display:staff.added' : 'display:staff.already', { name: done.displayName, point: done.point.name }) });
          return { flow: POINTS_FLOW, step: 'point', data: { point: done.point.code } };
        } catch (error) {
          tellError(ctx, error);
          return { stay: true };
        }
      },
    },
  },
};
