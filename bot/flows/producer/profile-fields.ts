// The questions of the business profile: how each is asked and read. The service checks them again.
import { PERMIT_EXAMPLES, parseNib } from '../../../domain/lib/permit-format.ts';
import { readPhone } from '../shared/phone-answer.ts';
import { normalizeBankAccount, STORY_MAX } from '../../../domain/services/producer-profile.service.ts';
import type { FlowContext } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { ask, type FieldDef, type Read } from './field-step.ts';

const NONE = 'none';
export const BANKS = ['BRI', 'BNI', 'Mandiri', 'BCA', 'Bank NTT', 'BSI'];

const told = (ctx: FlowContext, key: string, params: Record<string, unknown> = {}): Read => {
  ctx.reply({ type: 'text', text: ctx.t(key, params) });
  return { retry: 'stay' };
};

function text(key: string, min: number, max: number): FieldDef {
  return {
    key,
    labelKey: `producer:profile.fields.${key}`,
    maxText: max,
    ask: (ctx, current) => ask(ctx, profileFields[key]!, ctx.t(`producer:profile.ask.${key}`, { max }), current),
    read(ctx, input) {
      const value = expectText(ctx, input, { min, max });
      return value === null ? { retry: input.kind === 'choice' ? 'repeat' : 'stay' } : { value };
    },
  };
}

export const profileFields: Record<string, FieldDef> = {
  businessName: text('businessName', 2, 100),
  ownerName: text('ownerName', 2, 100),
  district: text('district', 2, 100),
  village: text('village', 2, 100),
  bankHolder: text('bankHolder', 2, 100),
  story: text('story', 10, STORY_MAX),
  // optional: buyers reading English see the Indonesian story (marked) until there is one
  storyEn: {
    key: 'storyEn',
    labelKey: 'english:profile.field',
    maxText: STORY_MAX,
    ask: (ctx, current) => ask(ctx, profileFields.storyEn!, ctx.t('english:profile.ask', { max: STORY_MAX }), current),
    read(ctx, input) {
      const value = expectText(ctx, input, { min: 10, max: STORY_MAX });
      return value === null ? { retry: input.kind === 'choice' ? 'repeat' : 'stay' } : { value };
    },
  },
  phone: {
    key: 'phone',
    labelKey: 'producer:profile.fields.phone',
    ask: (ctx, current) => ask(ctx, profileFields.phone!, ctx.t('producer:profile.ask.phone'), current, [], true),
    read(ctx, input) {
      const raw = input.kind === 'contact' ? input.phone : input.kind === 'text' ? input.text : null;
      // the same reading as registration and checkout: any common way of writing it, letters refused
      const phone = raw ? (readPhone(raw)?.normalized ?? null) : null;
      return phone ? { value: phone } : told(ctx, 'producer:errors.badPhone');
    },
  },
  nib: {
    key: 'nib',
    labelKey: 'producer:profile.fields.nib',
    ask: (ctx, current) => ask(ctx, profileFields.nib!, ctx.t('producer:profile.ask.nib', { example: PERMIT_EXAMPLES.NIB }), current, [{ label: ctx.t('producer:buttons.noNib'), value: NONE }], true),
    read(ctx, input) {
      if (input.kind === 'choice' && input.value === NONE) return { value: null };
      if (input.kind !== 'text') return told(ctx, 'engine:expectedText');
      const nib = parseNib(input.text);
      return nib ? { value: nib } : told(ctx, 'producer:errors.badNib', { example: PERMIT_EXAMPLES.NIB });
    },
  },
  bankName: {
    key: 'bankName',
    labelKey: 'producer:profile.fields.bankName',
    ask: (ctx, current) => ask(ctx, profileFields.bankName!, ctx.t('producer:profile.ask.bankName'), current, BANKS.map((b) => ({ label: b, value: `bank:${b}` }))),
    read(ctx, input) {
      if (input.kind === 'choice') return input.value.startsWith('bank:') ? { value: input.value.slice(5) } : { retry: 'repeat' };
      const value = expectText(ctx, input, { min: 2, max: 60 });
      return value === null ? { retry: 'stay' } : { value };
    },
  },
  bankAccount: {
    key: 'bankAccount',
    labelKey: 'producer:profile.fields.bankAccount',
    ask: (ctx, current) => ask(ctx, profileFields.bankAccount!, ctx.t('producer:profile.ask.bankAccount'), current, [], true),
    read(ctx, input) {
      if (input.kind !== 'text') return told(ctx, 'engine:expectedText');
      const account = normalizeBankAccount(input.text);
      return account ? { value: account } : told(ctx, 'producer:errors.badAccount');
    },
  },
};
