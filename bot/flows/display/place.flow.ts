// Placing a product at a display point: point → product code → units consigned → until when. The producer
// is told in the same transaction; the official lands back on the point's card with the shelf updated.
import { isOfficial } from '../../../domain/services/actor.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { parseUnits, parseUntil, type Until } from './command-parse.ts';
import { tellError } from './display-text.ts';
import { pickPointStep, pointNameOf } from './point-pick.ts';
import { POINTS_FLOW } from './points.flow.ts';

async function place(ctx: FlowContext, until: Until): Promise<StepResult> {
  const d = ctx.data;
  try {
    const done = await ctx.services.display.place(ctx.actor, String(d.point), {
      productCode: String(d.productCode),
      quantity: Number(d.quantity),
      ...('days' in until ? { days: until.days } : 'endsOn' in until ? { endsOn: until.endsOn } : {}),
    });
    const untilText = done.endsOn ?? ctx.t('display:place.openEnded');
    ctx.reply({ type: 'text', text: ctx.t(done.toppedUp ? 'display:place.toppedUp' : 'display:place.done', { name: done.name, code: done.productCode, point: done.point.name, quantity: Number(d.quantity), onHand: done.onHand, until: untilText }) });
    return { flow: POINTS_FLOW, step: 'point', data: { point: done.point.code } };
  } catch (error) {
    tellError(ctx, error);
    return { stay: true };
  }
}

export const placeFlow: Flow = {
  id: 'display.place',
  start: 'point',
  allowed: isOfficial,
  steps: {
    point: pickPointStep('product', 'manage'),
    product: {
      help: 'display:help.product',
      prompt(ctx) {
        ctx.reply({ type: 'text', text: ctx.t('display:place.askProduct', { point: pointNameOf(ctx) }) });
      },
      async handle(ctx, input): Promise<StepResult> {
        const text = expectText(ctx, input, { max: 20 });
        if (text === null) return { stay: true };
        const code = text.toUpperCase();
        try {
          const product = await ctx.services.catalog.getPublicProduct({ code });
          ctx.data.productCode = product.code;
          ctx.data.productName = ctx.lang === 'en' && product.name.en ? product.name.en : product.name.id;
          return { goto: 'quantity' };
        } catch {
          ctx.reply({ type: 'text', text: ctx.t('display:place.productNotFound', { code }) });
          return { stay: true };
        }
      },
    },
    quantity: {
      prompt(ctx) {
        ctx.reply({ type: 'text', text: ctx.t('display:place.askQuantity', { name: String(ctx.data.productName), code: String(ctx.data.productCode) }) });
      },
      handle(ctx, input): StepResult {
        const text = expectText(ctx, input, { max: 20 });
        if (text === null) return { stay: true };
        const units = parseUnits(text);
        if (units === null) {
          ctx.reply({ type: 'text', text: ctx.t('display:errors.badUnits') });
          return { stay: true };
        }
        ctx.data.quantity = units;
        return { goto: 'until' };
      },
    },
    until: {
      help: 'display:help.until',
      prompt(ctx) {
        ctx.choose(ctx.t('display:place.askUntil'), [
          { label: ctx.t('display:buttons.days', { days: 30 }), value: 'd:30' },
          { label: ctx.t('display:buttons.days', { days: 90 }), value: 'd:90' },
          { label: ctx.t('display:buttons.noEnd'), value: 'open' },
        ]);
      },
      async handle(ctx, input): Promise<StepResult> {
        let until: Until | null = null;
        if (input.kind === 'choice') until = input.value === 'open' ? { open: true } : input.value.startsWith('d:') ? { days: Number(input.value.slice(2)) } : null;
        else if (input.kind === 'text') until = parseUntil(input.text);
        if (!until) {
          ctx.reply({ type: 'text', text: ctx.t('display:errors.badUntil') });
          return { stay: true };
        }
        return place(ctx, until);
      },
    },
  },
};
