// The questions of a product, one per field: how each is asked and how its answer is read. Adding and
// editing a product share them, so a price is understood the same way in both.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { PERMIT_EXAMPLES, parseBpomMd, parseHalalId, parsePirt } from '../../../domain/lib/permit-format.ts';
import { packagingStates, PRODUCT_LIMITS } from '../../../domain/services/product-input.ts';
import { bestMatch } from '../../../domain/search/fuzzy.ts';
import type { FlowContext, StepInput } from '../../core/flow.ts';
import { expectChoice, expectText } from '../../core/step-helpers.ts';
import { ask, type FieldDef, type Read } from './field-step.ts';
import { parsePriceAndUnit } from './price-unit-parse.ts';
import { parseStock, parseWeightGrams, type QuantityParse } from './quantity-parse.ts';
import { guessCategory } from './sell-intent.ts';
import { descriptionQuestion } from './category-questions.ts';
import { detectAnswer, isNonAnswer } from '../../../domain/understanding/entities.ts';
import { lexicon, unitOf } from '../../../domain/understanding/lexicon.ts';
import { normalise } from '../../../domain/understanding/normalise.ts';

const L = PRODUCT_LIMITS;

/** the category of the product being added (its draft) or edited (set when its card was shown) */
const categoryOf = (ctx: FlowContext): unknown => (ctx.sticky.productDraft as { categoryId?: unknown } | undefined)?.categoryId ?? ctx.data.categoryId;
const SKIP = 'skip';
export const UNITS = ['pcs', 'kg', 'gram', 'liter', 'lembar', 'botol', 'bungkus', 'pak'];

const stay: Read = { retry: 'stay' };
const repeat: Read = { retry: 'repeat' };
const told = (ctx: FlowContext, key: string, params: Record<string, unknown> = {}): Read => {
  ctx.reply({ type: 'text', text: ctx.t(key, params) });
  return stay;
};

function textField(key: string, min: number, max: number, optional = false): FieldDef {
  return {
    key,
    labelKey: `producer:fields.${key}`,
    maxText: max,
    ask: (ctx, current) => ask(ctx, fields[key]!, ctx.t(key === 'descriptionId' ? descriptionQuestion(categoryOf(ctx)) : `producer:ask.${key}`, { max }), current, optional ? [{ label: ctx.t('engine:buttons.skip'), value: SKIP }] : []),
    read(ctx, input) {
      if (optional && input.kind === 'choice' && input.value === SKIP) return { value: null };
      // "gk tau", "lewati", "nanti aja", "none": skipped where the question may be skipped, never stored
      if (input.kind === 'text' && isNonAnswer(input.text, ctx.lang)) return optional ? { value: null } : told(ctx, 'producer:errors.needed');
      const text = expectText(ctx, input, { min, max });
      return text === null ? (input.kind === 'choice' ? repeat : stay) : { value: text };
    },
    show: (_ctx, value) => (String(value).length > 160 ? `${String(value).slice(0, 157)}…` : String(value)),
  };
}

/** "btl", "per bungkus", "sebotol" → its unit; one new word that is no everyday word ("lanjut", "ya") as typed. */
function readUnit(text: string, ctx: FlowContext): string | null {
  const words = normalise(text, ctx.lang).tokens.map((t) => t.norm).filter((w) => !['per', 'satuan', 'unit', 'se', 'dijual'].includes(w));
  for (const w of words) {
    const known = unitOf(w) ?? (w.startsWith('se') ? unitOf(w.slice(2)) : null);
    if (known) return known;
  }
  const typed = text.trim().toLowerCase();
  if (words.length !== 1 || detectAnswer(text, ctx.lang) || !/^[\p{L}][\p{L} .-]*$/u.test(typed)) return null;
  return lexicon(ctx.lang).vocabulary.has(words[0]!) || lexicon(ctx.lang).words.has(words[0]!) ? null : typed;
}

function quantityField(key: string, parse: (s: string) => QuantityParse, show: FieldDef['show']): FieldDef {
  return {
    key,
    labelKey: `producer:fields.${key}`,
    ask: (ctx, current) => ask(ctx, fields[key]!, ctx.t(`producer:ask.${key}`), current, [], true),
    read(ctx, input) {
      if (input.kind !== 'text') return told(ctx, 'engine:expectedText');
      const parsed = parse(input.text);
      if (!parsed.ok) return told(ctx, `producer:errors.${key}.${parsed.reason}`, { max: key === 'stock' ? L.stockMax : L.weightMaxGrams / 1000 });
      return { value: parsed.value };
    },
    show,
  };
}

function permitField(key: 'declaredHalal' | 'declaredPirt' | 'declaredBpom', parse: (s: string) => string | null, example: string, errorKey: string): FieldDef {
  return {
    key,
    labelKey: `producer:fields.${key}`,
    ask: (ctx, current) => ask(ctx, fields[key]!, ctx.t(`producer:ask.${key}`, { example }), current, [{ label: ctx.t('producer:buttons.noPermit'), value: SKIP }]),
    read(ctx, input) {
      if (input.kind === 'choice' && input.value === SKIP) return { value: null };
      // "blm ada", "tdk punya", "nanti saja": no number, the question closes
      if (input.kind === 'text' && isNonAnswer(input.text, ctx.lang)) return { value: null };
      const text = expectText(ctx, input, { max: 80 });
      if (text === null) return input.kind === 'choice' ? repeat : stay;
      const value = parse(text);
      return value ? { value } : told(ctx, errorKey, { example });
    },
  };
}

