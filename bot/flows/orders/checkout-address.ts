// The delivery address steps of checkout: Indonesia or abroad, the address line, regency/city, province
// and postal code (optional abroad). Each answer is kept in the flow's data, so going back loses nothing; in
// Indonesia each is checked (address-check.ts) and a wrong one is explained and asked again, never stored.
import type { FlowContext, Step, StepInput, StepResult } from '../../core/flow.ts';
import { expectText, UnhandledInput } from '../../core/step-helpers.ts';
import { provinces } from '../../../domain/understanding/provinces.ts';
import { ADDRESS_MAX, cityInProvince, NTT, readAddress, readCity, readPostcode, readProvince, type Checked } from './address-check.ts';
import { nextAddressStep, readIndonesianCity } from './checkout-oneline.ts';

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
  return { goto: nextAddressStep(ctx) };
}

function readPostal(ctx: FlowContext, input: StepInput): StepResult {
  if (input.kind === 'choice' && input.value === 'skip' && !domestic(ctx)) {
    ctx.data.postalCode = undefined;
    return finishAddress(ctx);
  }
  const text = expectText(ctx, input, { max: 12 });
  if (text === null) return { stay: true };
  const code = domestic(ctx) ? readPostcode(text) : text.replace(/\s+/g, '');
  if (!code) {
    ctx.reply({ type: 'text', text: ctx.t('forms:address.badPostcode') });
    return { stay: true };
  }
  ctx.data.postalCode = code;
  return finishAddress(ctx);
}

/** A typed answer checked by `check`; a refusal is explained and the question stays. */
function checkedStep(key: string, field: string, next: (ctx: FlowContext) => string, check: (ctx: FlowContext, text: string) => Promise<Checked> | Checked, max: number): Step {
  return {
    prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t(key) }),
    maxText: max,
    async handle(ctx, input): Promise<StepResult> {
      const text = expectText(ctx, input, { min: 2, max });
      if (text === null) return { stay: true };
      const checked = await check(ctx, text);
      if (!checked.ok) {
        ctx.reply({ type: 'text', text: ctx.t(checked.key, checked.params ?? {}) });
        return { stay: true };
      }
      ctx.data[field] = checked.value;
      return { goto: next(ctx) };
    },
  };
}

const plain = (max: number) => (_ctx: FlowContext, text: string): Checked => ({ ok: true, value: text.trim().slice(0, max) });

/** The regency/city: from the national list with its province ("bekasi": which one?), else checked as typed. */
function cityStep(): Step {
  const typed = checkedStep('orders:checkout.askCity', 'city', (ctx) => (domestic(ctx) ? nextAddressStep(ctx) : 'postal'), (ctx, text) => (domestic(ctx) ? readCity(ctx, text) : plain(100)(ctx, text)), 100);
  return {
    ...typed,
    async handle(ctx, input): Promise<StepResult> {
      if (domestic(ctx) && input.kind === 'text') {
        const read = readIndonesianCity(ctx, input.text);
        if (read && 'stored' in read) return { goto: nextAddressStep(ctx) };
        if (read) {
          ctx.reply({ type: 'text', text: ctx.t('forms:address.cityWhich', { options: read.options.join(' / ') }) });
          return { stay: true };
        }
      }
      return typed.handle!(ctx, input);
    },
  };
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
        return { goto: nextAddressStep(ctx) };
      }
      if (input.kind === 'choice' && input.value === 'abroad') return { goto: 'countryName' };
      // anything else: the engine explains and shows both choices again
      throw new UnhandledInput();
    },
  },
  countryName: textStep('orders:checkout.askCountryName', 'country', 'address', { min: 2, max: 60 }),
  // in Indonesia: the address (not just a city), a regency/city, the province it lies in (from the list), the postcode
  address: checkedStep('orders:checkout.askAddress', 'addressLine', nextAddressStep, (ctx, text) => (domestic(ctx) ? readAddress(ctx, text) : plain(ADDRESS_MAX)(ctx, text)), ADDRESS_MAX),
  city: cityStep(),
  province: {
    prompt(ctx) {
      // every province (NTT first): a buyer may live anywhere in Indonesia
      const names = [NTT, ...provinces().map((p) => p.name).filter((n) => n !== NTT)];
      ctx.choose(ctx.t('orders:checkout.askProvince'), names.map((name) => ({ label: name === NTT ? ctx.t('orders:checkout.ntt') : name, value: name === NTT ? 'ntt' : `prov:${name}` })));
    },
    async handle(ctx, input): Promise<StepResult> {
      let province: string;
      if (input.kind === 'choice' && input.value === 'ntt') province = NTT;
      else if (input.kind === 'choice' && input.value.startsWith('prov:')) province = input.value.slice(5);
      else {
        const text = expectText(ctx, input, { min: 2, max: 100 });
        if (text === null) return { stay: true };
        const read = readProvince(text);
        if (!read.ok) {
          ctx.reply({ type: 'text', text: ctx.t(read.key) });
          return { repeat: true };
        }
        province = read.province.name;
      }
      const fits = await cityInProvince(ctx, String(ctx.data.city ?? ''), province);
      if (!fits.ok) {
        ctx.reply({ type: 'text', text: ctx.t(fits.key, fits.params ?? {}) });
        return { repeat: true };
      }
      // the button keeps its label in the buyer's language, as before; a typed province is stored by its name
      ctx.data.province = input.kind === 'choice' && input.value === 'ntt' ? ctx.t('orders:checkout.ntt') : province;
      return { goto: nextAddressStep(ctx) };
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
