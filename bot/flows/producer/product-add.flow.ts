// Adding a product, one short question at a time, then a summary where any answer can be changed before it
// goes to the curators. The unit comes with the price when typed with it ("350rb per lembar"); after the
// first photo the form goes on, and photos sent at any later question are added. The answers live in the
// session (sticky), so "menu", "batal" or a dropped connection loses nothing: the next "Add product" offers
// to continue where the producer stopped.
import type { Flow, FlowContext, Step, StepResult } from '../../core/flow.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { fieldStep, type FieldValue } from './field-step.ts';
import { permitsStep } from './permits-step.ts';
import { guessCategory, listingName } from './sell-intent.ts';
import { photoStep, withLatePhotos, type PhotoListIo } from './photo-step.ts';
import { fields } from './product-fields.ts';
import { fieldOptions, fieldsOfDraft, productLines, type Draft } from './product-summary.ts';
import { licenceAnswered, restrictionStop } from './restricted-check.ts';
import { isNonFood } from './category-questions.ts';

const ORDER = ['nameId', 'categoryId', 'descriptionId', 'nameEn', 'descriptionEn', 'priceIdr', 'unit', 'weightGrams', 'stock', 'photos', 'permits', 'packagingState', 'summary'];

export function draftOf(ctx: FlowContext): Draft {
  ctx.sticky.productDraft ??= {};
  return ctx.sticky.productDraft as Draft;
}

/** The step after `step`: back to the summary when the producer came from there, else the next question. */
function nextStep(ctx: FlowContext, step: string): string {
  if (ctx.data.returnTo === 'summary') {
    delete ctx.data.returnTo;
    return 'summary';
  }
  let i = ORDER.indexOf(step) + 1;
  if (ORDER[i] === 'descriptionEn' && !draftOf(ctx).nameEn) i++;
  // "350rb per lembar" answered the unit with the price; photos sent earlier in the form answered that question
  if (ORDER[i] === 'unit' && draftOf(ctx).unit !== undefined) i++;
  if (ORDER[i] === 'photos' && draftOf(ctx).photos?.length) i++;
  // cloth and crafts are not food: no halal, P-IRT or BPOM question
  if (ORDER[i] === 'permits' && isNonFood(draftOf(ctx).categoryId)) {
    draftOf(ctx).permitsSeen = true;
    i++;
  }
  return ORDER[i] ?? 'summary';
}

/** The first question without an answer (a skipped optional one counts as answered). */
function firstMissing(d: Draft): string {
  for (const step of ORDER) {
    if (step === 'summary') return step;
    if (step === 'photos' && !d.photos?.length) return step;
    if (step === 'permits' && !d.permitsSeen && !isNonFood(d.categoryId)) return step;
    if (step === 'descriptionEn' && !d.nameEn) continue;
    if (step in fields && d[step] === undefined) return step;
  }
  return 'summary';
}

/** The draft's photos: taken at the photo question and at any later one (an album sent at once lands whole). */
const photoList: Pick<PhotoListIo, 'list' | 'set'> = {
  list: (ctx) => draftOf(ctx).photos ?? [],
  set: (ctx, ids) => void (draftOf(ctx).photos = ids),
};

const TEXT_FIELDS = ['nameId', 'nameEn', 'descriptionId', 'descriptionEn'];

const questionStep = (key: string): Step =>
  fieldStep(fields[key]!, {
    current: (ctx) => draftOf(ctx)[key] as FieldValue | undefined,
    save(ctx, value: FieldValue, also): StepResult {
      const d = draftOf(ctx);
      if (key === 'restrictedLicence') {
        d.restrictedLicence = value;
        licenceAnswered(ctx, value);
        const after = typeof ctx.data.afterLicence === 'string' ? ctx.data.afterLicence : firstMissing(d);
        delete ctx.data.afterLicence;
        return { goto: after };
      }
      Object.assign(d, also, { [key]: value });
      if (TEXT_FIELDS.includes(key)) {
        const stop = restrictionStop(ctx, d);
        if (stop && 'forbidden' in stop) {
          delete d[key];
          return { repeat: true };
        }
        if (stop) {
          ctx.data.afterLicence = nextStep(ctx, key);
          return { goto: 'restrictedLicence' };
        }
      }
      return { goto: key.startsWith('declared') ? 'permits' : nextStep(ctx, key) };
    },
  });

async function save(ctx: FlowContext, submit: boolean): Promise<StepResult> {
  const d = draftOf(ctx);
  const input = { ...fieldsOfDraft(d), photoMediaIds: d.photos ?? [] };
  const product = submit ? await ctx.services.products.createAndSubmit(ctx.actor, input) : await ctx.services.products.createDraft(ctx.actor, input);
  delete ctx.sticky.productDraft;
  const status = ctx.t(`producer:status.${product.status}`);
  ctx.reply({ type: 'text', text: ctx.t(submit ? 'producer:add.submitted' : 'producer:add.savedDraft', { name: product.name.id, code: product.code, status }) });
  const profile = await ctx.services.producerProfile.getMine(ctx.actor);
  if (profile.missing.includes('payment')) ctx.reply({ type: 'text', text: ctx.t('producer:add.paymentHint') });
  return { end: true };
}