async function readCategory(ctx: FlowContext, input: StepInput): Promise<Read> {
  const categories = await ctx.services.catalog.listCategories();
  if (input.kind === 'choice') {
    const found = categories.find((c) => `cat:${c.id}` === input.value);
    return found ? { value: found.id } : repeat;
  }
  if (input.kind !== 'text') {
    ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
    return repeat;
  }
  const found = bestMatch(input.text, categories, (c) => [c.nameId, c.nameEn, c.id]) ?? (await guessCategory(ctx, input.text));
  if (found) return { value: found.id };
  // an unknown kind (or an answer to another question, "350rb"): say so and show the categories with "Lainnya"
  ctx.reply({ type: 'text', text: ctx.t('forms:category.notFound', { text: input.text.slice(0, 60), other: nameOfOther(ctx, categories) }) });
  return repeat;
}

function nameOfOther(ctx: FlowContext, categories: { id: string; nameId: string; nameEn: string }[]): string {
  const other = categories.find((c) => c.id === 'lainnya');
  return other ? (ctx.lang === 'en' ? other.nameEn : other.nameId) : ctx.t('forms:category.other');
}

export const fields: Record<string, FieldDef> = {
  nameId: textField('nameId', L.nameMin, L.nameMax),
  categoryId: {
    key: 'categoryId',
    labelKey: 'producer:fields.categoryId',
    async ask(ctx, current) {
      const categories = await ctx.services.catalog.listCategories();
      const nameOf = (id: unknown) => categories.find((c) => c.id === id)?.[ctx.lang === 'en' ? 'nameEn' : 'nameId'] ?? String(id);
      const options = categories.map((c) => ({ label: nameOf(c.id), value: `cat:${c.id}` }));
      ask(ctx, { ...fields.categoryId!, show: (_ctx, value) => nameOf(value) }, ctx.t('producer:ask.categoryId'), current, options);
    },
    read: readCategory,
  },
  descriptionId: textField('descriptionId', L.descriptionMin, L.descriptionMax),
  nameEn: textField('nameEn', L.nameMin, L.nameMax, true),
  descriptionEn: textField('descriptionEn', L.descriptionMin, L.descriptionMax, true),
  priceIdr: {
    key: 'priceIdr',
    labelKey: 'producer:fields.priceIdr',
    ask: (ctx, current) => ask(ctx, fields.priceIdr!, ctx.t('producer:ask.priceIdr'), current, [], true),
    read(ctx, input) {
      if (input.kind !== 'text') return told(ctx, 'engine:expectedText');
      // "350rb per lembar": the unit comes with the price and is not asked again
      const parsed = parsePriceAndUnit(input.text);
      if (parsed.ok) return parsed.unit ? { value: parsed.value, also: { unit: parsed.unit } } : { value: parsed.value };
      if (parsed.reason === 'badUnit') return told(ctx, 'producer:errors.badUnit', { max: L.unitMax });
      return told(ctx, `producer:errors.price.${parsed.reason}`, { min: formatIdr(L.minPriceIdr), max: formatIdr(L.maxPriceIdr) });
    },
    show: (_ctx, value) => formatIdr(Number(value)),
  },
  unit: {
    key: 'unit',
    labelKey: 'producer:fields.unit',
    ask: (ctx, current) => ask(ctx, fields.unit!, ctx.t('producer:ask.unit'), current, UNITS.map((u) => ({ label: ctx.t(`producer:units.${u}`), value: `unit:${u}` }))),
    read(ctx, input) {
      if (input.kind === 'choice') return input.value.startsWith('unit:') ? { value: input.value.slice(5) } : repeat;
      const text = expectText(ctx, input, { max: L.unitMax });
      if (text === null) return stay;
      const unit = readUnit(text, ctx);
      return unit ? { value: unit } : told(ctx, 'producer:errors.badUnit', { max: L.unitMax });
    },
  },
  weightGrams: quantityField('weightGrams', parseWeightGrams, (ctx, v) => ctx.t('producer:grams', { value: Number(v).toLocaleString('id-ID') })),
  stock: quantityField('stock', parseStock, (_ctx, v) => Number(v).toLocaleString('id-ID')),
  declaredHalal: permitField('declaredHalal', parseHalalId, PERMIT_EXAMPLES.HALAL, 'producer:errors.badHalal'),
  declaredPirt: permitField('declaredPirt', parsePirt, PERMIT_EXAMPLES.PIRT, 'producer:errors.badPirt'),
  declaredBpom: permitField('declaredBpom', parseBpomMd, PERMIT_EXAMPLES.BPOM_MD, 'producer:errors.badBpom'),
  restrictedLicence: {
    key: 'restrictedLicence',
    labelKey: 'producer:fields.restrictedLicence',
    maxText: 120,
    ask: (ctx, current) => ask(ctx, fields.restrictedLicence!, ctx.t('producer:restricted.askLicence'), current, [{ label: ctx.t('producer:restricted.noLicence'), value: SKIP }]),
    read(ctx, input) {
      if (input.kind === 'choice' && input.value === SKIP) return { value: null };
      const text = expectText(ctx, input, { min: 3, max: 120 });
      return text === null ? (input.kind === 'choice' ? repeat : stay) : { value: text };
    },
  },
  packagingState: {
    key: 'packagingState',
    labelKey: 'producer:fields.packagingState',
    ask: (ctx, current) => ask(ctx, fields.packagingState!, ctx.t('producer:ask.packagingState'), current, packagingStates.map((s) => ({ label: ctx.t(`producer:packaging.${s}`), value: `pack:${s}` }))),
    read(ctx, input) {
      const value = expectChoice(ctx, input);
      const state = value?.startsWith('pack:') ? value.slice(5) : null;
      return state && (packagingStates as readonly string[]).includes(state) ? { value: state } : repeat;
    },
    show: (ctx, value) => ctx.t(`producer:packaging.${String(value)}`),
  },
};
