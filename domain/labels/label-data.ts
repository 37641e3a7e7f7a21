// What one label shows, already in the reader's language: name, price, regency, permit badges, the point,
// a call to scan, and the links (the QR encodes links.qr). Built from the public product view, so permit
// badges come from verified licensing cases only.
import { formatIdr, translator, type Lang } from '../lib/i18n.ts';
import type { ProductView } from '../services/product-view.ts';
import { labelLinks, type LabelLinks } from './label-links.ts';
import type { LinkSettings } from '../lib/deep-links.ts';

export interface LabelData {
  code: string;
  name: string;
  /** the other language's name when there is one (visitors from abroad read the English one) */
  altName: string | null;
  price: string;
  region: string;
  badges: string[];
  point: string;
  scanHint: string;
  links: LabelLinks;
}

export function buildLabel(product: ProductView, point: { code: string; name: string }, settings: LinkSettings, lang: Lang): LabelData {
  const t = translator(lang);
  const en = product.name.en;
  return {
    code: product.code,
    name: lang === 'en' && en ? en : product.name.id,
    altName: en && en !== product.name.id ? (lang === 'en' ? product.name.id : en) : null,
    price: t('display:label.price', { price: formatIdr(product.priceIdr), unit: product.unit }),
    region: t('display:label.region', { region: product.region.name }),
    badges: product.permits.map((p) => t(`display:label.permit.${p.type}`)),
    point: t('display:label.point', { point: point.name, code: point.code }),
    scanHint: t('display:label.scan'),
    links: labelLinks(settings, { code: product.code, slug: product.slug }, point.code),
  };
}