/** A listing begun with "mau jual <name>": the name filled, the category too when the name says it. */
async function startWithName(ctx: FlowContext, typed: string): Promise<StepResult> {
  delete ctx.data.prefillName;
  ctx.data.started = true;
  const name = listingName(typed);
  if (!name) return { goto: 'nameId' };
  const d: Draft = { nameId: name };
  ctx.sticky.productDraft = d;
  const category = await guessCategory(ctx, name);
  if (category) d.categoryId = category.id;
  const lines = [ctx.t('conversation:sell.started', { name })];
  if (category) lines.push(ctx.t('conversation:sell.categoryGuessed', { category: ctx.lang === 'en' ? category.nameEn : category.nameId }));
  ctx.reply({ type: 'text', text: lines.join('\n') });
  // "mau jual sopi": the warning and the licence question come at once
  const stop = restrictionStop(ctx, d);
  if (stop && 'forbidden' in stop) {
    delete d.nameId;
    return { goto: 'nameId' };
  }
  if (stop) {
    ctx.data.afterLicence = firstMissing(d);
    return { goto: 'restrictedLicence' };
  }
  return { goto: firstMissing(d) };
}

export const productAddFlow: Flow = {
  id: 'product-add',
  start: 'resume',
  form: true,
  onCancel: (ctx) => {
    if (Object.keys(draftOf(ctx)).length > 0) ctx.reply({ type: 'text', text: ctx.t('conversation:registration.draftSaved') });
  },
  allowed: (actor) => Boolean(actor.producerId),
  steps: {
    resume: {
      async prompt(ctx): Promise<StepResult | void> {
        const d = draftOf(ctx);
        const prefill = typeof ctx.data.prefillName === 'string' ? ctx.data.prefillName : null;
        if (prefill && Object.keys(d).length === 0) return startWithName(ctx, prefill);
        if (prefill) {
          ctx.choose(ctx.t('conversation:sell.resumeWithName', { draft: d.nameId ?? ctx.t('producer:none'), name: prefill }), [
            { label: ctx.t('producer:buttons.continue'), value: 'continue' },
            { label: ctx.t('conversation:sell.startNewWith', { name: prefill.slice(0, 40) }), value: 'restart' },
          ]);
          return;
        }
        if (Object.keys(d).length === 0) {
          // "kembali" from the first question lands here: leave instead of asking it again
          if (ctx.data.started) return { end: true };
          ctx.data.started = true;
          ctx.reply({ type: 'text', text: ctx.t('producer:add.intro') });
          return { goto: 'nameId' };
        }
        ctx.choose(ctx.t('producer:add.resume', { name: d.nameId ?? ctx.t('producer:none') }), [
          { label: ctx.t('producer:buttons.continue'), value: 'continue' },
          { label: ctx.t('producer:buttons.startOver'), value: 'restart' },
        ]);
      },
      async handle(ctx, input): Promise<StepResult> {
        const value = expectChoice(ctx, input);
        if (value === 'continue') return { goto: firstMissing(draftOf(ctx)) };
        if (value !== 'restart') return { repeat: true };
        const prefill = typeof ctx.data.prefillName === 'string' ? ctx.data.prefillName : null;
        ctx.sticky.productDraft = {};
        if (prefill) return startWithName(ctx, prefill);
        ctx.data.started = true;
        return { goto: 'nameId' };
      },
    },
    ...Object.fromEntries(Object.keys(fields).map((key) => [key, withLatePhotos(questionStep(key), photoList)])),
    photos: photoStep({
      askKey: 'producer:ask.photos',
      ...photoList,
      done: (ctx) => ({ goto: nextStep(ctx, 'photos') }),
      moveOn: true,
    }),
    permits: withLatePhotos(
      permitsStep({
        values: draftOf,
        stepOf: (key) => key,
        save: (ctx, key, value) => void (draftOf(ctx)[key] = value),
        done(ctx) {
          draftOf(ctx).permitsSeen = true;
          return { goto: nextStep(ctx, 'permits') };
        },
      }),
      photoList,
    ),
    summary: withLatePhotos(
      {
        async prompt(ctx) {
          const d = draftOf(ctx);
          const missing = firstMissing(d);
          if (missing !== 'summary') return { goto: missing };
          ctx.choose(`${ctx.t('producer:add.summaryTitle')}\n\n${await productLines(ctx, d)}`, [
            { label: ctx.t('producer:buttons.submit'), value: 'submit' },
            { label: ctx.t('producer:buttons.change'), value: 'edit' },
            { label: ctx.t('producer:buttons.saveDraft'), value: 'draft' },
          ]);
        },
        help: 'producer:help.summary',
        async handle(ctx, input): Promise<StepResult> {
          const value = expectChoice(ctx, input);
          if (value === 'submit' || value === 'draft') return save(ctx, value === 'submit');
          if (value === 'edit') return { goto: 'pickField' };
          return { repeat: true };
        },
      },
      photoList,
    ),
    pickField: {
      prompt: (ctx) => ctx.choose(ctx.t('producer:ask.whichField'), fieldOptions(ctx), { columns: 2 }),
      handle(ctx, input): StepResult {
        const value = expectChoice(ctx, input);
        const key = value?.startsWith('field:') ? value.slice(6) : null;
        if (!key || !ORDER.includes(key)) return { repeat: true };
        ctx.data.returnTo = 'summary';
        return { goto: key };
      },
    },
  },
};
