// A product's fields as lines a producer reads: the summary before submitting and the card in "My products".
import type { MyProductView } from '../../../domain/services/my-product-view.ts';
import type { ProductFields } from '../../../domain/services/product-input.ts';
import type { FlowContext } from '../../core/flow.ts';
import { showValue, type FieldValue } from './field-step.ts';
import { fields } from './product-fields.ts';

/** The answers of a product being added or edited, keyed like the service's fields. */
export interface Draft {
  [key: string]: FieldValue | string[] | boolean | undefined;
  photos?: string[];
  /** the permits question was answered (possibly with none) */
  permitsSeen?: boolean;
}

export function draftOfView(p: MyProductView): Draft {
  return {
    nameId: p.name.id,
    nameEn: p.name.en,
    categoryId: p.category.id,
    descriptionId: p.description.id,
    descriptionEn: p.description.en,
    priceIdr: p.priceIdr,
    unit: p.unit,
    weightGrams: p.weightGrams,
    stock: p.stock,
    declaredHalal: p.declared.halal,
    declaredPirt: p.declared.pirt,
    declaredBpom: p.declared.bpomMd,
    packagingState: p.packagingState,
    restrictedLicence: p.restrictedLicence,
    photos: p.photos.map((ph) => ph.mediaId),
  };
}

/** The draft as the service's input (call only when every required field is there). */
export function fieldsOfDraft(d: Draft): ProductFields {
  return {
    nameId: String(d.nameId),
    nameEn: (d.nameEn as string | null | undefined) ?? null,
    categoryId: String(d.categoryId),
    descriptionId: String(d.descriptionId),
    descriptionEn: (d.descriptionEn as string | null | undefined) ?? null,
    priceIdr: Number(d.priceIdr),
    unit: String(d.unit),
    weightGrams: Number(d.weightGrams),
    stock: Number(d.stock),
    packagingState: (d.packagingState as ProductFields['packagingState']) ?? 'NONE',
    declaredHalal: (d.declaredHalal as string | null | undefined) ?? null,
    declaredPirt: (d.declaredPirt as string | null | undefined) ?? null,
    declaredBpom: (d.declaredBpom as string | null | undefined) ?? null,
    ...(d.restrictedLicence ? { restrictedLicence: String(d.restrictedLicence) } : {}),
  };
}

export function permitsLine(ctx: FlowContext, d: Draft): string {
  const held = [
    d.declaredHalal ? `${ctx.t('producer:permits.halal')} ${d.declaredHalal}` : null,
    d.declaredPirt ? `${ctx.t('producer:permits.pirt')} ${d.declaredPirt}` : null,
    d.declaredBpom ? `${ctx.t('producer:permits.bpom')} ${d.declaredBpom}` : null,
  ].filter(Boolean);
  return held.length ? held.join(', ') : ctx.t('producer:none');
}

/** "• Name: …" lines of every field, the category by its name in the user's language. */
export async function productLines(ctx: FlowContext, d: Draft): Promise<string> {
  const categories = await ctx.services.catalog.listCategories();
  const category = categories.find((c) => c.id === d.categoryId);
  const line = (labelKey: string, value: string) => `• ${ctx.t(labelKey)}: ${value}`;
  const show = (key: string) => showValue(ctx, fields[key]!, d[key] as FieldValue | undefined);
  return [
    line('producer:fields.nameId', show('nameId')),
    line('producer:fields.nameEn', show('nameEn')),
    line('producer:fields.categoryId', category ? (ctx.lang === 'en' ? category.nameEn : category.nameId) : ctx.t('producer:none')),
    line('producer:fields.descriptionId', show('descriptionId')),
    line('producer:fields.descriptionEn', show('descriptionEn')),
    line('producer:fields.priceIdr', `${show('priceIdr')} / ${show('unit')}`),
    line('producer:fields.weightGrams', show('weightGrams')),
    line('producer:fields.stock', show('stock')),
    line('producer:fields.photos', String(d.photos?.length ?? 0)),
    line('producer:fields.permits', permitsLine(ctx, d)),
    line('producer:fields.packagingState', show('packagingState')),
    ...(d.restrictedLicence ? [line('producer:fields.restrictedLicence', String(d.restrictedLicence))] : []),
  ].join('\n');
}

/** The fields a producer can pick to change, in the order they are asked. */
export const editableFields = ['nameId', 'categoryId', 'descriptionId', 'nameEn', 'descriptionEn', 'priceIdr', 'unit', 'weightGrams', 'stock', 'photos', 'permits', 'packagingState'];

export function fieldOptions(ctx: FlowContext, keys: string[] = editableFields) {
  return keys.map((key) => ({ label: ctx.t(`producer:fields.${key}`), value: `field:${key}` }));
}
