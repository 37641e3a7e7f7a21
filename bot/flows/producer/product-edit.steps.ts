// Changing one field of an existing product (steps of the "My products" flow). Each answer is saved at once;
// when the change touches what curators judged, the producer is told the product went back to review.
import type { FlowContext, Step, StepResult } from '../../core/flow.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { fieldStep, type FieldValue } from './field-step.ts';
import { permitsStep } from './permits-step.ts';
import { photoStep } from './photo-step.ts';
import { fields } from './product-fields.ts';
import { draftOfView, fieldOptions, editableFields } from './product-summary.ts';
import { openFixRequest } from '../../../domain/curation/history.ts';
import { findRestrictions } from '../../../domain/policy/restricted-goods.ts';
import { licenceAnswered, restrictionStop } from './restricted-check.ts';

const productId = (ctx: FlowContext) => String(ctx.data.productId);
const load = (ctx: FlowContext) => ctx.services.products.getMine(ctx.actor, productId(ctx));

async function saveField(ctx: FlowContext, key: string, value: FieldValue, also: Record<string, FieldValue> = {}): Promise<boolean> {
  // a new price typed with its unit ("75rb/kg") changes both
  const { sentToReview } = await ctx.services.products.update(ctx.actor, productId(ctx), { ...also, [key]: value });
  ctx.reply({ type: 'text', text: ctx.t(sentToReview ? 'producer:edit.savedReview' : 'producer:edit.saved', { field: ctx.t(`producer:fields.${key}`) }) });
  return sentToReview;
}

const editStep = (key: string): Step =>
  fieldStep(fields[key]!, {
    current: async (ctx) => draftOfView(await load(ctx))[key] as FieldValue | undefined,
    async save(ctx, value, also): Promise<StepResult> {
      await saveField(ctx, key, value, also);
      if (key === 'restrictedLicence') licenceAnswered(ctx, value);
      // a new name or description that makes it a restricted good: the licence is asked next
      if (['nameId', 'nameEn', 'descriptionId', 'descriptionEn'].includes(key)) {
        const view = await load(ctx);
        if (!view.restrictedLicence && restrictionStop(ctx, { ...draftOfView(view), restrictedLicence: undefined })) return { goto: 'edit.restrictedLicence' };
      }
      return { goto: key.startsWith('declared') ? 'editPermits' : 'product' };
    },
  });

export const productEditSteps: Record<string, Step> = {
  pickField: {
    async prompt(ctx) {
      // while a fix is asked, the fields the curator named come first, marked ✏️
      const [p, history] = await Promise.all([load(ctx), ctx.services.products.historyMine(ctx.actor, productId(ctx))]);
      const request = p.status === 'CHANGES_REQUESTED' ? openFixRequest(history) : null;
      const named = Object.keys(request?.fieldNotes ?? {});
      const restricted = Boolean(p.restrictedLicence) || findRestrictions([p.name.id, p.name.en, p.description.id, p.description.en]).some((r) => r.requires === 'licence');
      const keys = [...editableFields, ...(restricted ? ['restrictedLicence'] : [])];
      const ordered = [...keys.filter((k) => named.includes(k)), ...keys.filter((k) => !named.includes(k))];
      const options = fieldOptions(ctx, ordered).map((o) => (named.includes(o.value.slice(6)) ? { ...o, label: `✏️ ${o.label}` } : o));
      ctx.choose(ctx.t('producer:ask.whichField'), options, { columns: 2 });
    },
    handle(ctx, input): StepResult {
      const value = expectChoice(ctx, input);
      const key = value?.startsWith('field:') ? value.slice(6) : null;
      if (!key || !(editableFields.includes(key) || key === 'restrictedLicence')) return { repeat: true };
      if (key === 'stock') return { goto: 'stock' };
      if (key === 'photos') return { goto: 'editPhotos' };
      if (key === 'permits') return { goto: 'editPermits' };
      return { goto: `edit.${key}` };
    },
  },
  ...Object.fromEntries(Object.keys(fields).map((key) => [`edit.${key}`, editStep(key)])),
  editPhotos: photoStep({
    askKey: 'producer:ask.photosReplace',
    list: (ctx) => (ctx.data.newPhotos as string[] | undefined) ?? [],
    set: (ctx, ids) => void (ctx.data.newPhotos = ids),
    async done(ctx, ids) {
      const { sentToReview } = await ctx.services.products.setPhotos(ctx.actor, productId(ctx), ids);
      delete ctx.data.newPhotos;
      ctx.reply({ type: 'text', text: ctx.t(sentToReview ? 'producer:edit.savedReview' : 'producer:edit.saved', { field: ctx.t('producer:fields.photos') }) });
      return { goto: 'product' };
    },
  }),
  editPermits: permitsStep({
    values: async (ctx) => draftOfView(await load(ctx)),
    stepOf: (key) => `edit.${key}`,
    save: async (ctx, key, value) => void (await saveField(ctx, key, value)),
    done: () => ({ goto: 'product' }),
  }),
};
