// The delivery address steps of checkout: Indonesia or abroad, the address line, regency/city, province
// and postal code (optional abroad). Each answer is kept in the flow's data, so going back loses nothing.
import type { FlowContext, Step, StepInput, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';

/** A step asking for one short text, kept under `field` in the flow's data. */
export function textStep(key: string, field: string, next: string | ((ctx: FlowContext) => string), limits: { min: number; max: number }): Step {
  return {
    prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t(key) }),
    handle(ctx, input): StepResult {
      const value = expectText(ctx, input, limits);
      if (value === null) return { stay: true };
      ctx.data[field] = value;
      return { goto: typeof next === 'string' ? next : next(ctx) };
    },
  };
}

const domestic = (ctx: FlowContext) => (ctx.data.country ?? 'ID') === 'ID';

function finishAddress(ctx: FlowContext): StepResult {
  ctx.data.addressReady = true;
  return { goto: 'payment' };
}

function readPostal(ctx: FlowContext, input: StepInput): StepResult {
  if (input.kind === 'choice' && input.value === 'skip' && !domestic(ctx)) {
    ctx.data.postalCode = undefined;
    return finishAddress(ctx);
  }
  const text = expectText(ctx, input, { max: 12 });
  if (text === null) return { stay: true };
  const code = text.replace(/\s+/g, '');
  if (domestic(ctx) && !/^\d{5}$/.test(code)) {
    ctx.reply({ type: 'text', text: ctx.t('orders:errors.badPostalCode') });
    return { stay: true };
  }
  ctx.data.postalCode = code;
  return finishAddress(ctx);
}

export const addressSteps: Record<string, Step> = {
  country: {
    prompt(ctx) {
      ctx.choose(ctx.t('orders:checkout.askCountry'), [
        { label: ctx.t('orders:checkout.countryIndonesia'), value: 'ID' },
        { label: ctx.t('orders:checkout.countryAbroad'), value: 'abroad' },
      ]);
    },
    handle(ctx, input): StepResult {
      if (input.kind === 'choice' && input.value === 'ID') {
        ctx.data.country = 'ID';
        return { goto: 'address' };
      }
      if (input.kind === 'choice' && input.value === 'abroad') return { goto: 'countryName' };
      ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
      return { stay: true };
    },
  },
  countryName: textStep('orders:checkout.askCountryName', 'country', 'address', { min: 2, max: 60 }),
  address: textStep('orders:checkout.askAddress', 'addressLine', 'city', { min: 5, max: 300 }),
  city: textStep('orders:checkout.askCity', 'city', (ctx) => (domestic(ctx) ? 'province' : 'postal'), { min: 2, max: 100 }),
  province: {
    prompt(ctx) {
      ctx.choose(ctx.t('orders:checkout.askProvince'), [{ label: ctx.t('orders:checkout.ntt'), value: 'ntt' }]);
    },
    handle(ctx, input): StepResult {
      if (input.kind === 'choice' && input.value === 'ntt') {
        ctx.data.province = ctx.t('orders:checkout.ntt');
        return { goto: 'postal' };
      }
      const text = expectText(ctx, input, { min: 3, max: 100 });
      if (text === null) return { stay: true };
      ctx.data.province = text;
      return { goto: 'postal' };
    },
  },
  postal: {
    prompt(ctx) {
      if (domestic(ctx)) ctx.reply({ type: 'text', text: ctx.t('orders:checkout.askPostal') });
      else ctx.choose(ctx.t('orders:checkout.askPostalAbroad'), [{ label: ctx.t('engine:buttons.skip'), value: 'skip' }]);
    },
    handle: readPostal,
  },
};
