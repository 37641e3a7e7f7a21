// The business profile: what onboarding registered, completed with NIB, payment details (bank account or a
// QRIS image), the story of the product and the place, and cash on pickup. Each change is saved at once;
// the bank account and the address are asked as a group and saved together.
import type { ProducerProfileView, ProfilePatch } from '../../../domain/services/producer-profile.service.ts';
import type { Flow, FlowContext, Step, StepResult } from '../../core/flow.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { promptIsland, promptRegionOn, readRegionAnswer } from '../shared/region-picker.ts';
import { fieldStep, type FieldValue } from './field-step.ts';
import { takePhoto } from './photo-step.ts';
import { profileFields } from './profile-fields.ts';

const load = (ctx: FlowContext) => ctx.services.producerProfile.getMine(ctx.actor);
const pending = (ctx: FlowContext) => (ctx.data.pending ??= {}) as Record<string, FieldValue>;

async function saveProfile(ctx: FlowContext, patch: ProfilePatch, labelKey: string): Promise<StepResult> {
  await ctx.services.producerProfile.updateMine(ctx.actor, patch);
  delete ctx.data.pending;
  ctx.reply({ type: 'text', text: ctx.t('producer:edit.saved', { field: ctx.t(labelKey) }) });
  return { goto: 'view' };
}

function currentOf(p: ProducerProfileView, key: string): FieldValue | undefined {
  const bank: Record<string, FieldValue> = { bankName: p.bank.name, bankAccount: p.bank.account, bankHolder: p.bank.holder };
  return key in bank ? bank[key] : (p as unknown as Record<string, FieldValue>)[key];
}

/** A single field saved at once, or one of a group kept until the group's last answer. */
function profileStep(key: string, then?: string): Step {
  return fieldStep(profileFields[key]!, {
    current: async (ctx) => pending(ctx)[key] ?? currentOf(await load(ctx), key),
    save(ctx, value) {
      if (then) {
        pending(ctx)[key] = value;
        return { goto: then };
      }
      const patch = { ...pending(ctx), [key]: value } as ProfilePatch;
      return saveProfile(ctx, patch, key === 'bankHolder' ? 'producer:profile.fields.bank' : key === 'village' ? 'producer:profile.fields.address' : profileFields[key]!.labelKey);
    },
  });
}

function view(ctx: FlowContext, p: ProducerProfileView): string {
  const none = ctx.t('producer:none');
  const text = ctx.t('producer:profile.view', {
    business: p.businessName,
    owner: p.ownerName,
    village: p.village,
    district: p.district,
    regency: p.region.name,
    phone: p.phone ?? none,
    nib: p.nib ?? none,
    bank: p.bank.account ? `${p.bank.name ?? ''} ${p.bank.account} (${p.bank.holder ?? none})` : none,
    qris: ctx.t(p.qrisMediaId ? 'producer:profile.qrisSet' : 'producer:profile.qrisMissing'),
    cash: ctx.t(p.allowsCashOnPickup ? 'engine:buttons.yes' : 'engine:buttons.no'),
    story: p.story ? (p.story.length > 200 ? `${p.story.slice(0, 197)}…` : p.story) : none,
  });
  const english = p.storyEn ? `\n${ctx.t('english:profile.current', { story: p.storyEn.length > 200 ? `${p.storyEn.slice(0, 197)}…` : p.storyEn })}` : '';
  const missing = p.missing.map((m) => ctx.t(`producer:profile.missing.${m}`)).join(', ');
  return missing ? `${text}${english}\n\n${ctx.t('producer:profile.complete', { missing })}` : `${text}${english}`;
}

const MENU = ['businessName', 'ownerName', 'address', 'phone', 'nib', 'bank', 'qris', 'story', 'storyEn', 'cash'] as const;
const buttonKey = (m: (typeof MENU)[number]) => (m === 'storyEn' ? 'english:profile.button' : `producer:profile.buttons.${m}`);

export const profileFlow: Flow = {
  id: 'producer-profile',
  start: 'view',
  allowed: (actor) => Boolean(actor.producerId),
  steps: {
    view: {
      async prompt(ctx) {
        const p = await load(ctx);
        delete ctx.data.pending;
        ctx.choose(view(ctx, p), [...MENU.map((m) => ({ label: ctx.t(buttonKey(m)), value: m })), { label: ctx.t('producer:buttons.done'), value: 'done' }], { columns: 2 });
      },
      help: 'producer:help.profile',
      async handle(ctx, input): Promise<StepResult> {
        const value = expectChoice(ctx, input);
        if (value === 'done') return { end: true };
        if (value === 'cash') {
          const p = await load(ctx);
          return saveProfile(ctx, { allowsCashOnPickup: !p.allowsCashOnPickup }, 'producer:profile.fields.cash');
        }
        if (value === 'address') return { goto: 'island' };
        if (value === 'bank') return { goto: 'bankName' };
        if (value && (MENU as readonly string[]).includes(value)) return { goto: value };
        return { repeat: true };
      },
    },
    businessName: profileStep('businessName'),
    ownerName: profileStep('ownerName'),
    phone: profileStep('phone'),
    nib: profileStep('nib'),
    story: profileStep('story'),
    storyEn: profileStep('storyEn'),
    bankName: profileStep('bankName', 'bankAccount'),
    bankAccount: profileStep('bankAccount', 'bankHolder'),
    bankHolder: profileStep('bankHolder'),
    island: {
      prompt: (ctx) => promptIsland(ctx, 'producer:profile.ask.island'),
      async handle(ctx, input): Promise<StepResult> {
        const answer = await readRegionAnswer(ctx, input);
        if (!answer) return input.kind === 'text' ? { stay: true } : { repeat: true };
        if ('island' in answer) {
          ctx.data.island = answer.island;
          return { goto: 'region' };
        }
        pending(ctx).regionCode = answer.region.code;
        return { goto: 'district' };
      },
    },
    region: {
      prompt: (ctx) => promptRegionOn(ctx, String(ctx.data.island)),
      async handle(ctx, input): Promise<StepResult> {
        const answer = await readRegionAnswer(ctx, input);
        if (!answer) return input.kind === 'text' ? { stay: true } : { repeat: true };
        if ('island' in answer) {
          ctx.data.island = answer.island;
          return { repeat: true };
        }
        pending(ctx).regionCode = answer.region.code;
        return { goto: 'district' };
      },
    },
    district: profileStep('district', 'village'),
    village: profileStep('village'),
    qris: {
      async prompt(ctx) {
        const p = await load(ctx);
        if (p.qrisMediaId) {
          ctx.choose(ctx.t('producer:profile.ask.qrisReplace'), [{ label: ctx.t('producer:profile.buttons.qrisRemove'), value: 'remove' }], { photo: { mediaId: p.qrisMediaId } });
        } else ctx.request('photo', ctx.t('producer:profile.ask.qris'));
      },
      async handle(ctx, input): Promise<StepResult> {
        if (input.kind === 'choice' && input.value === 'remove') return saveProfile(ctx, { qrisMediaId: null }, 'producer:profile.fields.qris');
        const id = await takePhoto(ctx, input, 'qris');
        if (!id) return { stay: true };
        return saveProfile(ctx, { qrisMediaId: id }, 'producer:profile.fields.qris');
      },
    },
  },
};
