// "Display points" for officials: the points they manage, then one point's card (its shelf) with what can
// be done there: place a product, read the month's report, add staff, get the shelf labels.
import { isOfficial } from '../../../domain/services/actor.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { pointCard, tellError } from './display-text.ts';
import { pickPointStep } from './point-pick.ts';

export const POINTS_FLOW = 'display.points';

const pointOf = (ctx: FlowContext) => String(ctx.data.point ?? '');

/** each placed product's label as a picture, to show or forward to a printer; the PDF sheet is in the API */
async function sendLabels(ctx: FlowContext): Promise<void> {
  try {
    const images = await ctx.services.display.labelImages(ctx.actor, pointOf(ctx), ctx.lang);
    if (images.length === 0) ctx.reply({ type: 'text', text: ctx.t('display:labels.none') });
    for (const { label, png } of images) {
      const media = await ctx.services.media.upload(ctx.actor, { data: png, mime: 'image/png', kind: 'label' });
      ctx.reply({ type: 'photo', media: { mediaId: media.id }, caption: ctx.t('display:labels.caption', { name: label.name, code: label.code, link: label.links.qr }) });
    }
    if (images.length) ctx.reply({ type: 'text', text: ctx.t('display:labels.sheetHint', { point: pointOf(ctx) }) });
  } catch (error) {
    tellError(ctx, error);
  }
}

export const pointsFlow: Flow = {
  id: POINTS_FLOW,
  start: 'list',
  allowed: isOfficial,
  steps: {
    list: pickPointStep('point', 'manage'),
    point: {
      async prompt(ctx): Promise<StepResult | void> {
        const { point, items } = await ctx.services.display.inventory(ctx.actor, pointOf(ctx));
        ctx.data.pointName = point.name;
        ctx.choose(pointCard(ctx, point, items), [
          { label: ctx.t('display:buttons.place'), value: 'place' },
          { label: ctx.t('display:buttons.report'), value: 'report' },
          { label: ctx.t('display:buttons.labels'), value: 'labels' },
          { label: ctx.t('display:buttons.staff'), value: 'staff' },
          { label: ctx.t('display:buttons.otherPoint'), value: 'list' },
          { label: ctx.t('engine:buttons.menu'), value: 'menu' },
        ]);
      },
      handle(ctx, input): StepResult | Promise<StepResult> {
        const value = expectChoice(ctx, input);
        const point = pointOf(ctx);
        const pointName = ctx.data.pointName;
        switch (value) {
          case 'place':
            return { flow: 'display.place', step: 'product', data: { point, pointName } };
          case 'report':
            return { flow: 'display.report', step: 'month', data: { point, pointName } };
          case 'staff':
            return { flow: 'display.staff', step: 'who', data: { point, pointName } };
          case 'labels':
            return sendLabels(ctx).then(() => ({ repeat: true }));
          case 'list':
            delete ctx.data.point;
            return { goto: 'list' };
          case 'menu':
            return { end: true };
          default:
            return { repeat: true };
        }
      },
    },
  },
};
