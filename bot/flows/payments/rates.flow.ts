// A producer's shipping rates in chat: the four zones with their rate, one picked, then "10rb 5rb" (per
// parcel, per kg) or 0 to remove it. Buyers then see shipping before paying (shipping.service.ts).
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { readRupiah } from '../../../domain/lib/price-parse.ts';
import type { RateRow } from '../../../domain/repositories/shipping.repository.ts';
import { MAX_RATE_IDR } from '../../../domain/services/shipping.service.ts';
import { ZONES } from '../../../domain/services/shipping-zone.ts';
import type { Flow, StepResult } from '../../core/flow.ts';
import { expectChoice, expectText } from '../../core/step-helpers.ts';

export const RATES_FLOW = 'payments.rates';

/** "10rb 5rb", "10.000 + 5.000/kg", "0": the amounts in order; null when one cannot be read */
export function readRates(text: string): number[] | null {
  const parts = text.toLowerCase().match(/\d+(?:[.,]\d+)*\s*(?:juta|jt|ribu|rebu|rb|k)?/g) ?? [];
  const values = parts.map((p) => readRupiah(p));
  return values.length > 0 && values.every((v): v is number => v !== null && v <= MAX_RATE_IDR) ? values : null;
}

export const ratesFlow: Flow = {
  id: RATES_FLOW,
  start: 'list',
  allowed: (actor) => Boolean(actor.producerId),
  steps: {
    list: {
      async prompt(ctx) {
        const rates = await ctx.services.shipping.myRates(ctx.actor);
        const lines = ZONES.map((zone) => {
          const r = rates.find((x) => x.zone === zone);
          const name = ctx.t(`payment:zone.${zone}`);
          return r ? ctx.t('payment:rates.line', { zone: name, base: formatIdr(r.baseIdr), perKg: formatIdr(r.perKgIdr) }) : ctx.t('payment:rates.unset', { zone: name });
        }).join('\n');
        ctx.choose(ctx.t('payment:rates.current', { lines }), [...ZONES.map((z) => ({ label: ctx.t(`payment:zone.${z}`), value: `z:${z}` })), { label: ctx.t('engine:buttons.menu'), value: 'done' }]);
      },
      handle(ctx, input): StepResult {
        const value = expectChoice(ctx, input);
        if (value === 'done') return { end: true };
        if (!value?.startsWith('z:')) return { stay: true };
        ctx.data.zone = value.slice(2);
        return { goto: 'rate' };
      },
    },
    rate: {
      prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t('payment:rates.ask', { zone: ctx.t(`payment:zone.${String(ctx.data.zone)}`) }) }),
      async handle(ctx, input): Promise<StepResult> {
        const text = expectText(ctx, input, { max: 60 });
        if (text === null) return { stay: true };
        const values = readRates(text);
        if (!values) {
          ctx.reply({ type: 'text', text: ctx.t('payment:rates.bad') });
          return { stay: true };
        }
        const zone = String(ctx.data.zone) as RateRow['zone'];
        const others = (await ctx.services.shipping.myRates(ctx.actor)).filter((r) => r.zone !== zone).map(({ zone: z, baseIdr, perKgIdr }) => ({ zone: z, baseIdr, perKgIdr }));
        const removing = values.every((v) => v === 0);
        await ctx.services.shipping.setMyRates(ctx.actor, { rates: removing ? others : [...others, { zone, baseIdr: values[0]!, perKgIdr: values[1] ?? 0 }] });
        ctx.reply({ type: 'text', text: ctx.t('payment:rates.saved', { zone: ctx.t(`payment:zone.${zone}`) }) });
        return { goto: 'list' };
      },
    },
  },
};
